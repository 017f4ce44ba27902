import { PYTHON_TOKEN_PACKAGES, PYTHON_TOKEN_SLOTS, type PythonTokenSlot } from "../catalogue/python-token-slots";
import { PYTHON_SNAPSHOT_TOKEN_PACKAGES, PYTHON_SNAPSHOT_TOKEN_SLOTS } from "../catalogue/python-snapshot-token-slots";
import { PYTHON_HF_LIBRARIES } from "../catalogue/python-libraries";
import { DOCKERFILE_ENV_INSTRUCTIONS, NOTEBOOK_ENV_MAGICS, SECTION_CREDENTIAL_KEYS, TOKEN_CLI_COMMANDS } from "../catalogue/text-places";
import { textFileKind } from "./file-kinds";
import { escapeRegExp, regExpAlternatives } from "./token-forms";
import { isHfTokenName } from "./names";
import { pythonCallArguments, pythonImports, withoutComments, type PythonCall } from "./python-calls";
import { HUGGING_FACE_PROVIDER_NAMES, MODEL_ROUTES, PYTHON_CLIENT_OPTION_KEYS } from "../catalogue/requests";
import { HUGGING_FACE_HOSTS, isAllowedHost, literalHostOf } from "./hosts";

/*
 * Values given to Hugging Face token names in text files, where the format gives names: `.env`
 * and shell `KEY=value` lines, YAML and TOML keys, JSON keys, Python assignments, `os.environ[…]`
 * and `login(token=…)`. Line by line, so a value is found where it is written.
 */

export interface TextSink {
  /** The name the value is given to, for messages: `HF_TOKEN`, `login(token=)`. */
  readonly name: string;
  readonly value: string;
  /** Offsets of the value (without quotes) in the text. */
  readonly start: number;
  readonly end: number;
}

export type TextSinkFormat = "env" | "yaml" | "json" | "python" | "toml" | "dockerfile" | "netrc" | "notebook";

/** Which format a file's name says it is in, if any that gives names. */
export function textSinkFormat(filename: string): TextSinkFormat | undefined {
  const kind = textFileKind(filename);
  switch (kind) {
    case "env":
    case "shell":
      return "env";
    case "yaml":
    case "workflow":
      return "yaml";
    case "json":
    case "jsonc":
      return "json";
    case "notebook":
      return "notebook";
    case "dockerfile":
      return "dockerfile";
    case "netrc":
      return "netrc";
    case "python":
      return "python";
    case "toml":
      return "toml";
    default:
      return undefined;
  }
}

