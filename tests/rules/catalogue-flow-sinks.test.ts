import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { BUILD_INLINING_TABLE } from "../../src/catalogue/build-inlining";
import { ENV_LOADERS } from "../../src/catalogue/env-loaders";
import { CLIENT_STORAGE_TABLE } from "../../src/catalogue/client-storage";
import { HUGGING_FACE_HOST_TABLE } from "../../src/catalogue/hosts";
import { CALLED_LOGGERS, LOGGERS, LOGGING_MODULES, OUTPUT_STREAMS, TEXT_STYLING_MODULES } from "../../src/catalogue/loggers";
import { PUBLIC_ENV_PREFIX_TABLE } from "../../src/catalogue/public-env";
import { CLIENT_OPTION_KEYS, CONNECTION_APIS, REQUEST_APIS, TELEMETRY_SDKS } from "../../src/catalogue/requests";
import { PAGE_DATA_FUNCTIONS, REALTIME_SERVERS, RESPONSE_APIS, ROUTE_HANDLER_RETURNS, SERVER_FUNCTION_DIRECTIVES } from "../../src/catalogue/responses";
import tsParser from "@typescript-eslint/parser";
import plugin from "../../src/index";

/*
 * The catalogue's flow sinks, walked: for every entry, a generated use that gives it a token is
 * reported by its rule, and the same use with an unrelated value (or aimed at Hugging Face, for
 * requests) is not. A table entry the rules do not read fails here.
 */
const config: Linter.Config[] = [{ plugins: { "hf-secrets": plugin as never }, rules: Object.fromEntries(Object.keys(plugin.rules).filter((name) => name !== "token-usage-inventory" && name !== "no-hardcoded-token").map((name) => [`hf-secrets/${name}`, "error"])) }];

