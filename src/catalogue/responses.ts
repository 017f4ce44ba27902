import { codeql } from "./sources";
import type { Sourced } from "./sources";

/**
 * What a server sends back to whoever calls it: response bodies and cookies, after CodeQL's
 * response-send models (`Http::ResponseSendArgument`) and cookie definitions, plus the web
 * platform's and meta-frameworks' helpers. A token given to one reaches the client.
 */
export interface ResponseApi extends Sourced {
  /** How the code writes it. */
  readonly form: "method" | "property-write" | "constructor" | "static" | "function";
  /** The names the code gives the response object (`res`, `reply`, `ctx`), or the class / function. */
  readonly receivers: readonly string[];
  /** Methods, properties written, or static methods; empty for a constructor or a function. */
  readonly names: readonly string[];
  /** Which argument is sent; `last` for Micro's `send(res, status, data)`. */
  readonly argument: number | "last";
  readonly framework: string;
  /** For a bare function: the packages it must be imported from (`json` is anything's name elsewhere). */
  readonly packages?: readonly string[];
}

/** Names route handlers give the Node/Express/Vercel response object. */
const NODE_RESPONSES = ["res", "response", "resp"];

export const RESPONSE_APIS: readonly ResponseApi[] = [
  { form: "method", receivers: NODE_RESPONSES, names: ["write", "end"], argument: 0, framework: "Node http (also Express, Connect, Next.js API routes)", source: codeql("NodeJSLib.qll", 367) },
  { form: "method", receivers: NODE_RESPONSES, names: ["send", "json", "jsonp"], argument: 0, framework: "Express, Vercel functions", source: `${codeql("Express.qll", 776)}; ${codeql("VercelNode.qll", 147)}` },
  { form: "method", receivers: NODE_RESPONSES, names: ["cookie"], argument: 1, framework: "Express (a cookie)", source: codeql("Express.qll", 821) },
  { form: "method", receivers: NODE_RESPONSES, names: ["sendRaw"], argument: 0, framework: "Restify", source: codeql("Restify.qll", 314) },
  { form: "method", receivers: ["reply"], names: ["send"], argument: 0, framework: "Fastify", source: codeql("Fastify.qll", 326) },
  { form: "property-write", receivers: ["ctx", "context"], names: ["body"], argument: 0, framework: "Koa (`ctx.body =`, `ctx.response.body =`)", source: codeql("Koa.qll", 408) },
  { form: "function", receivers: ["send", "sendError"], names: [], argument: "last", framework: "Micro (`send(res, status, data)`)", packages: ["micro"], source: codeql("Micro.qll", 102) },
  { form: "constructor", receivers: ["Response", "NextResponse"], names: [], argument: 0, framework: "web Response, Next.js", source: codeql("WebResponse.qll", 104) },
  { form: "static", receivers: ["Response", "NextResponse"], names: ["json"], argument: 0, framework: "web Response.json, Next.js route handlers", source: "Fetch Standard (fetch.spec.whatwg.org/#dom-response-json); nextjs.org/docs/app/api-reference/functions/next-response#json: not modelled by CodeQL" },
  { form: "function", receivers: ["json"], names: [], argument: 0, framework: "SvelteKit (`json` from @sveltejs/kit)", packages: ["@sveltejs/kit"], source: "svelte.dev/docs/kit/@sveltejs-kit#json" },
  { form: "function", receivers: ["json", "data"], names: [], argument: 0, framework: "Remix, React Router (`json`, `data`)", packages: ["@remix-run/node", "@remix-run/cloudflare", "@remix-run/deno", "react-router"], source: "remix.run/docs/en/main/utils/json; reactrouter.com/api/utils/data" },
  { form: "method", receivers: ["c"], names: ["json", "text", "html", "body"], argument: 0, framework: "Hono", source: "hono.dev/docs/api/context#json" },
  // Data given to a server-rendered template is written into the page it renders.
  { form: "method", receivers: NODE_RESPONSES, names: ["render"], argument: 1, framework: "Express (template data: `res.render(view, locals)`)", source: `${codeql("Express.qll")} (TemplateInput, an Http::ResponseBody)` },
  { form: "method", receivers: ["reply"], names: ["view", "viewAsync"], argument: 1, framework: "Fastify with @fastify/view (template data)", source: "github.com/fastify/point-of-view README (`reply.view(template, data)`): not modelled by CodeQL" },
  { form: "method", receivers: ["h"], names: ["view"], argument: 1, framework: "Hapi with @hapi/vision (template context)", source: "hapi.dev/module/vision/api (`h.view(template, context)`): not modelled by CodeQL" },
  { form: "method", receivers: ["ctx"], names: ["render"], argument: 1, framework: "Koa with koa-views or @koa/ejs (template locals)", source: "github.com/queckezz/koa-views README (`ctx.render(view, locals)`): not modelled by CodeQL" },
  { form: "method", receivers: ["h"], names: ["response"], argument: 0, framework: "Hapi (`h.response(value)`)", source: `${codeql("Hapi.qll")}; hapi.dev/api/#h.response()` },
  // Response headers reach whoever called the endpoint, as the body does.
  { form: "method", receivers: NODE_RESPONSES, names: ["setHeader", "appendHeader"], argument: 1, framework: "Node http (a response header)", source: `${codeql("NodeJSLib.qll")} (SetHeader, an Http::HeaderDefinition); nodejs.org/api/http.html#responsesetheadername-value` },
  { form: "method", receivers: NODE_RESPONSES, names: ["writeHead"], argument: "last", framework: "Node http (`writeHead(status, [message], headers)`)", source: `${codeql("NodeJSLib.qll")} (WriteHead, an Http::HeaderDefinition)` },
  { form: "method", receivers: NODE_RESPONSES, names: ["set", "header", "append"], argument: 1, framework: "Express, Restify (a response header)", source: `${codeql("Express.qll")} (SetOneHeader, AppendHeader); ${codeql("Restify.qll")} (HeaderDefinition)` },
  { form: "method", receivers: ["reply"], names: ["header"], argument: 1, framework: "Fastify (a response header)", source: `${codeql("Fastify.qll")} (SetOneHeader)` },
  { form: "method", receivers: ["reply"], names: ["headers"], argument: 0, framework: "Fastify (response headers, as an object)", source: `${codeql("Fastify.qll")} (SetMultipleHeaders)` },
  { form: "method", receivers: ["ctx"], names: ["set", "append"], argument: 1, framework: "Koa (a response header)", source: `${codeql("Koa.qll")} (HeaderDefinition); koajs.com/#response-set-field-value` },
];

