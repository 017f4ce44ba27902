import { codeql } from "./sources";
import type { Sourced } from "./sources";

/**
 * APIs that send a request: what the code calls, how, where the URL is, and what else the request
 * sends (headers, body). After CodeQL's client-request models, plus what Node, Deno, Bun and
 * browsers add. `no-token-to-third-party` reports a token any of these sends to a host that is not
 * Hugging Face's.
 */
export interface RequestApi extends Sourced {
  /** The name the code calls or reads the methods of: `fetch`, `axios`, `$`. */
  readonly callee: string;
  /** Called itself: `axios(config)`, `fetch(url, init)`. */
  readonly called: boolean;
  /** Methods that send a request: `axios.post(url, data, config)`. */
  readonly methods: readonly string[];
  /** Methods that make an instance whose every request sends the config's headers, to its base URL. */
  readonly factories: readonly string[];
  /** Constructed with `new`: `new WebSocket(url)`. */
  readonly constructed?: boolean;
  /** The URL is given to the instance's `open(method, url)`, not to the constructor (XMLHttpRequest). */
  readonly opened?: boolean;
  /** Methods chained on the request that add to what it sends: superagent's `.set(name, value)`, `.send(body)`. */
  readonly chained?: readonly string[];
  /**
   * Forms given the HTTP method first and the URL second, `"()"` being the call itself:
   * `needle("post", url, data, options)`, `needle.request("post", url, data)`.
   */
  readonly methodFirst?: readonly string[];
  /** Where the URL is, for the docs. */
  readonly url: string;
  /** What else is sent, for the docs. */
  readonly sends: string;
}

/** HTTP method names as clients spell their methods (CodeQL's `Http::RequestMethodName`, lower case). */
const HTTP_METHODS = ["get", "post", "put", "patch", "delete", "head", "options"];

