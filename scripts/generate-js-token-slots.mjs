// Writes src/catalogue/js-token-slots.ts: every option and argument of the pinned JavaScript
// packages that take a Hugging Face token, read from their own type definitions with the
// TypeScript compiler API (never run). Complete by construction for those versions.
//
//   node scripts/generate-js-token-slots.mjs          # install the pinned packages, write the table
//   node scripts/generate-js-token-slots.mjs --check  # exit 1 when the committed table differs
//
// Moving to newer versions is one edit of PINNED below and one run (the npm registry is needed).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const ts = require("typescript");
const OUTPUT = join(root, "src", "catalogue", "js-token-slots.ts");

/** The packages whose docs show a Hugging Face token going in, at pinned versions. */
const PINNED = {
  "@huggingface/inference": "4.13.30",
  "@huggingface/hub": "2.17.5",
  "@huggingface/tiny-agents": "0.3.4",
  "@huggingface/mcp-client": "0.2.3",
  "@huggingface/agents": "0.0.5",
  "@gradio/client": "2.7.0",
  "@ai-sdk/huggingface": "2.0.48",
  "@llamaindex/huggingface": "0.1.33",
  "@langchain/community": "1.1.29",
  // LangChain before its split (0.0.x–0.1.x): `import { HuggingFaceInference } from "langchain/llms/hf"`.
  langchain: "0.1.37",
  "node-llama-cpp": "3.22.1",
  "@wllama/wllama": "3.13.0",
  huggingface: "1.4.0",
};

/**
 * Packages that take a Hugging Face token only in some modules: just those entry points are read
 * (LangChain's community package holds every provider; its Hugging Face modules are these).
 */
const ENTRY_POINTS = {
  "@langchain/community": ["./llms/hf", "./embeddings/hf"],
  langchain: ["./llms/hf", "./embeddings/hf"],
};

/** Installed so the read packages' types resolve (peer dependencies), never read themselves. */
const TYPE_DEPENDENCIES = {
  "@langchain/core": "1.4.0",
};

/** Names a token goes under in these packages' types (their docs: "your Hugging Face access token"). */
const TOKEN_NAMES = new Set(["accessToken", "hfToken", "hf_token", "token", "apiKey", "api_key", "oauth_token", "authToken", "access_token"]);
/**
 * Tokens kept by the service they are for, under an object of tokens: node-llama-cpp's
 * `ModelFileAccessTokens` (`tokens: { huggingFace }`). Beside it, `endpoints.huggingFace` is a URL.
 */
const TOKENS_BY_SERVICE = new Map([["tokens", new Set(["huggingFace"])]]);
const isTokenName = (name, parentName) => TOKEN_NAMES.has(name) || TOKENS_BY_SERVICE.get(parentName)?.has(name) === true;
const MOST_DEPTH = 3;
/** Pinned packages published without type definitions. */
const untyped = [];

function typesEntry(folder, entryPoint = ".") {
  const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
  const exported = manifest.exports?.[entryPoint];
  const candidates = [
    typeof exported === "object" ? conditionTypes(exported.types) ?? exported.import?.types ?? exported.require?.types ?? exported.default?.types : undefined,
    ...(entryPoint === "." ? [manifest.types, manifest.typings, "index.d.ts", "dist/index.d.ts"] : []),
  ].filter((candidate) => typeof candidate === "string");
  return candidates.map((candidate) => join(folder, candidate)).find((candidate) => existsSync(candidate));
}

/** `types` given per condition (`{ import, require, default }`, as langchain 0.1 writes it) or as one path. */
function conditionTypes(types) {
  return typeof types === "object" && types !== null ? (types.import ?? types.default ?? types.require) : types;
}