/**
 * Frameworks that send what a route handler returns as the response body: a token the handler
 * returns reaches whoever calls the route. Express ignores what a handler returns, so each entry
 * says how the code shows it is the framework's.
 */
export interface RouteHandlerReturn extends Sourced {
  readonly framework: string;
  /**
   * How a handler is registered: `method` for `fastify.get(path, [options], handler)` (the last
   * argument), `route-object` for `server.route({ method, path, handler })` (one object or an
   * array of them), `decorator` for a class method under one of `names`.
   */
  readonly form: "method" | "route-object" | "decorator";
  /** Route methods, or the method decorators (`Get`, `Post`, …). */
  readonly names: readonly string[];
  /** Packages a file must import for `names` to mean this framework's; a receiver named in `receivers` needs none. */
  readonly packages: readonly string[];
  /** What a plugin or module names the instance it registers routes on, when it imports nothing (`fastify` in a Fastify plugin). */
  readonly receivers: readonly string[];
  /** Decorators on a handler's parameter that take over the response, so its return is not sent (unless `{ passthrough: true }`). */
  readonly takeOver?: readonly string[];
}

export const ROUTE_HANDLER_RETURNS: readonly RouteHandlerReturn[] = [
  {
    framework: "Fastify",
    form: "method",
    names: ["get", "head", "post", "put", "delete", "options", "patch", "all"],
    packages: ["fastify", "fastify-plugin"],
    receivers: ["fastify"],
    source: `${codeql("Fastify.qll")} (RouteSetup, ResponseSendArgument: a route handler's return); fastify.dev/docs/latest/Reference/Routes/#async-await`,
  },
  {
    framework: "Fastify, Hapi",
    form: "route-object",
    names: ["route"],
    packages: ["fastify", "fastify-plugin", "@hapi/hapi", "hapi"],
    receivers: ["fastify", "server"],
    source: `${codeql("Fastify.qll")} (FullRoutingTreeSetup); ${codeql("Hapi.qll")} (RouteSetup, HandlerReturn); hapi.dev/api/#server.route()`,
  },
  {
    framework: "NestJS",
    form: "decorator",
    names: ["Get", "Post", "Put", "Delete", "Patch", "Options", "Head", "All", "Search"],
    packages: ["@nestjs/common"],
    receivers: [],
    takeOver: ["Res", "Response", "Next"],
    source: `${codeql("Nest.qll")} (NestJSRouteHandler, ReturnValueAsResponseSend); docs.nestjs.com/controllers (a handler's return is serialized as the response unless it injects \`@Res()\` without \`passthrough\`)`,
  },
];