function ruleIds(code: string, filename = "use.js"): string[] {
  return new Linter({ configType: "flat" }).verify(code, config, { filename }).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

const TOKEN = "process.env.HF_TOKEN";
const UNRELATED = "process.env.PORT";
const OTHER_HOST = "https://collector.example.net/v1";
const HF_HOST = "https://router.huggingface.co/v1";

describe("requests (src/catalogue/requests.ts)", () => {
  const uses = REQUEST_APIS.flatMap((api) => {
    const send = (call: string) => (host: string, value: string) => `${call}("${host}?token=" + ${value});`;
    const made: Array<[string, (host: string, value: string) => string]> = [];
    if (api.opened) {
      made.push([`new ${api.callee}, open`, (host, value) => `const xhr = new ${api.callee}();\nxhr.open("POST", "${host}");\nxhr.setRequestHeader("Authorization", ${value});\nxhr.send(null);`]);
    } else if (api.constructed) {
      made.push([`new ${api.callee}`, send(`new ${api.callee}`)]);
    }
    // A form given the HTTP method first sends to its second argument: `needle("post", url, data)`.
    const sendAfterMethod = (call: string) => (host: string, value: string) => `${call}("post", "${host}", { token: ${value} });`;
    const methodFirst = new Set(api.methodFirst);
    if (api.called) made.push([`${api.callee}()`, send(api.callee)]);
    if (methodFirst.has("()")) made.push([`${api.callee}(method, url)`, sendAfterMethod(api.callee)]);
    for (const method of api.methods) {
      made.push([`${api.callee}.${method}`, method === "sendBeacon" ? (host, value) => `${api.callee}.${method}("${host}", ${value});` : send(`${api.callee}.${method}`)]);
      if (methodFirst.has(method)) made.push([`${api.callee}.${method}(method, url)`, sendAfterMethod(`${api.callee}.${method}`)]);
    }
    // Each chained method adds to what the request sends.
    for (const chained of api.chained ?? []) {
      made.push([`${api.callee}.${api.methods[0] ?? ""}(…).${chained}`, (host, value) => `${api.callee}.${api.methods[0] ?? ""}("${host}").${chained}({ key: ${value} }).end();`]);
    }
    for (const factory of api.factories) {
      made.push([`${api.callee}.${factory}`, (host, value) => `${api.callee}.${factory}({ baseURL: "${host}", prefixUrl: "${host}", headers: { Authorization: ${value} } });`]);
      // Each request method called on the instance the factory makes goes to its base URL.
      for (const method of api.methods) {
        made.push([`${api.callee}.${factory}(…).${method}`, (host, value) => `const client = ${api.callee}.${factory}({ baseURL: "${host}", prefixUrl: "${host}" });\nclient.${method}("v1/x", { token: ${value} });`]);
      }
    }
    return made.map(([name, use]) => [name, use] as const);
  });

  it.each(uses)("%s: a token sent elsewhere is reported; to Hugging Face or an unrelated value is not", (_name, use) => {
    expect(ruleIds(use(OTHER_HOST, TOKEN)), use(OTHER_HOST, TOKEN)).toEqual(["hf-secrets/no-token-to-third-party"]);
    expect(ruleIds(use(HF_HOST, TOKEN))).toEqual([]);
    expect(ruleIds(use(OTHER_HOST, UNRELATED))).toEqual([]);
  });
});

describe("Authorization headers to Hugging Face (src/catalogue/requests.ts)", () => {
  // A value that is no token's shape: only the header's place makes it one.
  const SECRET = "sk9XqLmP0aZ7vB3nR8tY1wE";
  // Each call as its client takes it, the HTTP method first where the catalogue says so: `needle("post", url, …)`.
  const calls = REQUEST_APIS.filter((api) => !api.constructed).flatMap((api) => {
    const methodFirst = new Set(api.methodFirst);
    const opening = (form: string, call: string) => (methodFirst.has(form) ? `${call}("post", ` : `${call}(`);
    return [
      ...(api.called ? [opening("()", api.callee)] : []),
      ...api.methods.filter((method) => method !== "sendBeacon").map((method) => opening(method, `${api.callee}.${method}`)),
    ];
  });
  const shapes = [
    ["in place", (call: string, host: string) => `${call}"${host}", { headers: { Authorization: "Bearer ${SECRET}" } });`],
    ["through a name", (call: string, host: string) => `const key = "${SECRET}";\n${call}"${host}", { headers: { Authorization: \`Bearer \${key}\` } });`],
  ] as const;
  const uses = calls.flatMap((call) => shapes.map(([shape, use]) => [`${call}, ${shape}`, call, use] as const));
  it.each(uses)("%s: reported to Hugging Face, not elsewhere", (_name, call, use) => {
    expect(ruleIds(use(call, HF_HOST)), use(call, HF_HOST)).toEqual(["hf-secrets/no-literal-token-assignment"]);
    expect(ruleIds(use(call, OTHER_HOST))).toEqual([]);
  });
});

describe("error-tracking and analytics SDKs (src/catalogue/requests.ts TELEMETRY_SDKS)", () => {
  // Every package with the SDK's first method, and every method with its first package, through the module and by name.
  const uses = TELEMETRY_SDKS.flatMap((sdk) => {
    const pairs = [...sdk.packages.map((name) => [name, sdk.methods[0] ?? ""] as const), ...sdk.methods.slice(1).map((method) => [sdk.packages[0] ?? "", method] as const)];
    return pairs.flatMap(([name, method]) => [
      [`${name} ${method}, through the module`, (value: string, from = name) => `import * as sdk from "${from}";\nsdk.${method}("event", { key: ${value} });`] as const,
      [`${name} ${method}, imported by name`, (value: string, from = name) => `import { ${method} } from "${from}";\n${method}("event", { key: ${value} });`] as const,
    ]);
  });
  it.each(uses)("%s: a token is sent to the vendor; an unrelated value, or the same call from another module, is not", (_name, use) => {
    expect(ruleIds(use(TOKEN)), use(TOKEN)).toEqual(["hf-secrets/no-token-to-third-party"]);
    expect(ruleIds(use(UNRELATED))).toEqual([]);
    expect(ruleIds(use(TOKEN, "./telemetry"))).toEqual([]);
  });
});

describe("connections (src/catalogue/requests.ts)", () => {
  type Use = readonly [string, (host: string, value: string) => string];
  const uses = CONNECTION_APIS.flatMap((api): Use[] => {
    const hostOf = (url: string) => new URL(url).hostname;
    const openings: Array<readonly [string, (host: string) => string]> =
      api.form === "constructor"
        ? [[`new ${api.callee}(url)`, (host) => `new ${api.callee}("${host}")`]]
        : api.form === "function"
          ? (api.packages ?? []).map((from) => [`${api.callee}(url) from ${from}`, (host: string) => `${api.callee}("${host}")`] as const)
          : api.methods.flatMap((method) => [
              [`${api.callee}.${method}(port, host)`, (host: string) => `${api.callee}.${method}(9000, "${hostOf(host)}")`] as const,
              [`${api.callee}.${method}({ host })`, (host: string) => `${api.callee}.${method}({ host: "${hostOf(host)}", port: 9000 })`] as const,
            ]);
    const head = api.packages?.[0] === undefined ? "" : `import { ${api.callee} } from "${api.packages[0]}";\n`;
    return openings.flatMap(([name, open]) =>
      api.sends.map((send): Use => {
        const before = Array.from({ length: send.from }, () => '"event"');
        return [`${name}.${send.method}`, (host, value) => `${head}const connection = ${open(host)};\nconnection.${send.method}(${[...before, `{ auth: ${value} }`].join(", ")});`];
      }),
    );
  });
  it.each(uses)("%s: a token sent elsewhere is reported; to Hugging Face or an unrelated value is not", (_name, use) => {
    expect(ruleIds(use(OTHER_HOST, TOKEN)), use(OTHER_HOST, TOKEN)).toEqual(["hf-secrets/no-token-to-third-party"]);
    expect(ruleIds(use(HF_HOST, TOKEN))).toEqual([]);
    expect(ruleIds(use(OTHER_HOST, UNRELATED))).toEqual([]);
  });
});

describe("client options (src/catalogue/requests.ts)", () => {
  const endpoints = CLIENT_OPTION_KEYS.filter((entry) => entry.role === "endpoint");
  const carriers = CLIENT_OPTION_KEYS.filter((entry) => entry.role !== "endpoint");
  const uses = endpoints.flatMap((endpoint) => carriers.map((carrier) => [endpoint.key, carrier.key, carrier.role] as const));
  it.each(uses)("%s with %s (%s)", (endpoint, carrier, role) => {
    const use = (host: string, value: string) => `const client = new Sdk({ ${endpoint}: "${host}", ${carrier}: ${role === "headers" ? `{ Authorization: ${value} }` : value} });`;
    expect(ruleIds(use(OTHER_HOST, TOKEN)), use(OTHER_HOST, TOKEN)).toEqual(["hf-secrets/no-token-to-third-party"]);
    expect(ruleIds(use(HF_HOST, TOKEN)).filter((id) => id === "hf-secrets/no-token-to-third-party")).toEqual([]);
    expect(ruleIds(use(OTHER_HOST, UNRELATED))).toEqual([]);
  });
});

describe("Hugging Face hosts (src/catalogue/hosts.ts)", () => {
  it.each(HUGGING_FACE_HOST_TABLE.map((host) => [host.pattern]))("%s may receive the token; a look-alike may not", (pattern) => {
    const host = pattern.replace("*.", "abc.");
    const use = (name: string) => `fetch("https://${name}/x", { headers: { Authorization: ${TOKEN} } });`;
    expect(ruleIds(use(host))).toEqual([]);
    expect(ruleIds(use(`${host}.example.net`))).toEqual(["hf-secrets/no-token-to-third-party"]);
  });
});

describe("loggers (src/catalogue/loggers.ts)", () => {
  const uses = [
    ...LOGGERS.flatMap((logger) => logger.methods.map((method) => `${logger.name}.${method}`)),
    ...OUTPUT_STREAMS.flatMap((output) => output.streams.map((stream) => `${output.owner}.${stream}.${output.method}`)),
    ...CALLED_LOGGERS.map((logger) => logger.name),
  ];
  it.each(uses)("%s(token) is reported; an unrelated value is not", (callee) => {
    expect(ruleIds(`${callee}("using", ${TOKEN});`)).toEqual(["hf-secrets/no-token-logging"]);
    expect(ruleIds(`${callee}("using", ${UNRELATED});`)).toEqual([]);
  });
});

describe("logging libraries under any name (src/catalogue/loggers.ts, LOGGING_MODULES)", () => {
  type Use = readonly [string, (module: string, value: string) => string];
  const uses = LOGGING_MODULES.flatMap((library): Use[] => {
    /** How the code gets a logger: the setup, and the expression that is the logger. */
    const reached: Array<readonly [string, (module: string) => string, string]> = [];
    for (const exported of library.loggers) {
      if (exported === "default") {
        reached.push(["import * as", (module) => `import * as lib from "${module}";`, "lib"]);
        reached.push(["require", (module) => `const lib = require("${module}");`, "lib"]);
      } else {
        reached.push([`import { ${exported} }`, (module) => `import { ${exported} as lib } from "${module}";`, "lib"]);
      }
    }
    for (const factory of library.factories) {
      const made = factory.form === "new" ? "new " : "";
      if (factory.name === "default") {
        reached.push(["default import, called", (module) => `import make from "${module}";\nconst made = make("ns");`, "made"]);
        reached.push(["require(…)(…)", (module) => `const made = require("${module}")("ns");`, "made"]);
      } else {
        reached.push([`{ ${factory.name} }`, (module) => `import { ${factory.name} as Make } from "${module}";\nconst made = ${made}Make({});`, "made"]);
        reached.push([`require(…).${factory.name}`, (module) => `const lib = require("${module}");\nconst made = ${made}lib.${factory.name}({});`, "made"]);
        reached.push([`${factory.name} kept in a field`, (module) => `import * as lib from "${module}";\nclass Service {\n  constructor() {\n    this.out = ${made}lib.${factory.name}({});\n  }\n}`, "this.out"]);
      }
    }
    const writes = [...library.methods.map((method) => (logger: string) => `${logger}.${method}`), ...(library.called ? [(logger: string) => logger] : [])];
    const inClass = (setup: string, line: string) => (setup.includes("class Service") ? setup.replace(/\n}$/, `\n  run() {\n    ${line}\n  }\n}`) : `${setup}\n${line}`);
    const fromReached = reached.flatMap(([how, setup, logger]): Use[] => [
      ...writes
        .filter((write) => !(logger.startsWith("this.") && write(logger) === logger))
        .map((write): Use => [`${library.module}, ${how}: ${write(logger)}(…)`, (module, value) => inClass(setup(module), `${write(logger)}("x", ${value});`)]),
      ...library.children.map((child): Use => [`${library.module}, ${how}: ${logger}.${child}(…)`, (module, value) => inClass(setup(module), `const kid = ${logger}.${child}("x");\n${writes[0]?.("kid") ?? "kid"}("x", ${value});`)]),
    ]);
    // `import { info } from "@actions/core"`: a method of a module that logs, imported by name.
    const namedMethods = library.loggers.includes("default")
      ? library.methods.map((method): Use => [`${library.module}, import { ${method} }`, (module, value) => `import { ${method} as write } from "${module}";\nwrite("x", ${value});`])
      : [];
    return [...fromReached, ...namedMethods];
  });
  it.each(uses)("%s: a token is reported once; an unrelated value, or the same code on a local module, is not", (_name, use) => {
    expect(ruleIds(use(LOGGING_MODULES.find((library) => _name.startsWith(`${library.module},`))?.module ?? "", TOKEN)), use("?", TOKEN)).toEqual(["hf-secrets/no-token-logging"]);
    expect(ruleIds(use(LOGGING_MODULES.find((library) => _name.startsWith(`${library.module},`))?.module ?? "", UNRELATED))).toEqual([]);
    expect(ruleIds(use("./local-logger", TOKEN))).toEqual([]);
  });
});