export const REQUEST_APIS: readonly RequestApi[] = [
  { callee: "fetch", called: true, methods: [], factories: [], url: "argument 0", sends: "`headers`, `body` of argument 1", source: `${codeql("ClientRequests.qll", 376)} (global fetch, node-fetch, cross-fetch, isomorphic-fetch); Deno and Bun's global fetch` },
  { callee: "axios", called: true, methods: [...HTTP_METHODS, "request", "postForm", "putForm", "patchForm"], factories: ["create"], url: "argument 0, or the config's `url`; an instance's `baseURL`", sends: "`headers` (and `headers.common`), `data`", source: codeql("ClientRequests.qll", 218) },
  { callee: "got", called: true, methods: [...HTTP_METHODS.filter((method) => method !== "options"), "stream", "paginate"], factories: ["extend"], url: "argument 0; an instance's `prefixUrl`", sends: "`headers`, `body`", source: codeql("ClientRequests.qll", 527) },
  { callee: "request", called: true, methods: HTTP_METHODS, factories: [], url: "argument 0, or the options' `url`", sends: "`headers`, `body`", source: codeql("ClientRequests.qll", 141) },
  { callee: "needle", called: true, methods: [...HTTP_METHODS, "request"], factories: [], methodFirst: ["()", "request"], url: "argument 0 of a method; argument 1 of `needle(method, url, …)` and `needle.request(method, url, …)`", sends: "the data and the options' `headers`", source: `${codeql("ClientRequests.qll", 443)} (the call itself, and the methods); needle 3 readme (github.com/tomas/needle: \`needle(method, url[, data][, options])\`, \`needle.request(method, url, data[, options][, callback])\`, where CodeQL reads the URL of \`request\` at argument 0)` },
  { callee: "superagent", called: true, methods: [...HTTP_METHODS, "del"], factories: [], chained: ["set", "send", "query", "auth", "field"], methodFirst: ["()"], url: "argument 0; argument 1 of `superagent(method, url)`", sends: "the arguments of chained `.set(name, value)`, `.send(body)`, `.query(…)`, `.auth(user, password)` and `.field(name, value)`", source: `${codeql("ClientRequests.qll", 649)}; superagent 10 docs (ladjs.github.io/superagent: request basics \`request("GET", "/search")\`, setting header fields, query strings, POST requests, basic authentication, multipart requests)` },
  { callee: "http", called: false, methods: ["request", "get"], factories: [], url: "argument 0, or the options' `hostname` or `host` (Node's http docs)", sends: "what the options hold: `headers`, `auth`", source: `${codeql("NodeJSLib.qll", 912)}; Node.js 20 http docs (nodejs.org/docs/latest-v20.x/api/http.html#httprequestoptions-callback)` },
  { callee: "https", called: false, methods: ["request", "get"], factories: [], url: "argument 0, or the options' `hostname` or `host` (Node's http docs)", sends: "what the options hold: `headers`, `auth`", source: `${codeql("NodeJSLib.qll", 912)}; Node.js 20 http docs (nodejs.org/docs/latest-v20.x/api/http.html#httprequestoptions-callback)` },
  { callee: "$", called: false, methods: ["ajax", "get", "getJSON", "post"], factories: [], url: "argument 0, or the settings' `url`", sends: "`headers`, `data`", source: `${codeql("jQuery.qll", 248)}; ${codeql("jQuery.qll", 329)}` },
  { callee: "jQuery", called: false, methods: ["ajax", "get", "getJSON", "post"], factories: [], url: "argument 0, or the settings' `url`", sends: "`headers`, `data`", source: `${codeql("jQuery.qll", 248)}; ${codeql("jQuery.qll", 329)}` },
  { callee: "ky", called: true, methods: HTTP_METHODS.filter((method) => method !== "options"), factories: ["create", "extend"], url: "argument 0; an instance's `prefixUrl` (`prefix`)", sends: "`headers`, `body`", source: "ky 1.x readme (github.com/sindresorhus/ky): not modelled by CodeQL" },
  { callee: "undici", called: false, methods: ["request", "fetch", "stream"], factories: [], url: "argument 0", sends: "`headers`, `body`", source: "undici 7 docs (undici.nodejs.org/#/docs/api/Dispatcher): not modelled by CodeQL" },
  { callee: "ofetch", called: true, methods: [], factories: ["create"], url: "argument 0; an instance's `baseURL`", sends: "`headers`, `body`", source: "ofetch 1.x readme (github.com/unjs/ofetch)" },
  { callee: "$fetch", called: true, methods: [], factories: ["create"], url: "argument 0", sends: "`headers`, `body`", source: "Nuxt 4 docs, utils/dollarfetch (nuxt.com/docs/api/utils/dollarfetch)" },
  { callee: "phin", called: true, methods: [], factories: [], url: "argument 0, or the options' `url`", sends: "`headers`, `data`", source: "phin 3.x readme (github.com/ethanent/phin)" },
  { callee: "http", called: false, methods: ["get", "post", "put", "patch", "delete", "head", "options", "request"], factories: [], url: "argument 0 (argument 1 for `request`)", sends: "`headers` of the options", source: `${codeql("Angular2.qll", 197)} (Angular's HttpClient, read as \`this.http\`)` },
  { callee: "WebSocket", called: false, constructed: true, methods: [], factories: [], url: "argument 0", sends: "the URL (a token in its query)", source: codeql("WebSocket.qll", 125) },
  { callee: "EventSource", called: false, constructed: true, methods: [], factories: [], url: "argument 0", sends: "the URL", source: "HTML Standard, server-sent events (html.spec.whatwg.org/multipage/server-sent-events.html)" },
  { callee: "Request", called: false, constructed: true, methods: [], factories: [], url: "argument 0", sends: "`headers`, `body` of argument 1", source: `${codeql("WebResponse.qll")}; Fetch Standard (fetch.spec.whatwg.org/#request-class)` },
  { callee: "URL", called: false, constructed: true, methods: [], factories: [], url: "argument 0, against the base in argument 1", sends: "the URL", source: "URL Standard (url.spec.whatwg.org): a token put in a URL goes where the URL goes" },
  { callee: "navigator", called: false, methods: ["sendBeacon"], factories: [], url: "argument 0", sends: "argument 1, the body", source: "W3C Beacon (w3c.github.io/beacon/#sendbeacon-method): not modelled by CodeQL" },
  { callee: "XMLHttpRequest", called: false, constructed: true, opened: true, methods: [], factories: [], url: "argument 1 of the instance's `open(method, url)`", sends: "`setRequestHeader(name, value)` values and `send(body)`, on the same variable", source: codeql("ClientRequests.qll", 704) },
  { callee: "net", called: false, methods: ["request"], factories: [], url: "argument 0, or the options' `url`", sends: "`headers` of the options", source: `${codeql("Electron.qll", 193)} (Electron's \`net.request\`)` },
  { callee: "SockJS", called: false, constructed: true, methods: [], factories: [], url: "argument 0", sends: "the URL", source: codeql("WebSocket.qll", 125) },
  { callee: "JSDOM", called: false, methods: ["fromURL"], factories: [], url: "argument 0", sends: "the URL", source: codeql("ClientRequests.qll", 944) },
  { callee: "nugget", called: true, methods: [], factories: [], url: "argument 0", sends: "the URL", source: codeql("ClientRequests.qll", 902) },
  { callee: "XhrIo", called: false, methods: ["send"], factories: [], url: "argument 0", sends: "the URL", source: `${codeql("ClientRequests.qll", 779)} (\`goog.net.XhrIo.send\`)` },
  { callee: "Page", called: false, methods: ["navigate"], factories: [], url: "the options' `url`", sends: "the URL", source: `${codeql("ClientRequests.qll", 876)} (chrome-remote-interface)` },
  { callee: "page", called: false, methods: ["goto"], factories: [], url: "argument 0", sends: "the URL", source: `${codeql("Puppeteer.qll", 71)} (puppeteer's \`page.goto\`)` },
];

