import rule from "../../src/rules/no-token-to-client";
import { ruleDocsUrl } from "../../src/util/create-rule";
import { createRuleTester } from "../helpers/rule-tester";
import { makeToken } from "../helpers/tokens";

const ruleTester = createRuleTester();
const docsUrl = ruleDocsUrl("no-token-to-client");
const TOKEN = makeToken(515);

const inResponse = (api: string, source = "HF_TOKEN") => ({ messageId: "tokenInResponse", data: { api, source, docsUrl } }) as const;
const pageData = (api: string, source = "HF_TOKEN") => ({ messageId: "tokenInPageData", data: { api, source, docsUrl } }) as const;
const returned = (api: string, source = "HF_TOKEN") => ({ messageId: "tokenReturnedInResponse", data: { api, source, docsUrl } }) as const;
const serverFunction = (api: string, source = "HF_TOKEN") => ({ messageId: "tokenReturnedByServerFunction", data: { api, source, docsUrl } }) as const;
const pushed = (api: string, source = "HF_TOKEN") => ({ messageId: "tokenPushedToClient", data: { api, source, docsUrl } }) as const;
const stored = (api: string, source = "HF_TOKEN") => ({ messageId: "tokenInClientStorage", data: { api, source, docsUrl } }) as const;

ruleTester.run("no-token-to-client", rule, {
  valid: [
    // A connection handler of what is no real-time server, or that sends nothing of the token.
    `import { EventEmitter } from "node:events";\nconst bus = new EventEmitter();\nbus.on("connection", (socket) => socket.emit("token", process.env.HF_TOKEN));`,
    `import { Server } from "socket.io";\nconst io = new Server();\nio.on("connection", (socket) => socket.emit("HF_TOKEN", Boolean(process.env.HF_TOKEN)));`,
    `import { WebSocket } from "ws";\nconst client = new WebSocket("wss://example.net");\nclient.on("connection", (ws) => ws.send(process.env.HF_TOKEN));`,
    // The server uses the token and returns the result.
    `app.get("/chat", async (req, res) => { const out = await hf.chatCompletion({ accessToken: process.env.HF_TOKEN }); res.json(out); });`,
    `res.json({ ok: Boolean(process.env.HF_TOKEN) });`,
    `res.send({ configured: process.env.HF_TOKEN !== undefined });`,
    `return new Response(JSON.stringify({ model: "gpt2" }));`,
    `localStorage.setItem("theme", "dark");`,
    `document.cookie = "theme=dark";`,
    // Not a response or a storage: a client's own `res.json()` and another object's `send`.
    `const res = await fetch(url, { headers: { Authorization: \`Bearer \${process.env.HF_TOKEN}\` } }); const data = await res.json();`,
    `socket.send(process.env.HF_TOKEN);`,
    // \`json\` that is not SvelteKit's.
    `function json(x) { return x; } json(process.env.HF_TOKEN);`,
    // Page data that does not carry the token; a \`load\` outside SvelteKit's route files.
    "export async function getServerSideProps() { const out = await infer(process.env.HF_TOKEN); return { props: { out } }; }",
    { code: "export async function load() { return { token: process.env.HF_TOKEN }; }", filename: "src/lib/loaders.js" },
    // A masked form.
    `res.json({ token: process.env.HF_TOKEN?.slice(0, 4) });`,
    // Express does not send what a handler returns; Fastify does, but this one returns no token.
    `const express = require("express");\nconst app = express();\napp.get("/t", (req, res) => process.env.HF_TOKEN);`,
    `import Fastify from "fastify";\nconst app = Fastify();\napp.get("/t", async () => ({ ready: Boolean(process.env.HF_TOKEN) }));`,
    // Not a route: another object's \`get\` with a callback, in a file that is not Fastify's.
    `cache.get("hf", () => process.env.HF_TOKEN);`,
    // A Hapi-like route object without a method is no route.
    `server.route({ path: "/t", handler: () => process.env.HF_TOKEN });`,
    // Route options in a variable that is written again are not read: which object the route gets is not known.
    `import Fastify from "fastify";\nconst app = Fastify();\nlet opts = { handler: async () => process.env.HF_TOKEN };\nopts = { handler: async () => "ok" };\napp.get("/t", opts);`,
    // A map's \`get\` given a \`const\` that holds no route options, in a Fastify file.
    `import Fastify from "fastify";\nconst app = Fastify();\nconst fallback = { token: process.env.HF_TOKEN };\nconst cache = new Map();\ncache.get("hf", fallback);`,
    // NestJS: a handler that writes the response itself (\`@Res()\`) does not send its return; a \`Get\` decorator not from Nest.
    {
      code: `import { Controller, Get, Res } from "@nestjs/common";\n@Controller()\nexport class TokenController {\n  @Get("t")\n  token(@Res() res: unknown) { return process.env.HF_TOKEN; }\n}`,
      filename: "token.controller.ts",
    },
    {
      code: `import { Get } from "./decorators";\nexport class Jobs {\n  @Get()\n  token() { return process.env.HF_TOKEN; }\n}`,
      filename: "jobs.ts",
    },
    // Server functions: the same function without the directive, a directive after a statement, a result that is not the token.
    `export async function getToken() { return process.env.HF_TOKEN; }`,
    `import { infer } from "./hf";\n"use server";\nexport async function getToken() { return process.env.HF_TOKEN; }`,
    `"use server";\nexport async function chat(q) { const out = await infer(process.env.HF_TOKEN, q); return out; }`,
    `"use server";\nfunction notExported() { return process.env.HF_TOKEN; }\nexport async function ping() { return "ok"; }`,
    // A header or template that carries no token.
    `res.setHeader("Content-Type", "application/json");`,
    `res.render("chat", { model: "gpt2", ready: Boolean(process.env.HF_TOKEN) });`,
  ],
  invalid: [
    // What a real-time server sends a connected client (src/catalogue/responses.ts).
    {
      code: `import { Server } from "socket.io";\nconst io = new Server(httpServer);\nio.on("connection", (socket) => {\n  socket.emit("ready", { model: "gpt2" });\n  socket.emit("config", { hfToken: process.env.HF_TOKEN });\n});`,
      errors: [{ ...pushed("socket.io socket.emit"), line: 5 }],
    },
    {
      code: `const WebSocket = require("ws");\nconst wss = new WebSocket.Server({ port: 8080 });\nwss.on("connection", function (ws) { ws.send(JSON.stringify({ token: process.env.HF_TOKEN })); });`,
      errors: [pushed("ws socket.send")],
    },
    {
      code: `import { Server } from "socket.io";\nconst io = new Server();\nio.of("/chat").on("connection", (socket) => socket.send(process.env.HF_TOKEN));`,
      errors: [pushed("socket.io socket.send")],
    },
    { code: `app.get("/token", (req, res) => res.json({ token: process.env.HF_TOKEN }));`, errors: [inResponse("res.json")] },
    { code: `export default function handler(req, res) { res.status(200).send(process.env.HF_TOKEN); }`, errors: [inResponse("res.send")] },
    { code: `reply.code(201).header("x", "y").send({ key: process.env.HF_API_KEY });`, errors: [inResponse("reply.send", "HF_API_KEY")] },
    { code: `res.end(JSON.stringify({ key: process.env.HF_TOKEN }));`, errors: [inResponse("res.end")] },
    { code: `response.write(process.env.HUGGINGFACEHUB_API_TOKEN);`, errors: [inResponse("response.write", "HUGGINGFACEHUB_API_TOKEN")] },
    { code: `res.cookie("hf", process.env.HF_TOKEN, { httpOnly: true });`, errors: [inResponse("res.cookie")] },
    { code: `fastify.get("/", async (request, reply) => { reply.send({ token: process.env.HF_TOKEN }); });`, errors: [inResponse("reply.send")] },
    { code: `router.get("/", (ctx) => { ctx.body = { token: process.env.HF_TOKEN }; });`, errors: [inResponse("ctx.body")] },
    { code: `router.get("/", (ctx) => { ctx.response.body = process.env.HF_TOKEN; });`, errors: [inResponse("ctx.body")] },
    { code: `export async function GET() { return Response.json({ token: process.env.HF_TOKEN }); }`, errors: [inResponse("Response.json")] },
    { code: `export async function GET() { return NextResponse.json({ token: process.env.HF_TOKEN }); }`, errors: [inResponse("NextResponse.json")] },
    { code: `export async function GET() { return new Response(process.env.HF_TOKEN); }`, errors: [inResponse("new Response")] },
    {
      code: `import { json } from "@sveltejs/kit";\nimport { env } from "$env/dynamic/private";\nexport function GET() { return json({ token: env.HF_TOKEN }); }`,
      errors: [inResponse("json")],
    },
    {
      code: `import { json } from "@sveltejs/kit";\nimport { HF_TOKEN } from "$env/static/private";\nexport const GET = () => json({ HF_TOKEN });`,
      errors: [inResponse("json")],
    },
    { code: `const { send } = require("micro");\nmodule.exports = (req, res) => send(res, 200, { token: process.env.HF_TOKEN });`, errors: [inResponse("send")] },
    { code: `app.get("/", (c) => c.json({ token: process.env.HF_TOKEN }));`, errors: [inResponse("c.json")] },
    // Through the value flow: a config object and a helper.
    {
      code: `const config = { hf: { token: process.env.HF_TOKEN } };\nfunction settings() { return { token: config.hf.token }; }\nres.json(settings());`,
      errors: [inResponse("res.json")],
    },
    // Page data: what the framework sends to the browser with the page.
    {
      code: "export async function getServerSideProps() {\n  return { props: { hfToken: process.env.HF_TOKEN, model: 'gpt2' } };\n}",
      errors: [pageData("getServerSideProps")],
    },
    {
      code: 'import { env } from "$env/dynamic/private";\nexport const load = async () => ({ session: { token: env.HF_TOKEN } });',
      filename: "src/routes/chat/+page.server.ts",
      errors: [pageData("load")],
    },
    {
      code: 'import { json } from "@remix-run/node";\nexport async function loader() {\n  return json({ ENV: { HF_TOKEN: process.env.HF_TOKEN } });\n}',
      errors: [inResponse("json")],
    },
    {
      code: "const settings = () => ({ token: process.env.HF_TOKEN });\nexport async function loader() {\n  return settings();\n}",
      errors: [pageData("loader")],
    },
    // What a route handler returns, where the framework sends it (Fastify, Hapi, NestJS).
    {
      code: `import Fastify from "fastify";\nconst app = Fastify();\napp.get("/config", async () => ({ hfToken: process.env.HF_TOKEN }));`,
      errors: [returned("Fastify route app.get")],
    },
    {
      code: `export default async function routes(fastify) {\n  fastify.post("/t", { schema: {} }, async function () {\n    return { token: process.env.HF_TOKEN };\n  });\n}`,
      errors: [returned("Fastify route fastify.post")],
    },
    {
      code: `const app = require("fastify")({ logger: true });\nfunction settings() { return { token: process.env.HF_TOKEN }; }\napp.get("/s", { handler: settings });`,
      errors: [returned("Fastify route app.get")],
    },
    {
      code: `const Hapi = require("@hapi/hapi");\nconst server = Hapi.server({ port: 3000 });\nserver.route({ method: "GET", path: "/t", handler: (request, h) => ({ token: process.env.HF_TOKEN }) });`,
      errors: [returned("Fastify, Hapi route server.route")],
    },
    {
      code: `exports.plugin = {\n  name: "t",\n  register(server) {\n    server.route([{ method: "GET", path: "/a", options: { handler: tokenOf } }]);\n  },\n};\nfunction tokenOf() { return process.env.HF_TOKEN; }`,
      errors: [returned("Fastify, Hapi route server.route")],
    },
    // Route options and routes kept in a \`const\` before they are registered.
    {
      code: `import Fastify from "fastify";\nconst app = Fastify();\nconst tokenRoute = { schema: {}, handler: async () => ({ token: process.env.HF_TOKEN }) };\napp.get("/t", tokenRoute);`,
      errors: [returned("Fastify route app.get")],
    },
    {
      code: `const Hapi = require("@hapi/hapi");\nconst server = Hapi.server();\nconst routes = [{ method: "GET", path: "/t", handler: () => process.env.HF_TOKEN }];\nserver.route(routes);`,
      errors: [returned("Fastify, Hapi route server.route")],
    },
    {
      code: `import Hapi from "@hapi/hapi";\nconst options = { handler: () => ({ token: process.env.HF_TOKEN }) };\nconst health = { method: "GET", path: "/h", options };\nexport function register(server) {\n  server.route([health]);\n}`,
      errors: [returned("Fastify, Hapi route server.route")],
    },
    {
      code: `import { Controller, Get, Post, Res } from "@nestjs/common";\n@Controller("hf")\nexport class HfController {\n  @Get("token")\n  token() { return { token: process.env.HF_TOKEN }; }\n  @Post("echo")\n  async echo(@Res({ passthrough: true }) res: unknown) { return process.env.HF_TOKEN; }\n}`,
      filename: "hf.controller.ts",
      errors: [returned("NestJS handler @Get() token"), returned("NestJS handler @Post() echo")],
    },
    // Server functions ("use server"): React sends what they return to the browser that calls them.
    {
      code: `"use server";\nexport async function getToken() { return process.env.HF_TOKEN; }\nexport const settings = async () => ({ token: process.env.HF_TOKEN });\nasync function hidden() { return process.env.HF_TOKEN; }\nexport { hidden as exposed };\nexport default async function main() { return { key: process.env.HF_TOKEN }; }`,
      errors: [serverFunction('getToken() ("use server")'), serverFunction('settings() ("use server")'), serverFunction('exposed() ("use server")'), serverFunction('default() ("use server")')],
    },
    {
      code: `export default function Page() {\n  async function load() {\n    "use server";\n    return { token: process.env.HF_TOKEN };\n  }\n  return <form action={load} />;\n}`,
      errors: [serverFunction('load() ("use server")')],
    },
    // Response headers and server-rendered template data.
    { code: `res.setHeader("X-HF-Token", process.env.HF_TOKEN);`, errors: [inResponse("res.setHeader")] },
    { code: `res.writeHead(200, { "x-token": process.env.HF_TOKEN });`, errors: [inResponse("res.writeHead")] },
    { code: `res.status(200).set("X-Token", process.env.HF_TOKEN).end();`, errors: [inResponse("res.set")] },
    { code: `reply.headers({ "x-token": process.env.HF_TOKEN }).send("ok");`, errors: [inResponse("reply.headers")] },
    { code: `router.get("/", (ctx) => { ctx.set("X-Token", process.env.HF_TOKEN); });`, errors: [inResponse("ctx.set")] },
    { code: `app.get("/chat", (req, res) => res.render("chat", { token: process.env.HF_TOKEN }));`, errors: [inResponse("res.render")] },
    { code: `fastify.get("/", (request, reply) => reply.view("index.ejs", { token: process.env.HF_TOKEN }));`, errors: [inResponse("reply.view")] },
    { code: `const handler = (request, h) => h.response({ token: process.env.HF_TOKEN });`, errors: [inResponse("h.response")] },
    // Browser storage and cookies.
    { code: `localStorage.setItem("hf_token", import.meta.env.VITE_HF_TOKEN);`, errors: [stored("localStorage.setItem", "VITE_HF_TOKEN")] },
    { code: `window.sessionStorage.setItem("t", process.env.HF_TOKEN);`, errors: [stored("sessionStorage.setItem")] },
    { code: `localStorage.hfToken = process.env.HF_TOKEN;`, errors: [stored("localStorage.hfToken")] },
    { code: "document.cookie = `hf=${process.env.HF_TOKEN}`;", errors: [stored("document.cookie")] },
    { code: `Cookies.set("hf", process.env.HF_TOKEN);`, errors: [stored("Cookies.set")] },
    { code: `(await cookies()).set("hf", process.env.HF_TOKEN);`, errors: [stored("cookies.set")] },
    { code: `const token = "${TOKEN}";\nlocalStorage.setItem("hf", token);`, errors: [stored("localStorage.setItem", "token")] },
  ],
});