describe("text-styling libraries (src/catalogue/loggers.ts, TEXT_STYLING_MODULES)", () => {
  const use = (module: string, value: string) => `import style from "${module}";\nconsole.log(style.bold(${value}), "done");`;
  it.each(TEXT_STYLING_MODULES.map((entry) => [entry.module]))("%s: a token styled, then logged, is reported; an unrelated value, or a local module, is not", (module) => {
    expect(ruleIds(use(module, TOKEN))).toEqual(["hf-secrets/no-token-logging"]);
    expect(ruleIds(use(module, UNRELATED))).toEqual([]);
    expect(ruleIds(use("./style", TOKEN))).toEqual([]);
  });
});

describe("real-time servers (src/catalogue/responses.ts)", () => {
  const uses = REALTIME_SERVERS.flatMap((server) =>
    server.packages.flatMap((from) => {
      const made = [
        ...server.constructors.map((name) => [`new ${name}`, `import { ${name} } from "${from}";\nconst server = new ${name}();`] as const),
        ...(server.calledDefault ? [[`require("${from}")()`, `const server = require("${from}")(http);`] as const] : []),
      ];
      return made.flatMap(([madeAs, opening]) =>
        server.sends.map((send) => [
          `${from} ${madeAs}, socket.${send.method}`,
          (value: string) => `${opening}\nserver.on("${server.event}", (socket) => { socket.${send.method}(${[...Array.from({ length: send.from }, () => '"event"'), value].join(", ")}); });`,
        ] as const),
      );
    }),
  );
  it.each(uses)("%s: a token sent to the connected client is reported; an unrelated value is not", (_name, use) => {
    expect(ruleIds(use(TOKEN), "server.js"), use(TOKEN)).toEqual(["hf-secrets/no-token-to-client"]);
    expect(ruleIds(use(UNRELATED), "server.js")).toEqual([]);
  });
});