function acceptsUndefined(type) {
  return type.isUnion() ? type.types.some(acceptsUndefined) : (type.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0;
}

function isStringLike(type) {
  if (type.isUnion()) return type.types.some(isStringLike);
  return (type.flags & (ts.TypeFlags.String | ts.TypeFlags.StringLiteral | ts.TypeFlags.TemplateLiteral)) !== 0;
}

function slotsOfPackage(name, version, workDir) {
  return (ENTRY_POINTS[name] ?? ["."]).flatMap((entryPoint) => slotsOfEntry(name, version, workDir, entryPoint));
}

function slotsOfEntry(name, version, workDir, entryPoint) {
  const folder = join(workDir, "node_modules", name);
  const entry = typesEntry(folder, entryPoint);
  if (!entry) {
    // Published without type definitions: nothing to read, and the header says so.
    untyped.push(`${name} ${version}`);
    return [];
  }
  const program = ts.createProgram([entry], { skipLibCheck: true, noEmit: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) return [];
  const slots = [];
  const fileOf = (declaration) => relative(folder, declaration.getSourceFile().fileName);

  /** Token properties of an options type, with their path (`credentials.accessToken`). */
  function tokenPaths(type, depth, seen, parentName = "") {
    if (depth > MOST_DEPTH || seen.has(type)) return [];
    seen.add(type);
    // A union of option shapes (`{ accessToken } | { credentials }`): each member's paths.
    if (type.isUnion()) return type.types.flatMap((member) => tokenPaths(member, depth, seen, parentName));
    if (!(type.flags & ts.TypeFlags.Object) && !type.isIntersection()) return [];
    if (checker.isArrayType?.(type) || checker.isTupleType?.(type)) return [];
    const paths = [];
    for (const property of checker.getPropertiesOfType(type)) {
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      if (!declaration || property.name.startsWith("_")) continue;
      const propertyType = checker.getTypeOfSymbolAtLocation(property, declaration);
      if (isTokenName(property.name, parentName) && isStringLike(propertyType)) paths.push({ path: property.name, file: fileOf(declaration), optional: (property.flags & ts.SymbolFlags.Optional) !== 0 || acceptsUndefined(propertyType) });
      else if (!(propertyType.getCallSignatures().length > 0)) {
        for (const inner of tokenPaths(checker.getNonNullableType(propertyType), depth + 1, seen, property.name)) paths.push({ path: `${property.name}.${inner.path}`, file: inner.file, optional: inner.optional });
      }
    }
    return paths;
  }

  function fromSignatures(exportName, signatures, kind) {
    for (const signature of signatures) {
      signature.getParameters().forEach((parameter, position) => {
        const declaration = parameter.valueDeclaration ?? parameter.declarations?.[0];
        if (!declaration) return;
        const type = checker.getTypeOfSymbolAtLocation(parameter, declaration);
        const optionalParameter = Boolean(declaration.questionToken || declaration.initializer) || acceptsUndefined(type);
        if (TOKEN_NAMES.has(parameter.name) && isStringLike(type)) slots.push({ package: name, export: exportName, kind, path: "", position, optional: optionalParameter, source: `${name} ${version} ${fileOf(declaration)}` });
        for (const { path, file, optional } of tokenPaths(checker.getNonNullableType(type), 0, new Set())) {
          slots.push({ package: name, export: exportName, kind, path, position, optional, source: `${name} ${version} ${file}` });
        }
      });
    }
  }

  const exported = checker.getExportsOfModule(moduleSymbol);
  const targetOf = (symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
  /* A default export that is also exported by name (`huggingface`'s `HuggingFace`) is read under that name: code imports it under its own. */
  const named = new Set(exported.filter((symbol) => symbol.name !== "default").map(targetOf));
  for (const symbol of exported) {
    const target = targetOf(symbol);
    if (symbol.name === "default" && named.has(target)) continue;
    const declaration = target.valueDeclaration ?? target.declarations?.[0];
    if (!declaration) continue;
    const type = checker.getTypeOfSymbolAtLocation(target, declaration);
    fromSignatures(symbol.name, type.getConstructSignatures(), "new");
    fromSignatures(symbol.name, type.getCallSignatures(), "call");
    // Static factories: `Client.connect(space, { hf_token })`.
    for (const member of checker.getPropertiesOfType(type)) {
      const memberDeclaration = member.valueDeclaration ?? member.declarations?.[0];
      if (!memberDeclaration || member.name === "prototype") continue;
      const memberType = checker.getTypeOfSymbolAtLocation(member, memberDeclaration);
      fromSignatures(`${symbol.name}.${member.name}`, memberType.getCallSignatures(), "call");
    }
  }
  return slots;
}

function render(slots) {
  const unique = new Map();
  for (const slot of slots) unique.set(`${slot.package}|${slot.export}|${slot.kind}|${slot.path}|${slot.position}`, slot);
  const entries = [...unique.values()].sort((a, b) => `${a.package}|${a.export}|${a.path}|${a.position}`.localeCompare(`${b.package}|${b.export}|${b.path}|${b.position}`));
  const lines = [
    "/*",
    ` * Generated by scripts/generate-js-token-slots.mjs from the type definitions of ${Object.entries(PINNED).map(([name, version]) => `${name} ${version}${ENTRY_POINTS[name] ? ` (${ENTRY_POINTS[name].join(", ")})` : ""}`).join(", ")}:`,
    " * every exported function, class and static method argument that carries a Hugging Face token,",
    " * itself (`path` empty) or as an option (`credentials.accessToken`). Do not edit: change PINNED",
    " * there and run it; the integration tier fails when this file and the packages differ.",
    ...(untyped.length > 0 ? [` * Published without type definitions, so not read: ${untyped.join(", ")}.`] : []),
    " */",
    "",
    "export interface JsTokenSlot {",
    "  readonly package: string;",
    "  /** The export called: a function, a class (`new`), or a static method (`Client.connect`). */",
    "  readonly export: string;",
    '  readonly kind: "call" | "new";',
    "  /** Where in the argument the token goes: `accessToken`, `credentials.accessToken`; empty for the argument itself. */",
    "  readonly path: string;",
    "  /** Which argument. */",
    "  readonly position: number;",
    "  /** The type lets `undefined` in: an env read (`string | undefined`) fits it. */",
    "  readonly optional: boolean;",
    "  /** Package, version and file it was read from. */",
    "  readonly source: string;",
    "}",
    "",
    `export const JS_TOKEN_PACKAGES: readonly string[] = ${JSON.stringify(Object.keys(PINNED))};`,
    "",
    "export const JS_TOKEN_SLOTS: readonly JsTokenSlot[] = [",
    ...entries.map((slot) => `  { package: ${JSON.stringify(slot.package)}, export: ${JSON.stringify(slot.export)}, kind: ${JSON.stringify(slot.kind)}, path: ${JSON.stringify(slot.path)}, position: ${slot.position}, optional: ${slot.optional}, source: ${JSON.stringify(slot.source)} },`),
    "];",
    "",
  ];
  return lines.join("\n");
}

const workDir = mkdtempSync(join(tmpdir(), "hf-secrets-js-slots-"));
try {
  writeFileSync(join(workDir, "package.json"), JSON.stringify({ private: true }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--legacy-peer-deps", "--loglevel=error", ...Object.entries({ ...PINNED, ...TYPE_DEPENDENCIES }).map(([name, version]) => `${name}@${version}`)], { cwd: workDir, stdio: "ignore" });
  const text = render(Object.entries(PINNED).flatMap(([name, version]) => slotsOfPackage(name, version, workDir)));
  if (process.argv.includes("--check")) {
    const current = existsSync(OUTPUT) ? readFileSync(OUTPUT, "utf8") : "";
    if (current !== text) {
      console.error("src/catalogue/js-token-slots.ts differs from the pinned packages: run node scripts/generate-js-token-slots.mjs");
      process.exitCode = 1;
    } else {
      console.log("src/catalogue/js-token-slots.ts matches the pinned packages");
    }
  } else {
    writeFileSync(OUTPUT, text);
    console.log("wrote src/catalogue/js-token-slots.ts");
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