/**
 * Directives that make a function callable from the browser: what such a function returns is
 * serialized and sent to the client that called it.
 */
export interface ServerFunctionDirective extends Sourced {
  readonly directive: string;
  readonly framework: string;
}

export const SERVER_FUNCTION_DIRECTIVES: readonly ServerFunctionDirective[] = [
  {
    directive: "use server",
    framework: "React Server Functions (Next.js Server Actions, React Router, Waku)",
    source: "react.dev/reference/rsc/use-server (a file's exported functions, or a function whose body starts with the directive; arguments and return values are serialized between server and client); nextjs.org/docs/app/api-reference/directives/use-server: not modelled by CodeQL",
  },
];

/**
 * Functions a framework calls on the server and whose return value it sends to the browser with
 * the page: what they return at `path` reaches every visitor.
 */
export interface PageDataFunction extends Sourced {
  readonly name: string;
  readonly framework: string;
  /** Where in the returned object the page's data is; empty for the whole value. */
  readonly path: readonly string[];
  /** Only in these files; elsewhere the name means anything. */
  readonly files?: RegExp;
}

export const PAGE_DATA_FUNCTIONS: readonly PageDataFunction[] = [
  { name: "getServerSideProps", framework: "Next.js pages router", path: ["props"], source: "nextjs.org/docs/pages/building-your-application/data-fetching/get-server-side-props" },
  { name: "getStaticProps", framework: "Next.js pages router", path: ["props"], source: "nextjs.org/docs/pages/building-your-application/data-fetching/get-static-props" },
  { name: "load", framework: "SvelteKit (`+page.server`, `+layout.server` and universal `load`)", path: [], files: /(?:^|[\\/])\+(?:page|layout)(?:\.server)?\.[cm]?[jt]s$/, source: "svelte.dev/docs/kit/load: the returned data is serialized to the browser" },
  { name: "loader", framework: "Remix, React Router framework mode", path: [], source: "remix.run/docs/en/main/route/loader; reactrouter.com/start/framework/data-loading" },
  { name: "clientLoader", framework: "React Router framework mode", path: [], source: "reactrouter.com/start/framework/data-loading#client-data-loading" },
];

/**
 * Real-time servers: what a connected client's socket is given by these methods, in the server's
 * `connection` handler, is sent to that client (a browser, for a web app).
 */
export interface RealtimeServer extends Sourced {
  /** The packages the server is made from. */
  readonly packages: readonly string[];
  /** Its constructors (`new Server(…)`, `new WebSocket.Server(…)`), and whether the package's default export is called to make one (`require("socket.io")(http)`). */
  readonly constructors: readonly string[];
  readonly calledDefault: boolean;
  /** The event whose handler is given the connected client's socket first. */
  readonly event: string;
  /** The socket's methods that send to the client, and from which argument on they send. */
  readonly sends: ReadonlyArray<{ readonly method: string; readonly from: number }>;
}

export const REALTIME_SERVERS: readonly RealtimeServer[] = [
  {
    packages: ["socket.io"],
    constructors: ["Server"],
    calledDefault: true,
    event: "connection",
    sends: [{ method: "emit", from: 1 }, { method: "send", from: 0 }],
    source: `${codeql("SocketIO.qll")} (server side: a connected socket's \`emit\` and \`send\`); socket.io 4 server API (socket.io/docs/v4/server-api/#socketemiteventname-args)`,
  },
  {
    packages: ["ws"],
    constructors: ["WebSocketServer", "Server"],
    calledDefault: false,
    event: "connection",
    sends: [{ method: "send", from: 0 }],
    source: "ws 8 docs, doc/ws.md (github.com/websockets/ws: WebSocketServer's 'connection' event, websocket.send)",
  },
];