describe("responses (src/catalogue/responses.ts)", () => {
  type Use = readonly [string, (value: string) => string];
  const uses = RESPONSE_APIS.flatMap((api): Use[] => {
    const argumentsWith = (value: string) => (api.argument === "last" ? `res, 200, ${value}` : Array.from({ length: api.argument + 1 }, (_, index) => (index === api.argument ? value : '"name"')).join(", "));
    switch (api.form) {
      case "method":
      case "static":
        return api.receivers.flatMap((receiver) => api.names.map((name) => [`${receiver}.${name}`, (value: string) => `${receiver}.${name}(${argumentsWith(value)});`] as const));
      case "property-write":
        return api.receivers.flatMap((receiver) => api.names.map((name) => [`${receiver}.${name} =`, (value: string) => `${receiver}.${name} = { token: ${value} };`] as const));
      case "constructor":
        return api.receivers.map((receiver) => [`new ${receiver}`, (value: string) => `new ${receiver}(${value});`] as const);
      case "function":
        return api.receivers.flatMap((receiver) =>
          (api.packages ?? []).map((from) => [`${receiver}() from ${from}`, (value: string) => `import { ${receiver} } from "${from}";\n${receiver}(${argumentsWith(value)});`] as const),
        );
    }
  });
  it.each(uses)("%s: a token is reported; an unrelated value is not", (_name, use) => {
    expect(ruleIds(use(TOKEN)), use(TOKEN)).toEqual(["hf-secrets/no-token-to-client"]);
    expect(ruleIds(use(UNRELATED))).toEqual([]);
  });
});