// Each pattern captures the name, then the value's opening quote (or none) and the value.
// A value starting with `$` reads a variable (`$HF_TOKEN`, `${{ secrets.HF_TOKEN }}`): not a literal.
const ENV_LINE = /^\s*(?:export\s)?\s*([A-Za-z_][A-Za-z0-9_]*)=(["']?)([^"'\s#$][^"'\s#]*)/;
const YAML_LINE = /^\s*-?\s*([A-Za-z_][A-Za-z0-9_-]*)\s*:\s+(["']?)([^"'\s#$][^"'\s#]*)/;
const TOML_LINE = /^\s*([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*(["'])([^"']+)/;
const JSON_PAIR = /"([A-Za-z_][A-Za-z0-9_-]*)"\s*:\s*(")([^"\\]+)"/g;
const PYTHON_ASSIGNMENT = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*:?\s*(?:str)?\s*=\s*[rb]?(["'])([^"'\\]+)\2/;
const PYTHON_ENVIRON = /os\.environ\[\s*["']([A-Za-z_][A-Za-z0-9_]*)["']\s*\]\s*=\s*(["'])([^"'\\]+)\2/;
const PYTHON_TOKEN_KEYWORD = /\b(HfApi|InferenceClient|HfFolder\.save_token|hf_hub_download|snapshot_download)\([^)]*?\btoken\s*=\s*(["'])([^"'\\]+)\2/;

/** Keys that hold a credential inside a section about Hugging Face: `[huggingface] token = "…"`. */
const CREDENTIAL_KEYS = new Set(SECTION_CREDENTIAL_KEYS);
/** A section, table or parent key about Hugging Face: `huggingface`, `hf`, `tool.huggingface_hub`, `hf-hub`. */
const HF_SECTION = /(?:^|[._\-\s])(?:hf|huggingface|hugging_face|huggingfacehub|huggingface_hub|hugging_face_hub|hub)(?:$|[._\-\s])/i;
/** Docker Compose's list form of `environment:`: `- HF_TOKEN=value`. */
const YAML_LIST_ENV = /^\s*-\s*["']?([A-Za-z_][A-Za-z0-9_]*)=(["']?)([^"'\s#$][^"'\s#]*)/;
const TOML_TABLE = /^\s*\[\[?([^\]=]+)\]/;
/** `ENV HF_TOKEN=value`, `ENV HF_TOKEN value`, `ARG HF_TOKEN=value`: baked into every image layer. */
const DOCKERFILE_INSTRUCTION = new RegExp(`^\\s*(?:${regExpAlternatives(DOCKERFILE_ENV_INSTRUCTIONS)})\\s+`, "i");
const DOCKERFILE_PAIR = /([A-Za-z_][A-Za-z0-9_]*)=(["']?)([^"'\s$][^"'\s]*)/g;
const DOCKERFILE_LEGACY_ENV = /^\s*ENV\s+([A-Za-z_][A-Za-z0-9_]*)\s+(["']?)([^"'\s=$][^"'\s]*)\s*$/i;
/** `.netrc`: `machine huggingface.co login hf password <token>`, on one line or several. */
const NETRC_WORD = /(\S+)/g;
const HF_MACHINE = /(?:^|\.)(?:huggingface\.co|hf\.co)$/i;
/** `huggingface-cli login --token …`, `hf auth login --token=…`, `hf upload … --token …`. */
const CLI_TOKEN_FLAG = new RegExp(`\\b(${regExpAlternatives(TOKEN_CLI_COMMANDS)})\\s[^\\n]*?--token(?:=|\\s+)(["']?)([^"'\\s$\\\\][^"'\\s\\\\]*)`);
/** Notebook magics and shell escapes: `%env HF_TOKEN=…`, `%set_env HF_TOKEN …`, `!export HF_TOKEN=…`. */
const NOTEBOOK_MAGIC = new RegExp(`[%!]\\s*(?:${regExpAlternatives(NOTEBOOK_ENV_MAGICS)})\\s+([A-Za-z_][A-Za-z0-9_]*)(?:=|\\s+)(["']?)([^"'\\s\\\\$][^"'\\s\\\\]*)`);

/** The patterns built from the catalogue's lists, for the regex-safety test (literals are found in the source). */
export const PATTERNS_BUILT_FROM_CATALOGUE: readonly RegExp[] = [DOCKERFILE_INSTRUCTION, CLI_TOKEN_FLAG, NOTEBOOK_MAGIC];
/** `os.environ.setdefault("HF_TOKEN", "…")`, `os.putenv("HF_TOKEN", "…")`. */
const PYTHON_ENV_CALL = /\b(?:os\.)?(?:environ\.setdefault|putenv)\(\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\1\s*,\s*[rb]?(["'])([^"'\\]+)\3/;
/** `os.environ.update(HF_TOKEN="…")`. */
const PYTHON_ENV_UPDATE = /\benviron\.update\([^)]*?\b([A-Za-z_][A-Za-z0-9_]*)\s*=\s*[rb]?(["'])([^"'\\]+)\2/;

/** An escaped quote that closes a string: what follows is punctuation, a blank, an escape or the end. */
const ESCAPED_CLOSING_QUOTE = /\\"(?=[,)\]}:\s\\]|$)/g;

const SLOTS_BY_CALLEE = new Map<string, PythonTokenSlot[]>();
for (const slot of [...PYTHON_TOKEN_SLOTS, ...PYTHON_SNAPSHOT_TOKEN_SLOTS]) SLOTS_BY_CALLEE.set(slot.callee, [...(SLOTS_BY_CALLEE.get(slot.callee) ?? []), slot]);
/** A file that imports a library of the catalogue (a whole package, not a module of a larger one such as llama_index) is about Hugging Face: the libraries' own calls (`trainer.push_to_hub(token=…)`) take the token there. */
const PYTHON_CONTEXT = new RegExp(
  [
    `\\b(?:import|from)\\s+(?:${[...PYTHON_TOKEN_PACKAGES, ...PYTHON_SNAPSHOT_TOKEN_PACKAGES, ...PYTHON_HF_LIBRARIES.filter((library) => !library.module.includes(".")).map((library) => library.module)].join("|")})\\b`,
    // A Hugging Face class imported from a library for every provider: `from langchain_community.llms import HuggingFaceHub`.
    "\\bfrom\\s+[\\w.]+\\s+import\\s+\\(?[\\w\\s,]*\\bHuggingFace",
  ].join("|"),
);

function sinkFrom(match: RegExpExecArray, lineStart: number, name: string, valueGroup = 3): TextSink | undefined {
  const value = match[valueGroup];
  if (value === undefined) return undefined;
  // The value is the last group: at most a closing quote follows it in the match.
  const start = lineStart + match.index + match[0].lastIndexOf(value);
  return { name, value, start, end: start + value.length };
}

/** A call argument's literal given to a slot named `name`, at `start` in the text. */
function argumentSink(name: string, value: string, start: number): TextSink {
  return { name, value, start, end: start + value.length };
}

/**
 * Literals given to a token slot of the Hugging Face Python libraries (src/catalogue, generated
 * from their source): `login("…")`, `snapshot_download(repo, token="…")`,
 * `AutoModel.from_pretrained(name, use_auth_token="…")`, on one line or over several. Only in a
 * file that imports one of them.
 */
function pythonCatalogueSinks(calls: readonly PythonCall[], codeStart: number): TextSink[] {
  const sinks: TextSink[] = [];
  for (const call of calls) {
    const slots = SLOTS_BY_CALLEE.get(call.callee);
    if (!slots) continue;
    for (const argument of call.arguments) {
      // `use_auth_token=` is the libraries' former name of `token=`, still taken through their deprecation shims.
      const keyword = argument.keyword === "use_auth_token" ? "token" : argument.keyword;
      const slot = slots.find((candidate) => (keyword === undefined ? candidate.position === argument.position : candidate.parameter === keyword || candidate.parameter === argument.keyword));
      if (!slot || argument.literal === undefined) continue;
      sinks.push(argumentSink(`${call.callee}(${argument.keyword ?? slot.parameter}=)`, argument.literal, codeStart + argument.start));
    }
  }
  return sinks;
}

const PYTHON_ENDPOINT_KEYS = new Set(PYTHON_CLIENT_OPTION_KEYS.filter((entry) => entry.role === "endpoint").map((entry) => entry.key));
const PYTHON_CREDENTIAL_KEYS = new Set(PYTHON_CLIENT_OPTION_KEYS.filter((entry) => entry.role === "credential").map((entry) => entry.key));
/** A Hugging Face host written somewhere in the text: only then can a call be aimed at one. */
const NAMES_HUGGING_FACE_HOST = /huggingface\.co|hf\.co|hf\.space|huggingface\.cloud/;

/**
 * Credentials given to a client whose endpoint, in the same call, is on Hugging Face's hosts:
 * `OpenAI(base_url="https://router.huggingface.co/v1", api_key="…")`, whatever the file imports.
 */
function pythonClientSinks(calls: readonly PythonCall[], codeStart: number): TextSink[] {
  const sinks: TextSink[] = [];
  for (const call of calls) {
    if (!callsHuggingFace(call)) continue;
    for (const argument of call.arguments) {
      if (argument.keyword === undefined || !PYTHON_CREDENTIAL_KEYS.has(argument.keyword) || argument.literal === undefined) continue;
      sinks.push(argumentSink(`${call.callee}(${argument.keyword}=)`, argument.literal, codeStart + argument.start));
    }
  }
  return sinks;
}

/** Whether a call's endpoint is on Hugging Face's hosts, or its model routes it there (`model="huggingface/…"`, catalogue `MODEL_ROUTES`). */
function callsHuggingFace(call: PythonCall): boolean {
  for (const argument of call.arguments) {
    const literal = argument.literal;
    if (literal === undefined) continue;
    if (argument.keyword !== undefined && PYTHON_ENDPOINT_KEYS.has(argument.keyword)) {
      const host = literalHostOf(literal, true);
      if (host !== undefined && isAllowedHost(host, HUGGING_FACE_HOSTS)) return true;
    }
    if ((argument.keyword !== undefined || argument.position === 0) && routesToHuggingFace(argument.keyword, literal)) return true;
  }
  return false;
}

/** Whether `value`, given under `key` (`undefined`: first in a call), is a model the gateway routes to Hugging Face. */
function routesToHuggingFace(key: string | undefined, value: string): boolean {
  return MODEL_ROUTES.some((route) => (key === undefined || key === route.key) && value.startsWith(route.prefix));
}

/** Text that names a Hugging Face model route: only then can a call be routed there. */
const NAMES_MODEL_ROUTE = new RegExp(`["'](?:${MODEL_ROUTES.map((route) => escapeRegExp(route.prefix)).join("|")})`);

/** `Authorization: Bearer …` as one header string: curl's and wget's `-H`/`--header`, HTTP request files, YAML. */
const BEARER_HEADER = /\bAuthorization:[ \t]*Bearer[ \t]+([^\s"'`$\\{}<>]+)/gi;
/** `"Authorization": "Bearer …"` as a dict or JSON entry (a notebook's escaped quotes too); an f-string's `{…}` reads a name. */
const BEARER_ENTRY = /\bAuthorization\\?["'][ \t]*:[ \t]*[fF]?\\?["']Bearer[ \t]+([^\s"'`$\\{}<>]+)\\?["']/gi;
/** How far from a header a shell, YAML or Dockerfile command names its host: the same command, continued over a few lines. */
const COMMAND_REACH = 600;

/**
 * A Bearer credential sent to Hugging Face: the header beside a Hugging Face host, in the same
 * command for shell, YAML and Dockerfiles, anywhere in the file for Python and notebooks (the
 * Inference API snippets keep `API_URL` and `headers` apart).
 */
function bearerSinks(text: string, format: TextSinkFormat): TextSink[] {
  const sinks: TextSink[] = [];
  const wholeFile = format === "python" || format === "notebook";
  for (const pattern of [BEARER_HEADER, BEARER_ENTRY]) {
    for (const match of text.matchAll(pattern)) {
      if (match.index === undefined) continue;
      const around = wholeFile ? text : text.slice(Math.max(0, match.index - COMMAND_REACH), match.index + match[0].length + COMMAND_REACH);
      if (!namesHuggingFaceHost(around)) continue;
      const sink = sinkFrom(match as RegExpExecArray, 0, "Authorization: Bearer (a request to Hugging Face)", 1);
      if (sink) sinks.push(sink);
    }
  }
  // Python: a name after the scheme (`f"Bearer {API_TOKEN}"`, `"Bearer " + API_TOKEN`), bound once in the file to a literal.
  if (format === "python" && namesHuggingFaceHost(text)) {
    for (const match of text.matchAll(PYTHON_BEARER_NAME)) {
      const name = match[1] ?? match[2];
      const bindings = name === undefined ? [] : [...text.matchAll(new RegExp(`^${name}[ \t]*(?::[ \t]*str[ \t]*)?=[ \t]*[rRuU]?(["'])([^"'\\\n]+)\\1[ \t]*(?:#.*)?$`, "gm"))];
      const binding = bindings.length === 1 ? bindings[0] : undefined;
      const sink = binding && sinkFrom(binding as RegExpExecArray, 0, `Authorization: Bearer (a request to Hugging Face, through \`${name}\`)`, 2);
      if (sink) sinks.push(sink);
    }
  }
  return sinks;
}

/** `"Authorization": f"Bearer {API_TOKEN}"` or `"Authorization": "Bearer " + API_TOKEN` in a Python dict: the name given. */
const PYTHON_BEARER_NAME = /\bAuthorization["'][ \t]*:[ \t]*(?:[fF]["']Bearer[ \t]+\{([A-Za-z_][A-Za-z0-9_]*)\}["']|["']Bearer[ \t]+["'][ \t]*\+[ \t]*([A-Za-z_][A-Za-z0-9_]*)\b)/gi;

/** The password of each URL to Hugging Face's hosts in the text: `https://user:…@huggingface.co/…`. */
export function urlPasswordSinks(text: string): TextSink[] {
  const sinks: TextSink[] = [];
  for (const match of text.matchAll(URL_PASSWORD)) {
    const password = match[1];
    const host = match[2]?.toLowerCase();
    if (password === undefined || host === undefined || match.index === undefined || !isAllowedHost(host, HUGGING_FACE_HOSTS)) continue;
    const start = match.index + match[0].indexOf(`:${password}@`) + 1;
    sinks.push({ name: `the password of a URL to ${host}`, value: password, start, end: start + password.length });
  }
  return sinks;
}

const PROVIDER_NAMES = new Set(HUGGING_FACE_PROVIDER_NAMES.map((provider) => provider.name));
/** A text that may give an object a Hugging Face provider or model route: every provider name and route starts `hf` or `hugging`. */
const MENTIONS_PROVIDER = /(?:provider|model)["']?\s*:\s*["']?(?:hugging|hf)/i;

/** A key and value that say an object is for Hugging Face: `provider: huggingface-inference-api` (Continue), `model: huggingface/…` (a LiteLLM proxy's `litellm_params`). */
function saysHuggingFace(key: string, value: string): boolean {
  return key === "provider" ? PROVIDER_NAMES.has(value.toLowerCase()) : routesToHuggingFace(key, value);
}

/** A YAML or pretty-printed JSON line that holds a key: its indentation (after a list's `- `), key, scalar value, and whether it starts a list item. */
const CONFIG_KEY_LINE = /^"?([A-Za-z_][A-Za-z0-9_.-]*)"?\s*:\s*["']?([^"'\s#,{}[\]]*)/;
const LIST_ITEM_MARK = /^-\s+/;

interface ConfigKeyLine {
  readonly indent: number;
  readonly key: string;
  readonly value: string;
  readonly startsItem: boolean;
}

function configKeyLine(line: string): ConfigKeyLine | undefined {
  const content = line.trimStart();
  const mark = LIST_ITEM_MARK.exec(content)?.[0] ?? "";
  const match = CONFIG_KEY_LINE.exec(content.slice(mark.length));
  if (!match || content.startsWith("#")) return undefined;
  return { indent: line.length - content.length + mark.length, key: match[1] ?? "", value: match[2] ?? "", startsItem: mark !== "" };
}

/**
 * A credential key in a YAML or pretty-printed JSON object that says it is for Hugging Face by
 * another of its keys, before or after it: `provider: huggingface-inference-api` beside `apiKey:`
 * in Continue's config, `model: huggingface/…` beside `api_key:` in a LiteLLM proxy's. The object is
 * the lines at the key's indentation until one less indented, or the next item of its list.
 */
function providerConfigSinks(text: string, format: "yaml" | "json"): TextSink[] {
  const sinks: TextSink[] = [];
  const lines = text.split("\n");
  const parsed = lines.map((line) => configKeyLine(line.replace(/\r$/, "")));
  const isBoundary = (index: number, indent: number): boolean => {
    const line = lines[index] ?? "";
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return false;
    return line.length - line.trimStart().length < indent && !(parsed[index] !== undefined && (parsed[index]?.indent ?? 0) >= indent);
  };
  const siblingSays = (from: number, step: 1 | -1, indent: number): boolean => {
    for (let index = from; index >= 0 && index < lines.length; index += step) {
      if (isBoundary(index, indent)) return false;
      const entry = parsed[index];
      if (entry === undefined || entry.indent !== indent) continue;
      // Going down, the next item of the list is another object.
      if (step === 1 && entry.startsItem) return false;
      if (saysHuggingFace(entry.key, entry.value)) return true;
      if (step === -1 && entry.startsItem) return false;
    }
    return false;
  };
  let lineStart = 0;
  lines.forEach((rawLine, index) => {
    const entry = parsed[index];
    if (entry !== undefined && CREDENTIAL_KEYS.has(entry.key.toLowerCase()) && !isHfTokenName(entry.key)) {
      const line = rawLine.replace(/\r$/, "");
      const pair = format === "json" ? JSON_PAIR_AT_START.exec(line) : YAML_LINE.exec(line);
      // A key that starts a list item has no sibling above it: those lines are the previous item's.
      if (pair && ((!entry.startsItem && siblingSays(index - 1, -1, entry.indent)) || siblingSays(index + 1, 1, entry.indent))) {
        const sink = sinkFrom(pair, lineStart, `${entry.key} (beside a Hugging Face provider)`);
        if (sink) sinks.push(sink);
      }
    }
    lineStart += rawLine.length + 1;
  });
  // An object written on one line (a minified config): its pairs, read together.
  if (format === "json") {
    for (const object of text.matchAll(FLAT_JSON_OBJECT)) {
      const pairs = [...object[0].matchAll(JSON_PAIR)];
      if (!pairs.some((pair) => saysHuggingFace(pair[1] ?? "", pair[3] ?? ""))) continue;
      for (const pair of pairs) {
        const key = pair[1] ?? "";
        if (!CREDENTIAL_KEYS.has(key.toLowerCase()) || isHfTokenName(key)) continue;
        const sink = sinkFrom(pair as RegExpExecArray, object.index ?? 0, `${key} (beside a Hugging Face provider)`);
        if (sink) sinks.push(sink);
      }
    }
  }
  return sinks;
}

/** A JSON object with no object inside it. */
const FLAT_JSON_OBJECT = /\{[^{}]*\}/g;

/** `{ "name": "HF_TOKEN", "value": "…" }`: an env list's entry named for a token. */
function jsonNameValueSinks(text: string): TextSink[] {
  const sinks: TextSink[] = [];
  for (const match of text.matchAll(JSON_NAME_VALUE)) {
    const name = match[1];
    const sink = name !== undefined && isHfTokenName(name) ? sinkFrom(match as RegExpExecArray, 0, name) : undefined;
    if (sink) sinks.push(sink);
  }
  return sinks;
}

/** Whether a URL in the text is on Hugging Face's hosts (not a look-alike such as `huggingface.co.example.net`). */
function namesHuggingFaceHost(text: string): boolean {
  if (!NAMES_HUGGING_FACE_HOST.test(text)) return false;
  for (const url of text.matchAll(/https?:\/\/[^\s"'`<>)\]}]+/g)) {
    const host = literalHostOf(url[0], true);
    if (host !== undefined && isAllowedHost(host, HUGGING_FACE_HOSTS)) return true;
  }
  return false;
}

/**
 * Keywords that name a Hugging Face token in any call (`Client(src, hf_token="…")`,
 * `HuggingFaceHub(huggingfacehub_api_token="…")`), and the keywords the catalogue's hand-listed
 * libraries take the token as, in calls made through a name imported from them
 * (`StableDiffusionPipeline.from_pretrained(name, token="…")`).
 */
function pythonKeywordSinks(calls: readonly PythonCall[], codeStart: number, imports: ReadonlyMap<string, string>): TextSink[] {
  const sinks: TextSink[] = [];
  for (const call of calls) {
    const module = call.root === undefined ? undefined : imports.get(call.root);
    const library = module === undefined ? undefined : PYTHON_HF_LIBRARIES.find((candidate) => module === candidate.module || module.startsWith(`${candidate.module}.`));
    for (const argument of call.arguments) {
      if (argument.keyword === undefined || argument.literal === undefined) continue;
      if (!isHfTokenName(argument.keyword) && !library?.keywords.includes(argument.keyword)) continue;
      sinks.push(argumentSink(`${call.callee}(${argument.keyword}=)`, argument.literal, codeStart + argument.start));
    }
  }
  return sinks;
}

/**
 * `-e HF_TOKEN=…`, `--env HF_TOKEN=…`, `--build-arg HF_TOKEN=…`, `--set-env-vars HF_TOKEN=…`: a
 * variable given on a command line (docker run and build, gcloud run deploy), in a script, a
 * workflow step or a Dockerfile's `RUN`.
 */
const CLI_ENV_FLAG = /(?:^|\s)(?:-e|--env|--build-arg|--set-env-vars|--update-env-vars)[ \t=]+["']?([A-Za-z_][A-Za-z0-9_]*)=(["']?)([^"'\s$,][^"'\s,]*)/g;
/** A TOML inline table's string entries: `env = { HF_TOKEN = "…" }`. */
const TOML_INLINE_ENTRY = /[{,][ \t]*([A-Za-z_][A-Za-z0-9_-]*)[ \t]*=[ \t]*(["'])([^"'\n]+)\2/g;
/**
 * A password in a URL's user part on Hugging Face's hosts: `https://user:…@huggingface.co/spaces/…`,
 * as `git push` and `git clone` take a token. A `$` or `{` reads a variable.
 */
const URL_PASSWORD = /https?:\/\/[^\s:/@"'`]+:([^\s:/@"'`$\\{}<>]+)@([A-Za-z0-9.-]*(?:huggingface\.co|hf\.co))(?=[/:\s"'`]|$)/gi;
/**
 * Name and value pairs, as Kubernetes' `EnvVar`, Amazon ECS's `KeyValuePair` and Cloud Run's and
 * Azure Container Apps' env lists write them: `{ "name": "HF_TOKEN", "value": "…" }` in JSON.
 */
const JSON_NAME_VALUE = /"name"[ \t\r\n]*:[ \t\r\n]*"([A-Za-z_][A-Za-z0-9_]*)"[ \t\r\n]*,[ \t\r\n]*"value"[ \t\r\n]*:[ \t\r\n]*(")([^"\\]+)"/g;
const YAML_LIST_NAME = /^(\s*)-\s+name:\s*["']?([A-Za-z_][A-Za-z0-9_]*)["']?\s*$/;
const YAML_VALUE = /^(\s*)value:\s+(["']?)([^"'\s#$][^"'\s#]*)/;

/** Where a YAML line's key sits: the keys of the lines above it with less indentation. */
class IndentedKeys {
  private readonly stack: { indent: number; key: string }[] = [];

  enter(indent: number, key: string): string[] {
    while (this.stack.length > 0 && (this.stack.at(-1)?.indent ?? 0) >= indent) this.stack.pop();
    const parents = this.stack.map((entry) => entry.key);
    this.stack.push({ indent, key });
    return parents;
  }
}

const YAML_KEY = /^(\s*)-?\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*:/;
const JSON_KEY = /^(\s*)"([^"\\]+)"\s*:/;
const JSON_PAIR_AT_START = /^\s*"([A-Za-z_][A-Za-z0-9_-]*)"\s*:\s*(")([^"\\]+)"/;

/** Every value given to a Hugging Face token name in `text`, read as `format`. */
export function findTextSinks(text: string, format: TextSinkFormat): TextSink[] {
  const sinks: TextSink[] = [];
  const hfPython = (format === "python" || format === "notebook") && PYTHON_CONTEXT.test(format === "notebook" ? text.replaceAll('\\"', '"') : text);
  // A notebook's cells are JSON strings: the imports are read from its text with the escapes undone.
  const notebookImports = format === "notebook" ? pythonImports(text.replaceAll('\\n",', "\n").replaceAll('\\"', '"').replace(/^\s*"/gm, "")) : new Map<string, string>();
  const yamlKeys = new IndentedKeys();
  const jsonKeys = new IndentedKeys();
  let tomlTable = "";
  let netrcMachine: string | undefined;
  let netrcExpectsPassword = false;
  /** A YAML list entry named for a token (`- name: HF_TOKEN`), whose `value:` is looked for at this indentation. */
  let yamlNamedEntry: { name: string; indent: number } | undefined;
  let lineStart = 0;
  for (const rawLine of text.split("\n")) {
    const line = rawLine.replace(/\r$/, "");
    const add = (match: RegExpExecArray | null, name = match?.[1], valueGroup = 3): void => {
      if (!match || name === undefined) return;
      const sink = sinkFrom(match, lineStart, name, valueGroup);
      if (sink) sinks.push(sink);
    };
    const named = (pattern: RegExp, subject = line): void => {
      const match = pattern.exec(subject);
      if (match?.[1] !== undefined && isHfTokenName(match[1])) add(match);
    };
    const python = (subject: string): void => {
      named(PYTHON_ASSIGNMENT, subject);
      named(PYTHON_ENVIRON, subject);
      const call = PYTHON_TOKEN_KEYWORD.exec(subject);
      if (call) add(call, `${call[1]}(token=)`);
      const envCall = PYTHON_ENV_CALL.exec(subject);
      if (envCall?.[2] !== undefined && isHfTokenName(envCall[2])) add(envCall, envCall[2], 4);
      named(PYTHON_ENV_UPDATE, subject);
      // A notebook's source lines are JSON strings, read one at a time; a Python file is read whole after its lines.
      if (format === "notebook") addNew(sinks, pythonCallSinks({ code: subject, codeStart: lineStart, hfPython, imports: notebookImports }));
    };
    const flagged = (subject = line): void => {
      for (const match of subject.matchAll(CLI_ENV_FLAG)) {
        if (match[1] !== undefined && isHfTokenName(match[1])) add(match as RegExpExecArray);
      }
    };
    switch (format) {
      case "env": {
        named(ENV_LINE);
        flagged();
        const cli = CLI_TOKEN_FLAG.exec(line);
        if (cli) add(cli, `${cli[1]} --token`);
        break;
      }
      case "yaml": {
        named(YAML_LINE);
        named(YAML_LIST_ENV);
        flagged();
        // `- name: HF_TOKEN` then `value: …` under it (a Kubernetes container's env).
        const listName = YAML_LIST_NAME.exec(line);
        if (listName?.[2] !== undefined) {
          yamlNamedEntry = isHfTokenName(listName[2]) ? { name: listName[2], indent: (listName[1]?.length ?? 0) + 2 } : undefined;
        } else if (yamlNamedEntry) {
          const value = YAML_VALUE.exec(line);
          const indent = line.length - line.trimStart().length;
          if (value && (value[1]?.length ?? 0) === yamlNamedEntry.indent) {
            add(value, yamlNamedEntry.name);
            yamlNamedEntry = undefined;
          } else if (line.trim() !== "" && indent < yamlNamedEntry.indent) {
            yamlNamedEntry = undefined;
          }
        }
        const key = YAML_KEY.exec(line);
        if (key?.[2] !== undefined && !line.trimStart().startsWith("#")) {
          const parents = yamlKeys.enter(key[1]?.length ?? 0, key[2]);
          if (CREDENTIAL_KEYS.has(key[2].toLowerCase()) && parents.some((parent) => HF_SECTION.test(parent))) {
            const value = YAML_LINE.exec(line);
            if (value) add(value, `${[...parents, key[2]].join(".")}`);
          }
        }
        break;
      }
      case "toml": {
        const table = TOML_TABLE.exec(line);
        if (table?.[1] !== undefined) {
          tomlTable = table[1].trim();
          break;
        }
        named(TOML_LINE);
        for (const entry of line.matchAll(TOML_INLINE_ENTRY)) {
          if (entry[1] !== undefined && isHfTokenName(entry[1])) add(entry as RegExpExecArray);
        }
        const value = TOML_LINE.exec(line);
        if (value?.[1] !== undefined && CREDENTIAL_KEYS.has(value[1].toLowerCase()) && HF_SECTION.test(tomlTable) && !isHfTokenName(value[1])) add(value, `[${tomlTable}] ${value[1]}`);
        break;
      }
      case "json": {
        for (const match of line.matchAll(JSON_PAIR)) {
          if (match[1] !== undefined && isHfTokenName(match[1])) add(match as RegExpExecArray);
        }
        // A credential key under a key about Hugging Face, as a pretty-printed file nests them:
        // `"huggingface": {` … `"token": "…"`.
        const key = JSON_KEY.exec(line);
        if (key?.[2] !== undefined) {
          const parents = jsonKeys.enter(key[1]?.length ?? 0, key[2]);
          const pair = JSON_PAIR_AT_START.exec(line);
          if (pair?.[1] !== undefined && CREDENTIAL_KEYS.has(pair[1].toLowerCase()) && !isHfTokenName(pair[1]) && parents.some((parent) => HF_SECTION.test(parent))) {
            add(pair, `${[...parents, pair[1]].join(".")}`);
          }
        }
        break;
      }
      case "notebook": {
        for (const match of line.matchAll(JSON_PAIR)) {
          if (match[1] !== undefined && isHfTokenName(match[1])) add(match as RegExpExecArray);
        }
        // A cell's source line is a JSON string: `\"` reads as `"` for the Python patterns, and a
        // blank on the outer side of the quote keeps every offset where it is in the file.
        const source = line.replace(ESCAPED_CLOSING_QUOTE, '" ').replaceAll('\\"', ' "');
        named(NOTEBOOK_MAGIC, source);
        flagged(source);
        const cli = CLI_TOKEN_FLAG.exec(source);
        if (cli) add(cli, `${cli[1]} --token`);
        python(source);
        break;
      }
      case "python":
        python(line);
        break;
      case "dockerfile": {
        flagged();
        if (!DOCKERFILE_INSTRUCTION.test(line)) break;
        const legacy = DOCKERFILE_LEGACY_ENV.exec(line);
        if (legacy) {
          named(DOCKERFILE_LEGACY_ENV);
          break;
        }
        for (const match of line.matchAll(DOCKERFILE_PAIR)) {
          if (match[1] !== undefined && isHfTokenName(match[1])) add(match as RegExpExecArray);
        }
        break;
      }
      case "netrc": {
        for (const word of line.replace(/#.*$/, "").matchAll(NETRC_WORD)) {
          const value = word[1] ?? "";
          if (netrcExpectsPassword) {
            netrcExpectsPassword = false;
            if (netrcMachine !== undefined && HF_MACHINE.test(netrcMachine)) {
              const start = lineStart + (word.index ?? 0);
              sinks.push({ name: `.netrc password for ${netrcMachine}`, value, start, end: start + value.length });
            }
          } else if (value === "machine") {
            netrcMachine = "";
          } else if (netrcMachine === "") {
            netrcMachine = value;
          } else if (value === "password") {
            netrcExpectsPassword = true;
          } else if (value === "default") {
            netrcMachine = undefined;
          }
        }
        break;
      }
    }
    lineStart += rawLine.length + 1;
  }
  // Calls in a Python file, which formatters break over several lines.
  if (format === "python") {
    const code = withoutComments(text);
    addNew(sinks, pythonCallSinks({ code, codeStart: 0, hfPython, imports: pythonImports(code) }));
  }
  if (format !== "netrc" && NAMES_HUGGING_FACE_HOST.test(text)) {
    addNew(sinks, bearerSinks(text, format));
    addNew(sinks, urlPasswordSinks(text));
  }
  if (format === "json") addNew(sinks, jsonNameValueSinks(text));
  if ((format === "json" || format === "yaml") && MENTIONS_PROVIDER.test(text)) addNew(sinks, providerConfigSinks(text, format));
  sinks.sort((left, right) => left.start - right.start);
  return sinks;
}

/**
 * The token slots of the calls in `code`: the libraries' (in a file about Hugging Face) and a
 * client's aimed at Hugging Face's hosts (in any file that names one). The calls are read once.
 */
function pythonCallSinks({ code, codeStart, hfPython, imports }: { code: string; codeStart: number; hfPython: boolean; imports: ReadonlyMap<string, string> }): TextSink[] {
  const namesHost = NAMES_HUGGING_FACE_HOST.test(code);
  const calls = pythonCallArguments(code);
  const namesClientTarget = namesHost || NAMES_MODEL_ROUTE.test(code);
  return [...(hfPython ? pythonCatalogueSinks(calls, codeStart) : []), ...(namesClientTarget ? pythonClientSinks(calls, codeStart) : []), ...pythonKeywordSinks(calls, codeStart, imports)];
}

/** Adds the sinks not found already (the same literal may be both a token name's value and a slot's). */
function addNew(sinks: TextSink[], found: readonly TextSink[]): void {
  for (const sink of found) if (!sinks.some((known) => known.start === sink.start)) sinks.push(sink);
}
