// Writes docs/catalogue.md from src/catalogue (built into dist/): what the plugin knows about the
// ecosystem, one table per category, each entry with its source. `npm test` fails when the page and
// the catalogue differ (tests/e2e/catalogue-docs.test.ts): run `npm run build && node scripts/catalogue-docs.mjs`.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Markdown table cells never hold a raw pipe or line break. */
const cell = (text) => String(text).replaceAll("|", "\\|").replaceAll("\n", " ");
const code = (text) => `\`${String(text)}\``;
const list = (items) => items.map(code).join(", ");
const table = (header, rows) => [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`)];

/** The page's text for the catalogue's tables. */
export function renderCatalogueDocs(catalogue) {
  const {
    CODEQL, TOKEN_FORMS,
    PYTHON_TOKEN_SLOTS, PYTHON_TOKEN_PACKAGES, JS_TOKEN_SLOTS, JS_TOKEN_PACKAGES,
    REQUEST_APIS, CONNECTION_APIS, CLIENT_OPTION_KEYS, FILLED_OBJECTS, HUGGING_FACE_HOST_TABLE, LOGGERS, CALLED_LOGGERS, OUTPUT_STREAMS,
    RESPONSE_APIS, ROUTE_HANDLER_RETURNS, SERVER_FUNCTION_DIRECTIVES, REALTIME_SERVERS, PAGE_DATA_FUNCTIONS, CLIENT_STORAGE_TABLE, BUILD_INLINING_TABLE, PUBLIC_ENV_PREFIX_TABLE, TEXT_PLACES,
    GENERATED_CODE_MARKERS, GENERATED_CODE_WINDOW, MINIFIED_CODE,
  } = catalogue;
  const lines = [
    "# What the plugin knows",
    "",
    "Generated from `src/catalogue/` (and the token forms in `src/core/token-forms.ts`) by",
    "`node scripts/catalogue-docs.mjs`; do not edit. Every entry names its source: the package, version and",
    "file it was read from, or a docs page. To add a library, edit its table, or the generator that reads",
    "it (`src/catalogue/README.md`); `npm test` fails until this page is regenerated.",
    "",
    `Where CodeQL models an API, the tables were checked against CodeQL's JavaScript library \`${CODEQL.pack}\``,
    `${CODEQL.version} (github/codeql at \`${CODEQL.commit.slice(0, 12)}\`, ${CODEQL.date}); entries CodeQL does not model say so.`,
    "",
    "- [Token forms](#token-forms)",
    "- [Token names](#token-names)",
    "- [JavaScript and TypeScript token slots](#javascript-and-typescript-token-slots)",
    "- [Python token slots](#python-token-slots)",
    "- [Requests](#requests) and [client options](#client-options)",
    "- [Hugging Face hosts](#hugging-face-hosts)",
    "- [Loggers](#loggers)",
    "- [Responses](#responses), [page data](#page-data) and [client storage](#client-storage)",
    "- [Build inlining](#build-inlining) and [public env prefixes](#public-env-prefixes)",
    "- [Text files](#text-files)",
    "",
    "## Token forms",
    "",
    "Found wherever they are written, by [no-hardcoded-token](rules/no-hardcoded-token.md).",
    "",
    ...table(["Form", "Prefix", "Body", "Source"], TOKEN_FORMS.map((form) => [form.name, code(form.prefix), form.bodyPattern ? `structured, at least ${form.bodyLength} characters` : `${form.bodyLength} characters`, form.docsUrl])),
    "",
    "## Token names",
    "",
    "A name is a Hugging Face token's when one of its words says Hugging Face (`hf`, `huggingface`,",
    "`hugging face`, `huggingfacehub`, `hfhub`…) and its last word is a credential (`token`, `key`,",
    "`apikey`, `apitoken`, `secret`, `accesstoken`), in any case style: `HF_TOKEN`, `hfToken`,",
    "`HUGGINGFACEHUB_API_TOKEN`, `huggingFaceAccessToken`. A rule of words rather than a list, so the names",
    "teams invent are covered (`src/core/names.ts`).",
    "",
    "## JavaScript and TypeScript token slots",
    "",
    "A literal given to one of these is a finding of [no-literal-token-assignment](rules/no-literal-token-assignment.md)",
    `where the callee is imported or required from its package (${list(JS_TOKEN_PACKAGES)}),`,
    `by name, renamed or through a namespace. ${JS_TOKEN_SLOTS.length} entries, read from the packages' type definitions with the`,
    "TypeScript compiler API (`scripts/generate-js-token-slots.mjs`). An option that takes `undefined` is fixed to the env",
    "read; a required one, in TypeScript, to `requireEnv(\"HF_TOKEN\")`.",
    "",
    ...table(["Called as", "Argument", "Option", "Optional", "Source"], JS_TOKEN_SLOTS.map((slot) => [code(`${slot.kind === "new" ? "new " : ""}${slot.export}`), slot.position, slot.path === "" ? "(the argument)" : code(slot.path), slot.optional ? "yes" : "no", slot.source])),
    "",
    "## Python token slots",
    "",
    "A literal given to one of these, by keyword or (where a position is shown) by position, is a finding of",
    "[no-literal-token-assignment](rules/no-literal-token-assignment.md) in `.py` files and notebooks that import",
    `one of ${list(PYTHON_TOKEN_PACKAGES)}. ${PYTHON_TOKEN_SLOTS.length} entries,`,
    "read from the libraries' source with Python's `ast` (`scripts/generate-python-token-slots.py`).",
    "",
    ...table(["Called as", "Parameter", "Position", "Source"], PYTHON_TOKEN_SLOTS.map((slot) => [code(slot.callee), code(slot.parameter), slot.position ?? "keyword", slot.source])),
    "",
    "## Requests",
    "",
    "A token any of these sends to a host that is not Hugging Face's is a finding of",
    "[no-token-to-third-party](rules/no-token-to-third-party.md).",
    "",
    ...table(["Called as", "Methods", "URL", "Also sent", "Source"], REQUEST_APIS.map((api) => [
      api.opened ? code(`new ${api.callee}()`) : api.constructed ? code(`new ${api.callee}(…)`) : api.called ? code(`${api.callee}(…)`) : code(api.callee),
      [...api.methods, ...api.factories.map((factory) => `${factory} (an instance)`)].map(code).join(", ") || "—",
      api.url, api.sends, api.source,
    ])),
    "",
    "### Connections",
    "",
    "A connection opened to a host sends there what the variable holding it is given by these methods.",
    "",
    ...table(["Opened as", "Other end", "Sends", "Source"], CONNECTION_APIS.map((api) => [
      api.form === "constructor" ? code(`new ${api.callee}(…)`) : api.form === "function" ? `${code(`${api.callee}(…)`)} from ${list(api.packages ?? [])}` : api.methods.map((method) => code(`${api.callee}.${method}(…)`)).join(", "),
      api.target === "url" ? "the URL, argument 0" : "the `host`: argument 1, or the options' `host`",
      api.sends.map((send) => code(send.from === 0 ? `${send.method}(data)` : `${send.method}(${Array.from({ length: send.from }, () => "…").join(", ")}, data)`)).join(", "),
      api.source,
    ])),
    "",
    "### Objects filled by their methods",
    "",
    "A request given one of these sends what the code put in it: `headers.set(\"Authorization\", …)` then",
    "`fetch(url, { headers })`, `params.set(\"token\", …)` then a URL with `?${params}`.",
    "",
    ...table(["Made as", "Filled by", "Source"], FILLED_OBJECTS.map((entry) => [
      code(`new ${entry.constructorName}()`),
      entry.methods.map((method) => code(`${method}(${Array.from({ length: entry.valueArgument }, () => "…").join(", ")}, value)`)).join(", "),
      entry.source,
    ])),
    "",
    "### Client options",
    "",
    "An SDK client created with an endpoint key and a credential (or headers) in the same options sends the",
    "credential to that endpoint: `new OpenAI({ apiKey, baseURL })`. In options aimed at Hugging Face, a",
    "credential key is a token slot.",
    "",
    ...table(["Key", "Role", "Source"], CLIENT_OPTION_KEYS.map((entry) => [code(entry.key), entry.role, entry.source])),
    "",
    "## Hugging Face hosts",
    "",
    "The hosts that may receive a token; `*.` stands for any subdomain. Add your own proxy with",
    "`no-token-to-third-party`'s `allowedHosts`.",
    "",
    ...table(["Host", "Source"], HUGGING_FACE_HOST_TABLE.map((host) => [code(host.pattern), host.source])),
    "",
    "## Loggers",
    "",
    "A token given to one of these methods is a finding of [no-token-logging](rules/no-token-logging.md),",
    "whose `loggers` and `methods` defaults are computed from this table.",
    "",
    ...table(["Logger", "Methods", "Source"], [
      ...LOGGERS.map((logger) => [code(logger.name), list(logger.methods), logger.source]),
      ...CALLED_LOGGERS.map((logger) => [code(`${logger.name}(…)`), "called itself", logger.source]),
      ...OUTPUT_STREAMS.map((output) => [output.streams.map((stream) => code(`${output.owner}.${stream}`)).join(", "), code(output.method), output.source]),
    ]),
    "",
    "## Responses",
    "",
    "A token sent in a response body, header or cookie, or given to a server-rendered template, is a finding of [no-token-to-client](rules/no-token-to-client.md).",
    "",
    ...table(["Framework", "Written as", "Argument", "Source"], RESPONSE_APIS.map((api) => [
      api.framework,
      api.form === "method" ? api.receivers.flatMap((receiver) => api.names.map((name) => code(`${receiver}.${name}(…)`))).slice(0, 6).join(", ")
        : api.form === "property-write" ? api.receivers.flatMap((receiver) => api.names.map((name) => code(`${receiver}.${name} = …`))).join(", ")
        : api.form === "constructor" ? api.receivers.map((receiver) => code(`new ${receiver}(…)`)).join(", ")
        : api.form === "static" ? api.receivers.flatMap((receiver) => api.names.map((name) => code(`${receiver}.${name}(…)`))).join(", ")
        : api.receivers.map((receiver) => code(`${receiver}(…)`)).join(", "),
      api.argument === "last" ? "last" : api.argument,
      api.source,
    ])),
    "",
    "### Route handler returns",
    "",
    "These frameworks send what a route handler returns as the response (Express does not). Names mean the framework where the file imports one of its packages, or on the instance a plugin is handed.",
    "",
    ...table(["Framework", "Registered as", "Packages", "Or on", "Source"], ROUTE_HANDLER_RETURNS.map((entry) => [
      entry.framework,
      entry.form === "method" ? entry.names.map((name) => code(`${name}(path, [options], handler)`)).join(", ")
        : entry.form === "route-object" ? entry.names.map((name) => code(`${name}({ method, path, handler })`)).join(", ")
        : `${entry.names.map((name) => code(`@${name}()`)).join(", ")} on a method${entry.takeOver ? `, unless a parameter takes ${entry.takeOver.map((name) => code(`@${name}()`)).join(", ")} without \`passthrough\`` : ""}`,
      list(entry.packages),
      entry.receivers.length ? list(entry.receivers) : "—",
      entry.source,
    ])),
    "",
    "### Server functions",
    "",
    "What a function under one of these directives returns is sent to the browser that calls it: each function a file under the directive exports, or a function whose body starts with it.",
    "",
    ...table(["Directive", "Framework", "Source"], SERVER_FUNCTION_DIRECTIVES.map((entry) => [code(`"${entry.directive}"`), entry.framework, entry.source])),
    "",
    "### Real-time servers",
    "",
    "What a connected client's socket is given by these methods, in the server's connection handler, is sent to that client.",
    "",
    ...table(["Package", "Made as", "Handler", "Sends", "Source"], REALTIME_SERVERS.map((entry) => [
      list(entry.packages),
      [...entry.constructors.map((name) => code(`new ${name}(…)`)), ...(entry.calledDefault ? [code(`require("${entry.packages[0]}")(…)`)] : [])].join(", "),
      code(`.on("${entry.event}", (socket) => …)`),
      entry.sends.map((send) => code(send.from === 0 ? `socket.${send.method}(data)` : `socket.${send.method}(${Array.from({ length: send.from }, () => "…").join(", ")}, data)`)).join(", "),
      entry.source,
    ])),
    "",
    "### Page data",
    "",
    "What an exported function of these returns (under `props` where shown) is serialized into the page.",
    "",
    ...table(["Function", "Framework", "Part sent", "Only in", "Source"], PAGE_DATA_FUNCTIONS.map((entry) => [code(entry.name), entry.framework, entry.path.length ? code(entry.path.join(".")) : "all of it", entry.files ? code(entry.files.source) : "any file", entry.source])),
    "",
    "## Client storage",
    "",
    "A token kept in the browser is a finding of [no-token-to-client](rules/no-token-to-client.md).",
    "",
    ...table(["Object", "Written through", "Source"], CLIENT_STORAGE_TABLE.map((entry) => [
      code(entry.owner),
      [...entry.methods.map((method) => code(`${method}(…)`)), ...(entry.propertyWrite ? [entry.owner === "document" ? code("document.cookie = …") : "a property write"] : [])].join(", "),
      entry.source,
    ])),
    "",
    "## Build inlining",
    "",
    "A token read in one of these settings is written into the browser bundle: a finding of",
    "[no-public-token-env](rules/no-public-token-env.md).",
    "",
    ...table(["Setting", "Tool", "Source"], BUILD_INLINING_TABLE.map((entry) => [code(entry.form === "plugin" ? `new ${entry.setting}(…)` : `${entry.setting}:`), entry.tool, entry.source])),
    "",
    "## Public env prefixes",
    "",
    "A token variable named with one of these prefixes is inlined into browser code: a finding of",
    "[no-public-token-env](rules/no-public-token-env.md).",
    "",
    ...table(["Prefix", "Framework", "Source"], PUBLIC_ENV_PREFIX_TABLE.map((entry) => [code(entry.prefix), entry.framework, entry.source])),
    "",
    "## Generated code",
    "",
    "The value-flow rules ([no-token-logging](rules/no-token-logging.md), [no-token-to-client](rules/no-token-to-client.md),",
    "[no-token-to-third-party](rules/no-token-to-third-party.md)) leave a bundle or minified file alone: a flow found there is",
    "the flow of the sources it was built from, or library code. A compiler's output of one module (TypeScript's CommonJS, a",
    "file ending in a source-map comment) is still read.",
    "[no-hardcoded-token](rules/no-hardcoded-token.md) reads every file. `settings: { \"hf-secrets\": { generatedCode: \"read\" } }` makes the flow rules read generated files too.",
    "",
    ...table(["Mark", "Where", "Written by", "Source"], [
      ...GENERATED_CODE_MARKERS.map((marker) => [code(marker.text), `the first ${GENERATED_CODE_WINDOW} characters`, marker.generator, marker.source]),
      [`lines over ${MINIFIED_CODE.averageLineLength} characters on average`, `files of ${MINIFIED_CODE.smallestFile} characters or more`, "a minifier", MINIFIED_CODE.source],
    ]),
    "",
    "## Text files",
    "",
    "Where [configs.text](text-files.md) finds a value given to a token name or slot outside JavaScript.",
    "",
    ...table(["Place", "Files", "Example", "Source"], TEXT_PLACES.map((place) => [place.place, place.files, code(place.example), place.source])),
    "",
  ];
  return lines.join("\n");
}

/** Every table the page renders, loaded from `dist/` (or, in the test, from the sources). */
export const CATALOGUE_MODULES = ["catalogue/sources", "catalogue/generated-code", "core/token-forms", "catalogue/python-token-slots", "catalogue/js-token-slots", "catalogue/requests", "catalogue/hosts", "catalogue/loggers", "catalogue/responses", "catalogue/client-storage", "catalogue/build-inlining", "catalogue/public-env", "catalogue/text-places"];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const load = createRequire(import.meta.url);
  const catalogue = Object.assign({}, ...CATALOGUE_MODULES.map((module) => load(join(root, "dist", `${module}.js`))));
  writeFileSync(join(root, "docs", "catalogue.md"), renderCatalogueDocs(catalogue));
  console.log("wrote docs/catalogue.md");
}