/**
 * Connections opened to a host, whose later sends go to that host: what a variable made so is
 * given by its send methods reaches the host the connection was opened to. After CodeQL's
 * `WebSocket.qll` and `SocketIO.qll` client models, plus Node's `net` and `tls` sockets.
 */
export interface ConnectionApi extends Sourced {
  /** The constructor, function or module the code opens it with: `WebSocket`, `io`, `net`. */
  readonly callee: string;
  /** `new WebSocket(url)`, `io(url)`, or a method of a module: `net.connect(port, host)`. */
  readonly form: "constructor" | "function" | "method";
  /** For `method`: the module's methods that open a connection. */
  readonly methods: readonly string[];
  /** Where the other end is: a URL as argument 0, or a host name (`(port, host)` or the options' `host`). */
  readonly target: "url" | "host";
  /** The connection's methods that send, and which of their arguments they send. */
  readonly sends: ReadonlyArray<{ readonly method: string; readonly from: number }>;
  /** For `function`: the packages it must be imported from (`io` is anything's name elsewhere). */
  readonly packages?: readonly string[];
}

export const CONNECTION_APIS: readonly ConnectionApi[] = [
  { callee: "WebSocket", form: "constructor", methods: [], target: "url", sends: [{ method: "send", from: 0 }], source: `${codeql("WebSocket.qll")} (ClientSocket, SendNode: browser WebSocket and the ws package); WebSockets Standard (websockets.spec.whatwg.org/#dom-websocket-send)` },
  { callee: "SockJS", form: "constructor", methods: [], target: "url", sends: [{ method: "send", from: 0 }], source: `${codeql("WebSocket.qll")} (SockJS client)` },
  { callee: "io", form: "function", methods: [], target: "url", sends: [{ method: "emit", from: 1 }, { method: "send", from: 0 }], packages: ["socket.io-client"], source: `${codeql("SocketIO.qll")} (SocketIOClient: \`io(url)\`, \`emit(event, …data)\`, \`send\`)` },
  { callee: "net", form: "method", methods: ["connect", "createConnection"], target: "host", sends: [{ method: "write", from: 0 }, { method: "end", from: 0 }], source: "Node.js net docs (nodejs.org/api/net.html#netconnect): `net.connect(port[, host])`, `net.connect(options)`; not modelled by CodeQL" },
  { callee: "tls", form: "method", methods: ["connect"], target: "host", sends: [{ method: "write", from: 0 }, { method: "end", from: 0 }], source: "Node.js tls docs (nodejs.org/api/tls.html#tlsconnectoptions-callback): `tls.connect(port[, host])`, `tls.connect(options)`; not modelled by CodeQL" },
];