describe("route handler returns (src/catalogue/responses.ts)", () => {
  type Use = readonly [string, string, (value: string) => string];
  const registration = (form: string, name: string, receiver: string, value: string): string => {
    switch (form) {
      case "method":
        return `${receiver}.${name}("/t", async (request) => ({ token: ${value} }));`;
      case "route-object":
        return `${receiver}.${name}({ method: "GET", path: "/t", handler: (request, h) => ${value} });`;
      default:
        return `export class Routes {\n  @${name}("t")\n  token() { return ${value}; }\n}`;
    }
  };
  const uses = ROUTE_HANDLER_RETURNS.flatMap((entry): Use[] =>
    entry.names.flatMap((name) => [
      // The file imports the framework, under each package name the entry gives.
      ...entry.packages.map((from): Use => {
        const imported = entry.form === "decorator" ? `import { ${name} } from "${from}";` : `import framework from "${from}";\nconst app = framework();`;
        return [`${entry.framework} ${name} from ${from}`, `${imported}\n`, (value) => registration(entry.form, name, "app", value)];
      }),
      // A plugin that imports nothing, on the instance it is handed.
      ...entry.receivers.map((receiver): Use => [`${entry.framework} ${name} on ${receiver}`, "", (value) => registration(entry.form, name, receiver, value)]),
    ]),
  );
  // TypeScript, for NestJS's decorators: every case is linted as a `.ts` file.
  const routeConfig: Linter.Config[] = [{ files: ["**/*.ts"], languageOptions: { parser: tsParser as never } }, ...config.map((entry) => ({ ...entry, files: ["**/*.ts"] }))];
  it.each(uses)("%s: a returned token is reported; an unrelated value, or the same code outside the framework, is not", (_name, head, use) => {
    const lint = (code: string) => new Linter({ configType: "flat" }).verify(code, routeConfig, { filename: "routes.ts" }).map((message) => message.ruleId ?? `fatal: ${message.message}`);
    expect(lint(head + use(TOKEN)), head + use(TOKEN)).toEqual(["hf-secrets/no-token-to-client"]);
    expect(lint(head + use(UNRELATED))).toEqual([]);
    // Express's \`app.get\` and a \`Get\` decorator of the file's own: what they return is not sent.
    const outside = head === "" ? use(TOKEN).replaceAll(/\b(?:fastify|server)\./g, "app.") : `import framework, { ${["Get", "Post"].join(", ")} } from "express";\nconst app = framework();\n${use(TOKEN)}`;
    expect(lint(outside), outside).toEqual([]);
  });
});

