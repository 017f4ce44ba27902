#!/usr/bin/env python3
"""Writes src/catalogue/python-token-slots.ts: every function, method and class parameter of the
pinned Hugging Face Python libraries that carries a Hugging Face token, by keyword and position.

It reads the libraries' own source (the wheels pip downloads, never installed or imported) with
Python's `ast`, so the catalogue is complete by construction for those versions.

    python3 scripts/generate-python-token-slots.py          # write the catalogue
    python3 scripts/generate-python-token-slots.py --check  # exit 1 when the committed one differs

Moving to newer versions is one edit of PINNED below and one run.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "catalogue" / "python-token-slots.ts"

# The libraries whose docs show a Hugging Face token going in, at the versions pip installs here.
PINNED = {
    "huggingface-hub": "2.0.0",
    "transformers": "5.18.0",
    "datasets": "5.0.1",
    "langchain-huggingface": "1.2.2",
    "peft": "0.21.0",
    "sentence-transformers": "6.0.1",
    "timm": "1.0.29",
    "langchain-community": "0.4.2",
    "open-clip-torch": "3.3.0",
}

# Packages imported under another name than the distribution's.
IMPORT_NAMES = {"open-clip-torch": "open_clip"}


def import_name(package: str) -> str:
    return IMPORT_NAMES.get(package, package.replace("-", "_"))

# Libraries for every provider, of which only the Hugging Face modules are read (by file path); their
# token parameters are Hugging Face tokens there, whatever their docstrings say.
HUGGING_FACE_MODULES_OF = {"langchain-community": "hugging"}

# Parameter names that carry a Hugging Face token in these libraries' signatures (their docstrings
# say "token (`str`, `bool`, *optional*): A valid user access token"). `api_key` is the alias
# `InferenceClient` takes; `huggingfacehub_api_token` is LangChain's.
TOKEN_PARAMETERS = {"token", "use_auth_token", "hf_token", "api_key", "huggingfacehub_api_token", "huggingface_api_key", "hub_token", "access_token"}


def wheel_of(package: str, version: str, folder: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--retries", "0", "--only-binary", ":all:", "--dest", str(folder), f"{package}=={version}"],
        check=True,
    )
    normalized = package.replace("-", "_").lower()
    for candidate in folder.glob("*.whl"):
        if candidate.name.lower().startswith(f"{normalized}-{version}"):
            return candidate
    raise SystemExit(f"no wheel for {package}=={version} in {folder}")


# A token parameter is optional (the libraries fall back to the stored login), and the function
# or its module says it is about the Hub: `bpe(self, token)`, `token_to_id(token)` and
# `ContextVar.reset(token)` take a vocabulary or context token, with no default and no such words.
HUB_WORDS = ("access token", "user access token", "hf auth login", "huggingface-cli login", "huggingface.co/settings/tokens", "authentication", "bearer", "hf_token", "use_auth_token", "stored token", "hub")


def optional_parameters(function: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    positional = [*function.args.posonlyargs, *function.args.args]
    with_default = {argument.arg for argument in positional[len(positional) - len(function.args.defaults):]} if function.args.defaults else set()
    with_default |= {argument.arg for argument, default in zip(function.args.kwonlyargs, function.args.kw_defaults) if default is not None}
    return with_default


def about_the_hub(function: ast.FunctionDef | ast.AsyncFunctionDef, owner: ast.ClassDef | None, path: str, imports_hub: bool) -> bool:
    if is_hugging_face_module(path):
        return True
    texts = [ast.get_docstring(function) or "", ast.get_docstring(owner) if owner is not None else ""]
    return any(word in (text or "").lower() for text in texts for word in HUB_WORDS) or (imports_hub and forwards_token(function))


def is_hugging_face_module(path: str) -> bool:
    return "huggingface_hub/" in path or "langchain_huggingface/" in path or any(path.startswith(f"{import_name(package)}/") and marker in path for package, marker in HUGGING_FACE_MODULES_OF.items())


def forwards_token(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """The function hands a token parameter on by keyword, `HfApi(token=token)`: timm's `push_to_hf_hub` says so in no docstring."""
    names = {argument.arg for argument in [*function.args.posonlyargs, *function.args.args, *function.args.kwonlyargs]} & TOKEN_PARAMETERS
    return any(
        isinstance(node, ast.keyword) and node.arg in TOKEN_PARAMETERS and isinstance(node.value, ast.Name) and node.value.id in names
        for node in ast.walk(function)
    )


def imports_huggingface_hub(tree: ast.Module) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "huggingface_hub":
            return True
        if isinstance(node, ast.Import) and any(alias.name.split(".")[0] == "huggingface_hub" for alias in node.names):
            return True
    return False


def positional_parameters(function: ast.FunctionDef | ast.AsyncFunctionDef, is_method: bool) -> list[str]:
    names = [argument.arg for argument in [*function.args.posonlyargs, *function.args.args]]
    if is_method and names and names[0] in {"self", "cls"}:
        names = names[1:]
    return names