/**
 * Option keys that point a client at a server, and keys that give it a credential, in the
 * constructors and factories of SDKs that wrap a request (`new OpenAI({ apiKey, baseURL })`). A
 * token given with an endpoint elsewhere goes there.
 */
export interface ClientOptionKey extends Sourced {
  readonly key: string;
  readonly role: "endpoint" | "credential" | "headers";
}

export const CLIENT_OPTION_KEYS: readonly ClientOptionKey[] = [
  { key: "baseURL", role: "endpoint", source: "openai 6.49.0 client.d.ts ClientOptions; groq-sdk 1.6.0; @anthropic-ai/sdk 1.17.0; @ai-sdk/openai-compatible 2.0.92; @mistralai/mistralai 2.7.0" },
  { key: "baseUrl", role: "endpoint", source: "@huggingface/inference 4.13.30 dist (provider baseUrl); replicate 1.4.0 index.d.ts; cohere-ai 8.1.0 Client.d.ts" },
  { key: "endpointUrl", role: "endpoint", source: "@huggingface/inference 4.13.30 dist/esm/types.d.ts Options.endpointUrl; @langchain/community 1.1.29 dist/llms/hf.d.ts" },
  { key: "endpoint", role: "endpoint", source: "@gradio/client 2.7.0 dist/types.d.ts" },
  { key: "serverURL", role: "endpoint", source: "@mistralai/mistralai 2.7.0 SDKOptions.serverURL" },
  { key: "host", role: "endpoint", source: "ollama 0.6.4 Config.host" },
  { key: "uri", role: "endpoint", source: `${codeql("ClientRequests.qll", 976)} (Apollo's \`HttpLink\`, \`createHttpLink\`, \`WebSocketLink\`: \`uri\` and \`headers\`)` },
  { key: "target", role: "endpoint", source: `${codeql("HttpProxy.qll", 14)} (http-proxy's \`createProxyServer({ target, headers })\`)` },
  { key: "apiKey", role: "credential", source: "openai 6.49.0 ClientOptions.apiKey; groq-sdk 1.6.0; @anthropic-ai/sdk 1.17.0; @ai-sdk/openai-compatible 2.0.92; @mistralai/mistralai 2.7.0" },
  { key: "api_key", role: "credential", source: "huggingface_hub 2.0.0 InferenceClient(api_key=…), as JavaScript ports of its snippets write it" },
  { key: "token", role: "credential", source: "@gradio/client 2.7.0 ClientOptions.token; cohere-ai 8.1.0 CohereClient({ token })" },
  { key: "accessToken", role: "credential", source: "@huggingface/inference 4.13.30 and @huggingface/hub 2.17.5 (`accessToken`, `credentials.accessToken`)" },
  { key: "access_token", role: "credential", source: "OAuth 2.0 (RFC 6749 section 5.1) `access_token`, as token responses are passed on" },
  { key: "authToken", role: "credential", source: "@anthropic-ai/sdk 1.17.0 client.d.ts ClientOptions.authToken" },
  { key: "auth", role: "credential", source: "replicate 1.4.0 index.d.ts ClientOptions.auth" },
  { key: "openAIApiKey", role: "credential", source: "@langchain/openai 1.x ChatOpenAIFields and OpenAIEmbeddings (`openAIApiKey`, alias of `apiKey`), with the endpoint in `configuration: { baseURL }`" },
  { key: "hf_token", role: "credential", source: "@gradio/client 2.7.0 dist/types.d.ts ClientOptions.hf_token" },
  { key: "defaultHeaders", role: "headers", source: "openai 6.49.0 ClientOptions.defaultHeaders; groq-sdk 1.6.0" },
  { key: "headers", role: "headers", source: "@ai-sdk/openai-compatible 2.0.92 provider settings; ollama 0.6.4 Config.headers" },
];

