import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeToken, maskOf } from "../helpers/tokens";

/*
 * `hf-secrets verify` as a user runs it: the built bin, against a real HTTP server on loopback
 * that answers like whoami-v2 (HF_ENDPOINT points at it). No request leaves the machine.
 */
const BIN = join(__dirname, "..", "..", "dist", "cli", "hf-secrets.js");
const LIVE = makeToken(91);
const REVOKED = makeToken(92);
const LIMITED = makeToken(93);
const HANGS = makeToken(94);
const BROKEN = makeToken(95);
const IN_DEPENDENCY = makeToken(96);
const IGNORED = makeToken(97);
const ALL = [LIVE, REVOKED, LIMITED, HANGS, BROKEN, IN_DEPENDENCY, IGNORED];

let server: Server;
let endpoint: string;
let project: string;
const requests: string[] = [];
let limitedSeen = 0;

function answer(request: IncomingMessage, response: ServerResponse): void {
  const token = (request.headers.authorization ?? "").replace(/^Bearer /, "");
  requests.push(`${request.method} ${request.url} ${ALL.indexOf(token)}`);
  if (request.url !== "/api/whoami-v2") {
    response.writeHead(404).end();
    return;
  }
  const json = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
    response.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
  };
  if (token === LIVE) return json(200, { type: "user", name: "alice", orgs: [{ name: "acme" }], auth: { type: "access_token", accessToken: { displayName: "ci", role: "write" } } });
  if (token === LIMITED) {
    limitedSeen += 1;
    if (limitedSeen === 1) return json(429, { error: "slow down" }, { "retry-after": "1" });
    return json(200, { type: "user", name: "bob", auth: { accessToken: { displayName: "x", role: "fineGrained", fineGrained: { scoped: [{ entity: { name: "acme/model" }, permissions: ["repo.content.read"] }] } } } });
  }
  if (token === HANGS) return; // never answers: the client's timeout must end it
  if (token === BROKEN) return json(500, { error: "boom" });
  return json(401, { error: "Invalid credentials in Authorization header" });
}

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: project, env: { ...process.env, HF_ENDPOINT: endpoint, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  server = createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  project = mkdtempSync(join(tmpdir(), "hf-secrets-verify-"));
  execFileSync("git", ["init", "-q"], { cwd: project });
  mkdirSync(join(project, "src"));
  mkdirSync(join(project, "node_modules", "dep"), { recursive: true });
  writeFileSync(join(project, "src", "a.ts"), `const a = "${LIVE}";\nconst b = "${REVOKED}";\n`);
  writeFileSync(join(project, "src", "b.js"), `\n\nfetch(url, { headers: { Authorization: "Bearer ${LIVE}" } });\n`);
  writeFileSync(join(project, "notes.md"), `Use ${LIMITED} or ${HANGS} or ${BROKEN}.\n`);
  writeFileSync(join(project, "node_modules", "dep", "index.js"), `module.exports = "${IN_DEPENDENCY}";\n`);
  writeFileSync(join(project, ".gitignore"), "secrets.local.json\n");
  writeFileSync(join(project, "secrets.local.json"), `{ "token": "${IGNORED}" }\n`);
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(project, { recursive: true, force: true });
});