describe("server function directives (src/catalogue/responses.ts)", () => {
  it.each(SERVER_FUNCTION_DIRECTIVES.map((entry) => [entry.directive] as const))("%s: a returned token is reported, in a file or a function under the directive; elsewhere it is not", (directive) => {
    const inFile = (value: string) => `"${directive}";\nexport async function action() {\n  return { token: ${value} };\n}`;
    const inFunction = (value: string) => `export function Page() {\n  async function action() {\n    "${directive}";\n    return ${value};\n  }\n  return action;\n}`;
    for (const use of [inFile, inFunction]) {
      expect(ruleIds(use(TOKEN)), use(TOKEN)).toEqual(["hf-secrets/no-token-to-client"]);
      expect(ruleIds(use(UNRELATED))).toEqual([]);
      expect(ruleIds(use(TOKEN).replace(`"${directive}";`, '"use strict";'))).toEqual([]);
    }
  });
});

describe("page data (src/catalogue/responses.ts)", () => {
  it.each(PAGE_DATA_FUNCTIONS.map((entry) => [entry.name, entry] as const))("%s", (_name, entry) => {
    const filename = entry.files ? "src/routes/+page.server.js" : "app/routes/index.js";
    const returned = (value: string) => entry.path.reduceRight((inner, key) => `{ ${key}: ${inner} }`, `{ token: ${value} }`);
    const use = (value: string) => `export async function ${entry.name}() {\n  return ${returned(value)};\n}`;
    expect(ruleIds(use(TOKEN), filename)).toEqual(["hf-secrets/no-token-to-client"]);
    expect(ruleIds(`export const ${entry.name} = () => (${returned(TOKEN)});`, filename)).toEqual(["hf-secrets/no-token-to-client"]);
    expect(ruleIds(use(UNRELATED), filename)).toEqual([]);
    if (entry.files) expect(ruleIds(use(TOKEN), "src/lib/util.js")).toEqual([]);
  });
});

describe("client storage (src/catalogue/client-storage.ts)", () => {
  const uses = CLIENT_STORAGE_TABLE.flatMap((entry) => [
    ...entry.methods.map((method) => [`${entry.owner}.${method}`, (value: string) => `${entry.owner}.${method}("hf", ${value});`] as const),
    ...(entry.propertyWrite ? [[`${entry.owner} property`, (value: string) => (entry.owner === "document" ? `document.cookie = "hf=" + ${value};` : `${entry.owner}.hf = ${value};`)] as const] : []),
  ]);
  it.each(uses)("%s: a token is reported; an unrelated value is not", (_name, use) => {
    expect(ruleIds(use(TOKEN))).toEqual(["hf-secrets/no-token-to-client"]);
    expect(ruleIds(use(UNRELATED))).toEqual([]);
  });
});