/**
 * The same pairing in Python: a client given an endpoint on Hugging Face's hosts and a credential
 * in one call (`OpenAI(base_url="https://router.huggingface.co/v1", api_key="…")`) is given a token.
 */
export const PYTHON_CLIENT_OPTION_KEYS: readonly ClientOptionKey[] = [
  { key: "base_url", role: "endpoint", source: "openai-python 2.x README (`OpenAI(base_url=…, api_key=…)`); Hugging Face Inference Providers docs, OpenAI-compatible chat completion (huggingface.co/docs/inference-providers)" },
  { key: "openai_api_base", role: "endpoint", source: "langchain-openai 1.x ChatOpenAI (`openai_api_base`, alias of `base_url`)" },
  { key: "api_base", role: "endpoint", source: "litellm docs, completion() input (`api_base`, `api_key`)" },
  { key: "api_key", role: "credential", source: "openai-python 2.x README; langchain-openai 1.x ChatOpenAI; litellm completion()" },
  { key: "openai_api_key", role: "credential", source: "langchain-openai 1.x ChatOpenAI (`openai_api_key`, alias of `api_key`)" },
];

/**
 * Model names that send a call to Hugging Face through a gateway that picks the provider by the
 * name's prefix: in a Python call given such a model (by `key`, or first), and in a config object
 * that holds one (a LiteLLM proxy's `litellm_params`), the credential keys give it a Hugging Face
 * token, as an endpoint on Hugging Face's hosts does.
 */
export interface ModelRoute extends Sourced {
  readonly prefix: string;
  readonly key: string;
}

export const MODEL_ROUTES: readonly ModelRoute[] = [
  {
    prefix: "huggingface/",
    key: "model",
    source:
      'LiteLLM docs, providers/huggingface (`completion(model="huggingface/<provider>/<model>", messages, api_key=…)`); CrewAI `LLM(model="huggingface/…", api_key=…)` and DSPy `dspy.LM("huggingface/…", api_key=…)`, which call LiteLLM',
  },
];

/**
 * Error-tracking and analytics SDKs: what their functions are given is sent to the vendor's
 * service, a host that is not Hugging Face's. Called through the module (`Sentry.setContext(…)`,
 * `posthog.capture(…)`) or a function imported from it (`import { track } from "@vercel/analytics"`).
 */
export interface TelemetrySdk extends Sourced {
  readonly vendor: string;
  readonly packages: readonly string[];
  readonly methods: readonly string[];
  /** Where the data goes, for the message. */
  readonly host: string;
}

const SENTRY_PACKAGES = ["browser", "node", "react", "nextjs", "vue", "svelte", "sveltekit", "remix", "astro", "nuxt", "angular", "bun", "deno", "cloudflare", "electron", "react-native", "aws-serverless", "google-cloud-serverless", "solid", "solidstart", "ember", "gatsby", "vercel-edge"].map((name) => `@sentry/${name}`);

