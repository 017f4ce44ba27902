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
