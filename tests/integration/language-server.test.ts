import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeToken, maskOf } from "../helpers/tokens";

/*
 * The language server editors run: `vscode-eslint-language-server` (vscode-langservers-extracted,
 * the server of VS Code's ESLint extension) over stdio, answering `workspace/configuration` with
 * the settings VS Code's extension sends (docs/editors.md). Diagnostics are pulled
 * (`textDocument/diagnostic`), as VS Code pulls them; quick fixes and suggestions are commands the
 * server answers with `workspace/applyEdit`; fix-all on save is `source.fixAll.eslint`.
 */
const root = join(__dirname, "..", "..");
const TIMEOUT = 600_000;
const TOKEN = makeToken(3401);
const RULE = "hf-secrets/no-hardcoded-token";
const JS_LANGUAGES = ["javascript", "javascriptreact", "typescript", "typescriptreact"];

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface TextEdit {
  range: Range;
  newText: string;
}
interface Diagnostic {
  range: Range;
  message: string;
  code?: string | { value: string };
}
interface WorkspaceEdit {
  documentChanges?: { textDocument: { uri: string }; edits: TextEdit[] }[];
  changes?: Record<string, TextEdit[]>;
}
interface CodeAction {
  title: string;
  kind?: string;
  edit?: WorkspaceEdit;
  command?: { command: string; arguments?: unknown[] };
}

/** A JSON-RPC peer over the server's stdio, with Content-Length framing. */
class Connection {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly handlers = new Map<string, (params: unknown) => unknown>();

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on("data", (chunk: Buffer) => this.read(chunk));
  }

  onRequest(method: string, handler: (params: unknown) => unknown): void {
    this.handlers.set(method, handler);
  }

  request<Result>(method: string, params: unknown): Promise<Result> {
    const id = this.nextId++;
    return new Promise<Result>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8");
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, "ascii"), body]));
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const length = Number(/Content-Length:\s*(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString("ascii"))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8")) as { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } };
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      void this.dispatch(message);
    }
  }

  private async dispatch(message: { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } }): Promise<void> {
    if (message.method === undefined && message.id !== undefined) {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) pending?.reject(new Error(message.error.message));
      else pending?.resolve(message.result);
    } else if (message.method !== undefined && message.id !== undefined) {
      const handler = this.handlers.get(message.method);
      this.send({ id: message.id, result: handler ? ((await handler(message.params)) ?? null) : null });
    }
  }
}

function offsetAt(text: string, position: Position): number {
  const lines = text.split("\n");
  return lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits]
    .sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start))
    .reduce((result, edit) => result.slice(0, offsetAt(result, edit.range.start)) + edit.newText + result.slice(offsetAt(result, edit.range.end)), text);
}

function editsOf(edit: WorkspaceEdit, uri: string): TextEdit[] {
  return edit.documentChanges?.find((change) => change.textDocument.uri === uri)?.edits ?? edit.changes?.[uri] ?? [];
}

const ruleOf = (diagnostic: Diagnostic) => (typeof diagnostic.code === "object" ? diagnostic.code.value : diagnostic.code);

let work: string;
let project: string;
let server: ChildProcessWithoutNullStreams;
let connection: Connection;
/** The editor's language list for `eslint.validate`, as docs/editors.md gives it for text files. */
let validate: string[] = [...JS_LANGUAGES, "python"];
const documents = new Map<string, { languageId: string; version: number; text: string }>();

/** What VS Code's ESLint extension answers for a document (its `readConfiguration`). */
function settingsFor(uri: string): object {
  const document = documents.get(uri);
  return {
    validate: document && validate.includes(document.languageId) ? "on" : "off",
    packageManager: "npm",
    useESLintClass: false,
    experimental: { useFlatConfig: false },
    codeActionOnSave: { mode: "all" },
    format: false,
    quiet: false,
    onIgnoredFiles: "off",
    options: {},
    rulesCustomizations: [],
    run: "onType",
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workingDirectory: { mode: "location" },
    workspaceFolder: { name: "project", uri: pathToFileURL(project).href },
    codeAction: { disableRuleComment: { enable: true, location: "separateLine", commentStyle: "line" }, showDocumentation: { enable: true } },
  };
}

function open(file: string, languageId: string, text: string): string {
  const uri = pathToFileURL(join(project, file)).href;
  documents.set(uri, { languageId, version: 1, text });
  connection.notify("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } });
  return uri;
}

function change(uri: string, text: string): void {
  const document = documents.get(uri);
  if (!document) throw new Error(`${uri} is not open`);
  document.version += 1;
  document.text = text;
  connection.notify("textDocument/didChange", { textDocument: { uri, version: document.version }, contentChanges: [{ text }] });
}

async function diagnostics(uri: string): Promise<Diagnostic[]> {
  const report = await connection.request<{ items?: Diagnostic[] }>("textDocument/diagnostic", { textDocument: { uri }, identifier: "eslint" });
  return (report.items ?? []).filter((diagnostic) => ruleOf(diagnostic) === RULE);
}

function textOf(uri: string): string {
  return documents.get(uri)?.text ?? "";
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "hf-secrets-language-server-"));
  project = join(work, "project");
  mkdirSync(join(project, "src"), { recursive: true });
  const packed = execFileSync("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", work], { cwd: root, encoding: "utf8" }).trim().split("\n").at(-1) ?? "";
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "editor-project", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", "eslint@10.15.0", "vscode-langservers-extracted@4.10.0", join(work, packed)], { cwd: project, stdio: "ignore" });
  writeFileSync(join(project, "eslint.config.mjs"), `import hfSecrets from "eslint-plugin-hf-secrets";\n\nexport default [...hfSecrets.configs.recommended, ...hfSecrets.configs.text];\n`);
  server = spawn(process.execPath, [join(project, "node_modules", "vscode-langservers-extracted", "bin", "vscode-eslint-language-server"), "--stdio"], { cwd: project });
  connection = new Connection(server);
  connection.onRequest("workspace/configuration", (params) => (params as { items: { scopeUri?: string }[] }).items.map((item) => (item.scopeUri ? settingsFor(item.scopeUri) : null)));
  connection.onRequest("workspace/applyEdit", (params) => {
    const { edit } = params as { edit: WorkspaceEdit };
    for (const uri of documents.keys()) {
      const edits = editsOf(edit, uri);
      if (edits.length > 0) change(uri, applyEdits(textOf(uri), edits));
    }
    return { applied: true };
  });
  const projectUri = pathToFileURL(project).href;
  await connection.request("initialize", {
    processId: process.pid,
    rootUri: projectUri,
    workspaceFolders: [{ uri: projectUri, name: "project" }],
    capabilities: {
      workspace: { applyEdit: true, configuration: true, workspaceFolders: true, workspaceEdit: { documentChanges: true }, diagnostics: { refreshSupport: true } },
      textDocument: {
        synchronization: { didSave: true },
        diagnostic: { dynamicRegistration: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["", "quickfix", "source", "source.fixAll"] } } },
      },
    },
  });
  connection.notify("initialized", {});
}, TIMEOUT);