export const TELEMETRY_SDKS: readonly TelemetrySdk[] = [
  {
    vendor: "Sentry",
    packages: SENTRY_PACKAGES,
    methods: ["captureException", "captureMessage", "captureEvent", "setContext", "setExtra", "setExtras", "setTag", "setTags", "setUser", "addBreadcrumb"],
    host: "sentry.io",
    source: "Sentry JavaScript SDK docs (docs.sentry.io/platforms/javascript): Capturing Errors (`captureException`, `captureMessage`), Enriching Events (`setContext`, `setExtra`, `setTag`, `setUser`, `addBreadcrumb`), the same API in every @sentry/* framework package",
  },
  {
    vendor: "PostHog",
    packages: ["posthog-js"],
    methods: ["capture", "identify", "register", "register_once", "setPersonProperties", "group", "alias"],
    host: "posthog.com",
    source: "posthog-js docs (posthog.com/docs/libraries/js): `posthog.capture(event, properties)`, `identify`, `register`, `setPersonProperties`, `group`, `alias`",
  },
  {
    vendor: "Mixpanel",
    packages: ["mixpanel-browser"],
    methods: ["track", "identify", "register", "register_once", "alias", "track_links", "track_forms"],
    host: "mixpanel.com",
    source: "mixpanel-browser docs (docs.mixpanel.com/docs/tracking-methods/sdks/javascript): `mixpanel.track(event, properties)`, `identify`, `register`, `alias`",
  },
  {
    vendor: "Amplitude",
    packages: ["@amplitude/analytics-browser", "@amplitude/analytics-node"],
    methods: ["track", "identify", "setUserId", "logEvent"],
    host: "amplitude.com",
    source: "Amplitude Browser SDK 2 and Node SDK docs (amplitude.com/docs/sdks/analytics): `track(eventType, eventProperties)`, `identify`, `setUserId`",
  },
  {
    vendor: "LogRocket",
    packages: ["logrocket"],
    methods: ["identify", "track", "captureMessage", "captureException"],
    host: "logrocket.com",
    source: "LogRocket browser SDK docs (docs.logrocket.com/reference): `LogRocket.identify(uid, traits)`, `track`, `captureMessage`, `captureException`",
  },
  {
    vendor: "Bugsnag",
    packages: ["@bugsnag/js", "@bugsnag/browser", "@bugsnag/node"],
    methods: ["notify", "addMetadata", "leaveBreadcrumb", "setUser"],
    host: "bugsnag.com",
    source: "BugSnag JavaScript docs (docs.bugsnag.com/platforms/javascript): `Bugsnag.notify(error)`, `addMetadata(section, values)`, `leaveBreadcrumb(message, metadata)`, `setUser`",
  },
  {
    vendor: "Vercel Web Analytics",
    packages: ["@vercel/analytics"],
    methods: ["track"],
    host: "vercel.com",
    source: "Vercel Web Analytics docs, custom events (vercel.com/docs/analytics/custom-events): `track(name, properties)` from @vercel/analytics (and @vercel/analytics/server)",
  },
];

/**
 * Provider names that say Hugging Face in the options of clients and configs for every provider
 * (`provider: "huggingface"`): the credential keys beside one are a Hugging Face token's.
 */
export const HUGGING_FACE_PROVIDER_NAMES: readonly (Sourced & { readonly name: string })[] = [
  { name: "huggingface", source: "Vercel AI SDK provider registry (@ai-sdk/huggingface `huggingface`); LiteLLM providers (`huggingface`); Portkey providers; pydantic-ai `huggingface:` models" },
  { name: "hugging-face", source: "spellings of the same provider in configs (kebab case)" },
  { name: "hugging_face", source: "spellings of the same provider in configs (snake case)" },
  { name: "hf", source: "spellings of the same provider in configs (short form)" },
  { name: "hf-inference", source: "Hugging Face Inference Providers docs (`provider=\"hf-inference\"`, Hugging Face's own provider)" },
  { name: "huggingface-inference-api", source: "Continue config schema (core/config, `provider: \"huggingface-inference-api\"`) and Continue docs, Hugging Face Inference API (`apiKey`)" },
  { name: "huggingface-tgi", source: "Continue config schema (`provider: \"huggingface-tgi\"`, a Text Generation Inference server)" },
];

/**
 * Objects a request is given that the code fills by calling their methods (`headers.set(name,
 * value)`): what those calls give them is what they hold, and what a request given them sends.
 */
export interface FilledObject extends Sourced {
  /** The constructor: `new Headers()`. */
  readonly constructorName: string;
  /** The methods that put a value in, and which argument is the value. */
  readonly methods: readonly string[];
  readonly valueArgument: number;
}

export const FILLED_OBJECTS: readonly FilledObject[] = [
  { constructorName: "Headers", methods: ["set", "append"], valueArgument: 1, source: "Fetch Standard, the Headers class (fetch.spec.whatwg.org/#headers-class)" },
  { constructorName: "URLSearchParams", methods: ["set", "append"], valueArgument: 1, source: "URL Standard, the URLSearchParams class (url.spec.whatwg.org/#interface-urlsearchparams)" },
  { constructorName: "FormData", methods: ["set", "append"], valueArgument: 1, source: "XMLHttpRequest Standard, the FormData interface (xhr.spec.whatwg.org/#interface-formdata)" },
];