describe("build inlining (src/catalogue/build-inlining.ts)", () => {
  /** A config file name the entry's pattern accepts. */
  const CONFIG_FILES = ["next.config.mjs", "nuxt.config.mjs", "docusaurus.config.js", "app.config.js"];
  it.each(BUILD_INLINING_TABLE.map((entry) => [entry.setting, entry] as const))("%s", (_name, entry) => {
    const filename = entry.configFile ? (CONFIG_FILES.find((name) => entry.configFile?.test(name)) ?? "?") : "vite.config.js";
    if (entry.setting === "envPrefix") {
      expect(ruleIds(`export default { envPrefix: ["VITE_", "HF_"] };`, filename)).toEqual(["hf-secrets/no-public-token-env"]);
      expect(ruleIds(`export default { envPrefix: ["VITE_", "APP_"] };`, filename)).toEqual([]);
      return;
    }
    const inner = (value: string) => (entry.keysAreNames ? `{ HF_TOKEN: ${value} }` : `{ "process.env.SECRET": JSON.stringify(${value}) }`);
    const body = (value: string) => (entry.innerKey ? `{ ${entry.innerKey}: ${inner(value)} }` : inner(value));
    const use = (value: string, options = body(value), from = entry.module) =>
      entry.form === "plugin"
        ? `new webpack.${entry.setting}(${options});`
        : entry.form === "function"
          ? `import ${entry.setting} from "${from ?? ""}";\nexport default { plugins: [${entry.setting}(${options})] };`
          : `export default { ${entry.setting}: ${options} };`;
    expect(ruleIds(use(TOKEN), filename), use(TOKEN)).toEqual(["hf-secrets/no-public-token-env"]);
    if (!entry.keysAreNames) {
      expect(ruleIds(use(UNRELATED), filename)).toEqual([]);
      // The whole environment, the token with it (CodeQL's build-artifact leak).
      const whole = entry.innerKey ? `{ ${entry.innerKey}: { "process.env": JSON.stringify(process.env) } }` : `{ "process.env": JSON.stringify(process.env) }`;
      expect(ruleIds(use(TOKEN, whole), filename), use(TOKEN, whole)).toEqual(["hf-secrets/no-public-token-env"]);
    }
    if (entry.configFile) expect(ruleIds(use(TOKEN), "src/settings.js")).toEqual([]);
    if (entry.module) expect(ruleIds(use(TOKEN, body(TOKEN), "./local-plugin.js"), filename)).toEqual([]);
  });
});

describe("env loaders (src/catalogue/env-loaders.ts)", () => {
  const uses = ENV_LOADERS.flatMap((loader) => {
    const at = loader.path.map((key) => `.${key}`).join("");
    return [
      [`${loader.module} { ${loader.export} }`, (from: string, name: string) => `import { ${loader.export} } from "${from}";\nconst env = ${loader.export}(".")${at};\nconsole.log(env.${name});`],
      [`${loader.module} namespace`, (from: string, name: string) => `import * as lib from "${from}";\nconsole.log(lib.${loader.export}(".")${at}.${name});`],
      [`require("${loader.module}")`, (from: string, name: string) => `const env = require("${from}").${loader.export}(".")${at};\nconsole.log(env["${name}"]);`],
    ] as const;
  });
  it.each(uses)("%s: a token name read from what it loads is an env read; another name, or a local module's function, is not", (name, use) => {
    const module = ENV_LOADERS.find((loader) => name.startsWith(`${loader.module} `) || name.startsWith(`require("${loader.module}")`))?.module ?? "";
    expect(ruleIds(use(module, "HF_TOKEN")), use(module, "HF_TOKEN")).toEqual(["hf-secrets/no-token-logging"]);
    expect(ruleIds(use(module, "PORT"))).toEqual([]);
    expect(ruleIds(use("./local-env.js", "HF_TOKEN"))).toEqual([]);
  });
});

describe("public env prefixes (src/catalogue/public-env.ts)", () => {
  it.each(PUBLIC_ENV_PREFIX_TABLE.map((entry) => [entry.prefix]))("%sHF_TOKEN is reported; %sPORT is not", (prefix) => {
    expect(ruleIds(`const t = process.env.${prefix}HF_TOKEN;`)).toEqual(["hf-secrets/no-public-token-env"]);
    expect(ruleIds(`const t = process.env.${prefix}PORT;`)).toEqual([]);
  });
});