def slots_in(source: str, module: str, package: str, version: str, path: str) -> list[dict]:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    slots: list[dict] = []
    imports_hub = imports_huggingface_hub(tree)

    def class_fields(cls: ast.ClassDef) -> None:
        # Pydantic models and dataclasses (LangChain's `HuggingFaceEndpoint`): each annotated field
        # with a default is a keyword of the constructor.
        if cls.name.startswith("_"):
            return
        hub = is_hugging_face_module(path) or any(word in (ast.get_docstring(cls) or "").lower() for word in HUB_WORDS)
        for statement in cls.body:
            # A field without a default is a keyword too where its type says it is a secret (pydantic's `SecretStr`).
            is_secret = isinstance(statement, ast.AnnAssign) and "SecretStr" in ast.unparse(statement.annotation)
            if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name) and (statement.value is not None or is_secret):
                if statement.target.id in TOKEN_PARAMETERS and hub:
                    slots.append({"callee": cls.name, "parameter": statement.target.id, "position": None, "source": f"{package} {version} {path}", "module": module})

    def visit(node: ast.AST, owner_class: ast.ClassDef | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                class_fields(child)
                visit(child, child)
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                owner = owner_class.name if owner_class is not None else None
                if child.name.startswith("_") and child.name != "__init__":
                    continue
                # A class is called by its own name: its `__init__`'s slots are the class's.
                callee = owner if child.name == "__init__" and owner else child.name
                if owner and child.name == "__init__" and owner.startswith("_"):
                    continue
                positional = positional_parameters(child, owner is not None)
                keyword_only = [argument.arg for argument in child.args.kwonlyargs]
                optional = optional_parameters(child)
                hub = about_the_hub(child, owner_class, path, imports_hub)
                for name in [*positional, *keyword_only]:
                    if name in TOKEN_PARAMETERS and name in optional and hub:
                        slots.append(
                            {
                                "callee": callee,
                                "parameter": name,
                                "position": positional.index(name) if name in positional else None,
                                "source": f"{package} {version} {path}",
                                "module": module,
                            }
                        )

    visit(tree, None)
    return slots


def collect() -> list[dict]:
    slots: list[dict] = []
    with tempfile.TemporaryDirectory() as folder:
        for package, version in PINNED.items():
            wheel = wheel_of(package, version, Path(folder))
            with zipfile.ZipFile(wheel) as archive:
                for name in sorted(archive.namelist()):
                    # Tests, and the command-line modules (typer handlers the `hf` command calls, never code).
                    if not name.endswith(".py") or "/tests/" in name or name.startswith("tests/") or "/cli/" in name or "/commands/" in name:
                        continue
                    if package in HUGGING_FACE_MODULES_OF and HUGGING_FACE_MODULES_OF[package] not in name:
                        continue
                    module = name[:-3].replace("/", ".").removesuffix(".__init__")
                    slots.extend(slots_in(archive.read(name).decode("utf-8", "replace"), module, package, version, name))
    return slots


def render(slots: list[dict]) -> str:
    # One entry per callee and parameter: where several modules define the same name, the first
    # source is named, and a position kept only where every definition agrees.
    merged: dict[tuple[str, str], dict] = {}
    for slot in slots:
        key = (slot["callee"], slot["parameter"])
        known = merged.get(key)
        if known is None:
            merged[key] = dict(slot)
        elif known["position"] != slot["position"]:
            known["position"] = None
    entries = sorted(merged.values(), key=lambda slot: (slot["callee"].lower(), slot["callee"], slot["parameter"]))
    lines = [
        "/*",
        " * Generated by scripts/generate-python-token-slots.py from the source of "
        + ", ".join(f"{package} {version}" for package, version in PINNED.items())
        + ":",
        " * every public function, method and class (its `__init__`) parameter that carries a Hugging",
        " * Face token, by keyword and by position (without `self`). Do not edit: change PINNED there and",
        " * run it; the integration tier fails when this file and the libraries differ.",
        " */",
        "",
        "export interface PythonTokenSlot {",
        "  /** The name the call is written with: a function, a method or a class. */",
        "  readonly callee: string;",
        "  readonly parameter: string;",
        "  /** Its index among the positional arguments, `null` when keyword-only or not the same everywhere. */",
        "  readonly position: number | null;",
        "  /** Package, version and file it was read from. */",
        "  readonly source: string;",
        "}",
        "",
        "/** The packages whose import makes a Python file one about Hugging Face, by module name (not those for every provider). */",
        f"export const PYTHON_TOKEN_PACKAGES: readonly string[] = {json.dumps(sorted({import_name(package) for package in PINNED if package not in HUGGING_FACE_MODULES_OF}))};",
        "",
        "export const PYTHON_TOKEN_SLOTS: readonly PythonTokenSlot[] = [",
    ]
    for slot in entries:
        lines.append(
            "  { callee: %s, parameter: %s, position: %s, source: %s },"
            % (json.dumps(slot["callee"]), json.dumps(slot["parameter"]), "null" if slot["position"] is None else slot["position"], json.dumps(slot["source"]))
        )
    lines.append("];")
    return "\n".join(lines) + "\n"


def main() -> int:
    text = render(collect())
    if "--check" in sys.argv:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT.relative_to(ROOT)} differs from the pinned libraries: run python3 scripts/generate-python-token-slots.py", file=sys.stderr)
            return 1
        print(f"{OUTPUT.relative_to(ROOT)} matches the pinned libraries")
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
