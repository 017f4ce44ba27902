import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Linter } from "eslint";
import { afterAll, describe, expect, it } from "vitest";
import plugin from "../../src/index";

/*
 * no-token-to-client: a token a server component passes as a prop to a component imported from a
 * "use client" module reaches the browser with the page. The modules are real files, as the rule
 * reads the imported module's directive.
 */
const folder = mkdtempSync(join(tmpdir(), "hf-client-props-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
mkdirSync(join(folder, "app", "components"), { recursive: true });
writeFileSync(join(folder, "app", "components", "chat.tsx"), '"use client";\nexport function Chat(props: { token?: string; model: string }) { return null; }\n');
// Next.js's default alias, written as create-next-app writes it (comments and a trailing comma).
writeFileSync(join(folder, "tsconfig.json"), '{\n  // paths\n  "compilerOptions": { "paths": { "@/*": ["./app/*"], }, },\n}\n');
writeFileSync(join(folder, "app", "components", "panel.tsx"), "// a server component\nexport function Panel(props: { token?: string }) { return null; }\n");

// Installed packages, as their builds ship them: one whose bundle says "use client", one whose
// entry re-exports a component from a module that says it, through `exports` conditions.
function installed(name: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, "node_modules", name, path, ".."), { recursive: true });
    writeFileSync(join(folder, "node_modules", name, path), text);
  }
}
installed("chat-widget", {
  "package.json": JSON.stringify({ name: "chat-widget", main: "dist/index.cjs", module: "dist/index.mjs" }),
  "dist/index.mjs": '"use client";\nexport function ChatWidget(props) { return null; }\n',
});
installed("@acme/ui", {
  "package.json": JSON.stringify({
    name: "@acme/ui",
    exports: { ".": { types: "./dist/index.d.ts", "react-server": "./dist/server.js", import: "./dist/index.js" }, "./forms/*": { import: "./dist/forms/*.js" } },
  }),
  "dist/server.js": 'export { HfChat } from "./chat.js";\nexport { Card as Panel } from "./card.js";\n',
  "dist/index.js": '"use client";\nexport * from "./chat.js";\n',
  "dist/chat.js": '"use client";\nexport function HfChat(props) { return null; }\n',
  "dist/card.js": "export function Card(props) { return null; }\n",
  "dist/forms/token.js": "'use client';\nexport default function TokenForm(props) { return null; }\n",
});

// A barrel of `export *` (as component libraries ship their index), whose client modules say "use client" one by one.
installed("@acme/kit", {
  "package.json": JSON.stringify({ name: "@acme/kit", main: "dist/index.js" }),
  "dist/index.js": 'export * from "./banner.js";\nexport * from "./widgets/index.js";\nexport { default as Toast } from "./toast.js";\n',
  "dist/banner.js": "export function Banner(props) { return null; }\n",
  "dist/widgets/index.js": 'export * from "./form.js";\nexport * from "./other.js";\n',
  "dist/widgets/form.js": '"use client";\nexport const TokenInput = (props) => null;\n',
  "dist/widgets/other.js": '"use client";\nfunction Other(props) { return null; }\nexport { Other, Other as Extra };\n',
  "dist/toast.js": '"use client";\nexport default function Toast(props) { return null; }\n',
});

const config: Linter.Config[] = [
  { files: ["**/*.jsx"], plugins: { "hf-secrets": plugin as never }, languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } }, rules: { "hf-secrets/no-token-to-client": "error" } },
];

function messages(code: string): string[] {
  return new Linter({ cwd: folder }).verify(code, config, { filename: join(folder, "app", "page.jsx") }).map((message) => message.messageId ?? message.message);
}

describe("props given to client components", () => {
  it.each([
    ["an env read", 'import { Chat } from "./components/chat";\nexport default function Page() { return <Chat token={process.env.HF_TOKEN} model="gpt2" />; }'],
    ["a const", 'import { Chat } from "./components/chat.js";\nconst key = process.env.HF_TOKEN;\nexport default function Page() { return <Chat token={key} model="gpt2" />; }'],
    ["a component imported through the tsconfig's path alias", 'import { Chat } from "@/components/chat";\nexport default function Page() { return <Chat token={process.env.HF_TOKEN} model="gpt2" />; }'],
    ["a package whose bundle says \"use client\"", 'import { ChatWidget } from "chat-widget";\nexport default function Page() { return <ChatWidget apiKey={process.env.HF_TOKEN} />; }'],
    ["a package component re-exported from a client module, under react-server", 'import { HfChat } from "@acme/ui";\nexport default function Page() { return <HfChat token={process.env.HF_TOKEN} />; }'],
    ["a package subpath pattern's default export", 'import TokenForm from "@acme/ui/forms/token";\nexport default function Page() { return <TokenForm value={process.env.HF_TOKEN} />; }'],
    ["a package component two `export *` barrels deep", 'import { TokenInput } from "@acme/kit";\nexport default function Page() { return <TokenInput value={process.env.HF_TOKEN} />; }'],
    ["a package component a barrel's `export *` reaches through an export list", 'import { Extra } from "@acme/kit";\nexport default function Page() { return <Extra value={process.env.HF_TOKEN} />; }'],
    ["a package's default export re-exported by name from a barrel", 'import { Toast } from "@acme/kit";\nexport default function Page() { return <Toast text={process.env.HF_TOKEN} />; }'],
    ["an object holding it", 'import { Chat as C } from "./components/chat";\nexport default function Page() { return <C model="gpt2" settings={{ auth: `Bearer ${process.env.HF_TOKEN}` }} />; }'],
  ])("reported: %s", (_name, code) => {
    expect(messages(code)).toEqual(["tokenInClientProps"]);
  });

  it.each([
    ["a server component", 'import { Panel } from "./components/panel";\nexport default function Page() { return <Panel token={process.env.HF_TOKEN} />; }'],
    ["a prop without the token", 'import { Chat } from "./components/chat";\nexport default function Page() { return <Chat model={process.env.HF_MODEL} />; }'],
    ["a file that is a client component itself", '"use client";\nimport { Chat } from "./components/chat";\nexport default function Page() { return <Chat token={process.env.HF_TOKEN} model="a" />; }'],
    ["a server component through the alias", 'import { Panel } from "@/components/panel";\nexport default function Page() { return <Panel token={process.env.HF_TOKEN} />; }'],
    ["a package's server component, re-exported under another name", 'import { Panel } from "@acme/ui";\nexport default function Page() { return <Panel token={process.env.HF_TOKEN} />; }'],
    // The barrel's client modules do not export `Banner`: the module that does is a server component.
    ["a package's server component beside client modules in `export *` barrels", 'import { Banner } from "@acme/kit";\nexport default function Page() { return <Banner text={process.env.HF_TOKEN} />; }'],
    ["a package that is not installed", 'import { Chat } from "some-chat-ui";\nexport default function Page() { return <Chat token={process.env.HF_TOKEN} />; }'],
  ])("quiet: %s", (_name, code) => {
    expect(messages(code)).toEqual([]);
  });
});