describe("hf-secrets verify", () => {
  it("checks each distinct token once and says which are live, whose and what they can do (JSON)", async () => {
    requests.length = 0;
    const { code, stdout, stderr } = await run(["verify", "--format", "json", "--timeout", "500"]);
    expect(code).toBe(1);
    expect(stderr).toBe("");
    const reports = JSON.parse(stdout) as Array<Record<string, unknown>>;
    const byToken = new Map(reports.map((report) => [report.token, report]));
    expect(reports).toHaveLength(5);
    expect(byToken.get(maskOf(LIVE))).toEqual({
      token: maskOf(LIVE),
      form: "user access token",
      status: "live",
      account: "alice",
      role: "write",
      locations: [
        { file: join("src", "a.ts"), line: 1, column: 12 },
        { file: join("src", "b.js"), line: 3, column: 48 },
      ],
    });
    expect(byToken.get(maskOf(REVOKED))).toMatchObject({ status: "invalid" });
    expect(byToken.get(maskOf(LIMITED))).toMatchObject({ status: "live", account: "bob", role: "fineGrained (acme/model: repo.content.read)" });
    expect(byToken.get(maskOf(HANGS))).toMatchObject({ status: "unknown", reason: "no answer in 500 ms" });
    expect(byToken.get(maskOf(BROKEN))).toMatchObject({ status: "unknown", reason: "HTTP 500" });
    // node_modules and what .gitignore ignores are not read.
    expect(byToken.has(maskOf(IN_DEPENDENCY))).toBe(false);
    expect(byToken.has(maskOf(IGNORED))).toBe(false);
    // One request per distinct token (one more for the 429), to whoami-v2 only.
    expect(requests.filter((line) => line.endsWith(` ${ALL.indexOf(LIVE)}`))).toHaveLength(1);
    expect(requests.every((line) => line.startsWith("GET /api/whoami-v2 "))).toBe(true);
    expect(requests).toHaveLength(6);
    for (const token of ALL) expect(stdout.includes(token.slice(3))).toBe(false);
  });

  it("prints a table with every location, and no progress when piped", async () => {
    const { code, stdout, stderr } = await run(["verify", "src"]);
    expect(code).toBe(1);
    expect(stderr).toBe("");
    expect(stdout).toMatch(new RegExp(`${maskOf(LIVE).replace("…", ".")}\\s+user access token\\s+live\\s+alice\\s+write`));
    expect(stdout).toContain(`    ${join("src", "b.js")}:3:48`);
    expect(stdout).toContain("2 tokens: 1 live.");
    for (const token of ALL) expect(stdout.includes(token.slice(3))).toBe(false);
  });

  it("exits 0 when no found token is live", async () => {
    const { code, stdout } = await run(["verify", "--format=json", join("src", "a.ts")], {});
    expect(code).toBe(1);
    const revokedOnly = join(project, "revoked.txt");
    writeFileSync(revokedOnly, `old: ${REVOKED}\n`);
    const second = await run(["verify", "revoked.txt"]);
    expect(second.code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(2);
  });

  it("--env checks the rotated token each variable holds, and exits 0 only when all are live", async () => {
    const good = await run(["verify", "--env", "HF_TOKEN", "--format", "json"], { HF_TOKEN: LIVE });
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toEqual([{ token: maskOf(LIVE), form: "user access token", status: "live", account: "alice", role: "write", variable: "HF_TOKEN" }]);
    const mixed = await run(["verify", "--env", "HF_TOKEN", "--env", "OLD_TOKEN", "--env", "MISSING"], { HF_TOKEN: LIVE, OLD_TOKEN: REVOKED });
    expect(mixed.code).toBe(1);
    expect(mixed.stdout).toMatch(/OLD_TOKEN=hf_.*invalid/);
    expect(mixed.stdout).toMatch(/MISSING=…\s+token\s+unset/);
  });

  it("a network failure is a status, not a stack trace, and a gate that could check nothing does not pass: exit 3", async () => {
    const { code, stdout, stderr } = await run(["verify", "--format", "json", "src"], { HF_ENDPOINT: "http://127.0.0.1:9" });
    expect(code).toBe(3);
    expect(stderr).toBe("");
    expect((JSON.parse(stdout) as Array<{ status: string; reason: string }>).map((report) => [report.status, report.reason])).toEqual([
      ["unknown", "network error"],
      ["unknown", "network error"],
    ]);
    const table = await run(["verify", "src"], { HF_ENDPOINT: "http://127.0.0.1:9" });
    expect(table.code).toBe(3);
    expect(table.stdout).toContain("2 tokens: 0 live, 2 could not be checked (exit 3 unless --allow-unknown).");
  });

  it("--allow-unknown exits 0 when no token could be checked", async () => {
    const { code, stdout } = await run(["verify", "--allow-unknown", "src"], { HF_ENDPOINT: "http://127.0.0.1:9" });
    expect(code).toBe(0);
    expect(stdout).toContain("2 tokens: 0 live, 2 could not be checked.");
  });

  it("finds what the rules find: a token assembled from pieces and one in base64", async () => {
    const folder = join(project, "hidden");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "assembled.js"), `const token = "${LIVE.slice(0, 9)}" + "${LIVE.slice(9)}";\n`);
    writeFileSync(join(folder, "encoded.js"), `const token = atob("${Buffer.from(REVOKED).toString("base64")}");\n`);
    const { code, stdout } = await run(["verify", "--format", "json", "hidden"]);
    expect(code).toBe(1);
    const reports = JSON.parse(stdout) as Array<{ token: string; status: string; locations: unknown[] }>;
    expect(reports.map((report) => [report.token, report.status]).sort()).toEqual([[maskOf(LIVE), "live"], [maskOf(REVOKED), "invalid"]].sort());
    expect(reports.find((report) => report.token === maskOf(LIVE))?.locations).toEqual([{ file: join("hidden", "assembled.js"), line: 1, column: 15 }]);
    for (const token of ALL) expect(stdout.includes(token.slice(3))).toBe(false);
  });

  it.each([
    [["check"], /unknown command "check"/],
    [["verify", "--format", "xml"], /--format takes table or json/],
    [["verify", "--timeout", "soon"], /--timeout takes a whole number/],
    [["verify", "nowhere"], /nowhere: no such file or folder/],
    [["verify", "--env", "HF_TOKEN", "src"], /give paths or --env, not both/],
  ])("a usage error exits 2 with a message: %j", async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("a bad HF_ENDPOINT is a usage error", async () => {
    const { code, stderr } = await run(["verify"], { HF_ENDPOINT: "ftp://mirror" });
    expect(code).toBe(2);
    expect(stderr).toMatch(/HF_ENDPOINT must be an http\(s\) URL/);
  });
});