afterAll(async () => {
  if (connection) {
    await Promise.race([connection.request("shutdown", null), new Promise((resolve) => setTimeout(resolve, 5_000))]);
    connection.notify("exit", null);
  }
  server?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("vscode-eslint-language-server with the plugin", () => {
  it("reports a token on open and after a change, masked, under the token itself", async () => {
    const uri = open("src/app.js", "javascript", `const client = new InferenceClient("${TOKEN}");\n`);
    const [first] = await diagnostics(uri);
    expect(first?.message).toContain(maskOf(TOKEN));
    expect(first?.message.includes(TOKEN)).toBe(false);
    expect(first?.range).toEqual({ start: { line: 0, character: 36 }, end: { line: 0, character: 36 + TOKEN.length } });
    change(uri, `${textOf(uri)}const other = "${TOKEN}";\n`);
    expect((await diagnostics(uri)).map((diagnostic) => diagnostic.range.start.line)).toEqual([0, 1]);
  }, TIMEOUT);

  it("offers the quick fix, which replaces the token everywhere in the file", async () => {
    const uri = pathToFileURL(join(project, "src", "app.js")).href;
    const [first] = await diagnostics(uri);
    const actions = await connection.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: first?.range, context: { diagnostics: [first], triggerKind: 1 } });
    const fix = actions.find((action) => action.title === `Fix this ${RULE} problem`);
    expect(fix?.command).toBeDefined();
    await connection.request("workspace/executeCommand", { command: fix?.command?.command, arguments: fix?.command?.arguments });
    expect(textOf(uri)).toBe(`const client = new InferenceClient(process.env.HF_TOKEN);\nconst other = process.env.HF_TOKEN;\n`);
    expect(await diagnostics(uri)).toEqual([]);
  }, TIMEOUT);

  it("offers a suggestion where no autofix is safe (a tagged template), and applies it", async () => {
    const uri = open("src/query.js", "javascript", `const rows = sql\`select * from keys where token = '${TOKEN}'\`;\n`);
    const [finding] = await diagnostics(uri);
    const actions = await connection.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: finding?.range, context: { diagnostics: [finding], triggerKind: 1 } });
    expect(actions.some((action) => action.title === `Fix this ${RULE} problem`)).toBe(false);
    const suggestion = actions.find((action) => action.title.startsWith("Replace the token with process.env.HF_TOKEN"));
    expect(suggestion?.command).toBeDefined();
    await connection.request("workspace/executeCommand", { command: suggestion?.command?.command, arguments: suggestion?.command?.arguments });
    expect(textOf(uri)).toBe("const rows = sql`select * from keys where token = '${process.env.HF_TOKEN}'`;\n");
  }, TIMEOUT);

  it("fixes all on save (source.fixAll.eslint)", async () => {
    const uri = open("src/save.js", "javascript", `export const a = new InferenceClient("${TOKEN}");\nexport const b = new HfInference("${TOKEN}");\n`);
    const found = await diagnostics(uri);
    expect(found).toHaveLength(2);
    const whole = { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } };
    const actions = await connection.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: whole, context: { diagnostics: found, only: ["source.fixAll.eslint"], triggerKind: 2 } });
    const fixAll = actions.find((action) => action.kind === "source.fixAll.eslint");
    expect(fixAll?.edit).toBeDefined();
    const saved = applyEdits(textOf(uri), editsOf(fixAll?.edit ?? {}, uri));
    expect(saved).toBe("export const a = new InferenceClient(process.env.HF_TOKEN);\nexport const b = new HfInference(process.env.HF_TOKEN);\n");
  }, TIMEOUT);

  it("lints a .py file with docs/editors.md's eslint.validate, and not without it", async () => {
    const uri = open("src/train.py", "python", `login(token="${TOKEN}")\n`);
    const [finding] = await diagnostics(uri);
    expect(finding?.message).toContain('os.environ["HF_TOKEN"]');
    expect(finding?.message.includes(TOKEN)).toBe(false);
    validate = [...JS_LANGUAGES];
    connection.notify("workspace/didChangeConfiguration", { settings: null });
    const other = open("src/other.py", "python", `login(token="${TOKEN}")\n`);
    expect(await diagnostics(other)).toEqual([]);
  }, TIMEOUT);
});
