// Measures what the plugin costs, side by side with its peers, in one run:
//   1. the pinned real-code corpus linted with our configs.all and with eslint-plugin-no-secrets
//      (ESLint `stats: true`: parse time and per-rule time), and scanned by secretlint (whole
//      process); medians of several runs, and each peer's ratio to us;
//   2. which hidden-token cases each tool finds (seeded fake tokens, never printed);
//   3. the detection core's throughput on the corpus text against a plain indexOf("hf_") scan;
//   4. one generated file of 1, 4 and 16 MB, to show that cost grows linearly with file size;
//   5. start-up: `eslint one.js` on ESLint 10 and 9, against an empty config and a one-rule config.
// Usage: npm run bench [-- --runs N] [--json FILE]   (needs the npm registry; about 6 minutes)
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ESLint } from "eslint";
import { prepareCorpus, BENCH_PACKAGES } from "./corpus.mjs";

const root = join(fileURLToPath(new URL(".", import.meta.url)), "..");
const require = createRequire(import.meta.url);
const plugin = require("../dist/index.js");
const core = require("../dist/core/index.js");
const { makeFakeToken } = require("./fake-tokens.cjs");

/** ESLint 9 beside the project's ESLint 10, for the start-up comparison only. */
const STARTUP_ESLINT_9 = "eslint-9";

export const PEERS = {
  [STARTUP_ESLINT_9]: "npm:eslint@9.39.5",
  "eslint-plugin-no-secrets": "2.3.3",
  secretlint: "13.0.6",
  "@secretlint/secretlint-rule-preset-recommend": "13.0.7",
};

const argumentValue = (flag, fallback) => {
  const index = process.argv.indexOf(flag);
  return index === -1 ? fallback : process.argv[index + 1];
};
const RUNS = Number(argumentValue("--runs", "3"));
const JSON_OUT = argumentValue("--json", undefined);
const SCALING_MEGABYTES = [1, 4, 16];
/** Files under 10 kB: hand-written source, where per-file cost dominates. */
const SMALL_FILE_BYTES = 10 * 1024;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const ratio = (value) => (value >= 10 ? `${value.toFixed(0)}×` : `${value.toFixed(1)}×`);
const percent = (value) => `${(value * 100).toFixed(2)} %`;

/* ----------------------------------------------------------------------------------------- */
/* ESLint runs                                                                                */

/** configs.all without its rules: both tools get the same parsers, so parse time is shared. */
function sharedLanguageConfig() {
  return plugin.configs.all.map(({ rules: _rules, plugins: _plugins, ...rest }) => rest);
}

function ourConfig() {
  return [...plugin.configs.all];
}

function noSecretsConfig(toolsDir) {
  const noSecrets = require(require.resolve("eslint-plugin-no-secrets", { paths: [toolsDir] }));
  return [
    ...sharedLanguageConfig(),
    { files: plugin.configs.all[0].files, plugins: { "no-secrets": noSecrets }, rules: { "no-secrets/no-secrets": "error" } },
  ];
}

/** One ESLint run with stats: summed parse and rule time over all files, and the report count. */
async function lintWithStats(cwd, config, patterns = ["."]) {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config, allowInlineConfig: false, stats: true });
  const started = performance.now();
  const results = await eslint.lintFiles(patterns);
  const wallMs = performance.now() - started;
  let parseMs = 0;
  let ruleMs = 0;
  let reports = 0;
  let fatal = 0;
  // Hand-written source is mostly small files, where what a rule costs per file (create, listeners,
  // first scope lookups) dominates: their share is reported on its own.
  const small = { files: 0, parseMs: 0, ruleMs: 0 };
  for (const result of results) {
    reports += result.messages.filter((message) => !message.fatal).length;
    fatal += result.messages.filter((message) => message.fatal).length;
    const isSmall = statSync(result.filePath).size < SMALL_FILE_BYTES;
    if (isSmall) small.files += 1;
    for (const pass of result.stats?.times.passes ?? []) {
      const passParse = pass.parse?.total ?? 0;
      let passRules = 0;
      for (const rule of Object.values(pass.rules ?? {})) passRules += rule.total;
      parseMs += passParse;
      ruleMs += passRules;
      if (isSmall) {
        small.parseMs += passParse;
        small.ruleMs += passRules;
      }
    }
  }
  return { parseMs, ruleMs, wallMs, reports, fatal, files: results.length, small };
}

function secretlintRun(cwd, toolsDir, patterns = ["**/*"]) {
  const rcPath = join(toolsDir, ".secretlintrc.json");
  writeFileSync(rcPath, JSON.stringify({ rules: [{ id: "@secretlint/secretlint-rule-preset-recommend" }] }));
  const cli = join(toolsDir, "node_modules", "secretlint", "bin", "secretlint.js");
  const started = performance.now();
  const run = spawnSync(process.execPath, [cli, ...patterns, "--secretlintrc", rcPath, "--format", "json", "--no-color"], {
    cwd,
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`secretlint exited with ${run.status}: ${run.stderr.slice(0, 500)}`);
  }
  const results = JSON.parse(run.stdout || "[]");
  return { wallMs, results, reports: results.reduce((sum, result) => sum + result.messages.length, 0) };
}

/* ----------------------------------------------------------------------------------------- */
/* Recall: which hidden-token cases each tool finds                                           */

const isPlaceholder = (token) => core.findTokens(token).length === 0;
const fake = (seed, prefix = "hf_") => makeFakeToken(seed, { prefix, isPlaceholder });
const randomLetters = (seed, length) => fake(seed).slice(3, 3 + length);

/** Each case hides one fake token the way real code does; the file name says how. */
export function recallCases() {
  const token = (seed) => fake(900 + seed);
  const cases = [
    ["string-literal.js", (t) => `const client = new InferenceClient("${t}");\n`],
    ["template-part.js", (t) => `const headers = { Authorization: \`Bearer ${t}\` };\n`],
    ["jsx-attribute.jsx", (t) => `export const Chat = () => <HfChat token="${t}" />;\n`],
    ["line-comment.js", (t) => `// working token for local runs: ${t}\nexport {};\n`],
    ["jsdoc-comment.ts", (t) => `/**\n * @example login("${t}")\n */\nexport function login(token: string) { return token; }\n`],
    ["regex-literal.js", (t) => `export const matcher = /${t}/;\n`],
    ["org-token.ts", () => `export const orgKey: string = "${fake(950, "api_org_")}";\n`],
    ["split-across-lines.js", (t) => `const key =\n  "${t.slice(0, 12)}" +\n  "${t.slice(12)}";\nexport default key;\n`],
    ["array-join.js", (t) => `export const key = ["${t.slice(0, 9)}", "${t.slice(9, 25)}", "${t.slice(25)}"].join("");\n`],
    ["const-template.ts", (t) => `const prefix = "hf_";\nexport const key = \`\${prefix}${t.slice(3)}\`;\n`],
    ["unicode-escape.js", (t) => `export const key = "\\u0068${t.slice(1)}";\n`],
    ["base64.js", (t) => `export const key = atob("${Buffer.from(t).toString("base64")}");\n`],
    ["sink-not-token-shaped.js", () => `process.env.HF_TOKEN = "${randomLetters(960, 20)}Old${randomLetters(961, 9)}";\n`],
  ];
  return cases.map(([file, build], index) => ({ file, text: build(token(index)) }));
}

async function recall(toolsDir, workDir) {
  const dir = join(workDir, "recall");
  mkdirSync(dir, { recursive: true });
  const cases = recallCases();
  for (const { file, text } of cases) writeFileSync(join(dir, file), text);
  const foundBy = async (config) => {
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config, allowInlineConfig: false });
    const results = await eslint.lintFiles(["."]);
    return new Set(results.filter((result) => result.messages.some((message) => !message.fatal)).map((result) => result.filePath.split("/").pop()));
  };
  const secretlintFound = new Set(
    secretlintRun(dir, toolsDir).results.filter((result) => result.messages.length > 0).map((result) => result.filePath.split("/").pop()),
  );
  return {
    cases: cases.map((entry) => entry.file),
    found: {
      "hf-secrets": await foundBy(ourConfig()),
      "no-secrets": await foundBy(noSecretsConfig(toolsDir)),
      secretlint: secretlintFound,
    },
  };
}

/* ----------------------------------------------------------------------------------------- */
/* Detection core throughput                                                                   */

function readTexts(dir, texts = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) readTexts(path, texts);
    else texts.push(readFileSync(path, "utf8"));
  }
  return texts;
}

function countIndexOf(texts) {
  let count = 0;
  for (const text of texts) {
    for (let at = text.indexOf("hf_"); at !== -1; at = text.indexOf("hf_", at + 1)) count += 1;
  }
  return count;
}

function countCore(texts) {
  let count = 0;
  for (const text of texts) count += core.findTokens(text).length;
  return count;
}

function timeMedian(task, repeats = 7) {
  task(); // warm-up: compile the regex and let the JIT settle
  const times = [];
  for (let index = 0; index < repeats; index += 1) {
    const started = performance.now();
    task();
    times.push(performance.now() - started);
  }
  return median(times);
}

function coreThroughput(texts) {
  const bytes = texts.reduce((sum, text) => sum + text.length, 0);
  const floorMs = timeMedian(() => countIndexOf(texts));
  const coreMs = timeMedian(() => countCore(texts));
  return { megabytes: bytes / 1e6, floorMs, coreMs, tokens: countCore(texts) };
}

/* ----------------------------------------------------------------------------------------- */
/* Scaling: one generated file of growing size                                                 */

/**
 * One block of the code the rules look hardest at: look-alikes in literals and comments,
 * concatenations and templates over `const` bindings, env reads and log calls. Block-scoped, so
 * a file is just many blocks and scope lookups must stay local.
 */
function scalingBlock(index) {
  return `function block${index}(name, settings) {
  // hf_token is read from HF_TOKEN; placeholder: hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
  const prefix = "hf_";
  const label = prefix + "token_" + name + "_" + ${index} + "_suffix_of_some_length";
  const path = \`\${prefix}cache/\${name}/models--org--repo-${index}/snapshots/main/config.json\`;
  const token = process.env.HF_TOKEN ?? settings.hfToken;
  console.log(\`[block ${index}] token set: \${Boolean(token)} for \${label}\`);
  /* A longer block comment that mentions api_org_ keys and HUGGING_FACE_HUB_TOKEN by name only. */
  const parts = ["hf", "_", "hub", "_", "cache"].join("");
  return { path, parts, hfTokenFile: "~/.cache/huggingface/token", headers: { "x-block": "${index}" } };
}
`;
}

export function scalingSource(megabytes) {
  const target = megabytes * 1e6;
  const blocks = [];
  let size = 0;
  for (let index = 0; size < target; index += 1) {
    const block = scalingBlock(index);
    blocks.push(block);
    size += block.length;
  }
  return blocks.join("");
}

async function scaling(workDir) {
  const dir = join(workDir, "scaling");
  const rows = [];
  for (const megabytes of SCALING_MEGABYTES) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const source = scalingSource(megabytes);
    writeFileSync(join(dir, "generated.js"), source);
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await lintWithStats(dir, ourConfig()));
    const coreMs = timeMedian(() => core.findTokens(source), 5);
    rows.push({
      megabytes,
      parseMs: median(runs.map((entry) => entry.parseMs)),
      ruleMs: median(runs.map((entry) => entry.ruleMs)),
      coreMs,
      reports: runs[0].reports,
    });
  }
  return rows;
}

/* ----------------------------------------------------------------------------------------- */

/**
 * What loading the plugin costs a one-file lint: median wall time of `eslint one.js` in fresh
 * processes, on each ESLint major this project supports as flat config, with an empty config, with
 * one rule of a plugin that does nothing (what turning on any rule costs: ESLint 10 builds its ajv
 * instance for the first enabled rule, ESLint 9 when it loads), and with configs.recommended.
 */
export function startupRatio(workDir) {
  const dir = join(workDir, "startup");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "one.js"), "const answer = 42;\n");
  const configs = {
    empty: `export default [{ files: ["**/*.js"] }];\n`,
    oneRule: `const plugin = { rules: { nothing: { meta: { schema: [] }, create: () => ({}) } } };\nexport default [{ files: ["**/*.js"], plugins: { plugin }, rules: { "plugin/nothing": "error" } }];\n`,
    ours: `import hfSecrets from ${JSON.stringify(pathToFileURL(join(root, "dist", "index.js")).href)};\nexport default [...hfSecrets.configs.recommended];\n`,
  };
  for (const [name, text] of Object.entries(configs)) writeFileSync(join(dir, `${name}.config.mjs`), text);
  const eslintPackages = [join(root, "node_modules", "eslint"), join(workDir, "node_modules", STARTUP_ESLINT_9)];
  return eslintPackages.map((packageDir) => {
    const bin = join(packageDir, "bin", "eslint.js");
    const samples = { empty: [], oneRule: [], ours: [] };
    for (let run = 0; run < 7; run += 1) {
      for (const name of Object.keys(configs)) {
        const started = performance.now();
        execFileSync(process.execPath, [bin, "-c", `${name}.config.mjs`, "one.js"], { cwd: dir, stdio: "ignore" });
        samples[name].push(performance.now() - started);
      }
    }
    const version = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")).version;
    return { eslint: version, emptyMs: median(samples.empty), oneRuleMs: median(samples.oneRule), oursMs: median(samples.ours) };
  });
}

async function main() {
  const eslintVersion = require("eslint/package.json").version;
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}, ESLint ${eslintVersion}`);
  console.log(`peers: ${Object.entries(PEERS).map(([name, version]) => `${name}@${version}`).join(", ")}`);
  const { workDir, corpusDir, stats } = prepareCorpus(PEERS, BENCH_PACKAGES);
  const toolsDir = workDir;
  try {
    console.log(`corpus: ${Object.keys(BENCH_PACKAGES).length} packages, ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB; ${RUNS} runs each, medians\n`);

    const ours = [];
    const noSecrets = [];
    const secretlint = [];
    for (let run = 0; run < RUNS; run += 1) {
      // Interleaved, so drift on the machine hits every tool alike.
      ours.push(await lintWithStats(corpusDir, ourConfig()));
      noSecrets.push(await lintWithStats(corpusDir, noSecretsConfig(toolsDir)));
      secretlint.push(secretlintRun(corpusDir, toolsDir));
    }
    const summary = (runs) => ({
      parseMs: median(runs.map((entry) => entry.parseMs)),
      ruleMs: median(runs.map((entry) => entry.ruleMs)),
      wallMs: median(runs.map((entry) => entry.wallMs)),
      reports: runs[0].reports,
      small: {
        files: runs[0].small.files,
        parseMs: median(runs.map((entry) => entry.small.parseMs)),
        ruleMs: median(runs.map((entry) => entry.small.ruleMs)),
      },
    });
    const us = summary(ours);
    const them = summary(noSecrets);
    const secretlintWall = median(secretlint.map((entry) => entry.wallMs));

    console.log("1. Cost on the corpus");
    console.log(`   tool                       rule time     share of parse   reports   peer ÷ us (rule time)`);
    console.log(`   hf-secrets (configs.all)   ${ms(us.ruleMs).padStart(10)}    ${percent(us.ruleMs / us.parseMs).padStart(10)}     ${String(us.reports).padStart(7)}   1×`);
    console.log(`   eslint-plugin-no-secrets   ${ms(them.ruleMs).padStart(10)}    ${percent(them.ruleMs / them.parseMs).padStart(10)}     ${String(them.reports).padStart(7)}   ${ratio(them.ruleMs / us.ruleMs)}`);
    console.log(`   secretlint (whole process) ${ms(secretlintWall).padStart(10)}    ${percent(secretlintWall / us.parseMs).padStart(10)}     ${String(secretlint[0].reports).padStart(7)}   ${ratio(secretlintWall / us.ruleMs)}`);
    console.log(`   parse time (ESLint, shared parsers): ${ms(us.parseMs)} (ours run) / ${ms(them.parseMs)} (no-secrets run)`);
    // Selector matching is ESLint's traversal work, in neither column above: the whole lint shows it.
    console.log(`   whole lint (ESLint.lintFiles wall time): ours ${ms(us.wallMs)}, no-secrets ${ms(them.wallMs)}`);
    console.log(`   secretlint's share is of our parse time, and its ratio compares its whole process with our rule time`);
    console.log(`   files under 10 kB (${us.small.files} of ${ours[0].files}): ours ${ms(us.small.ruleMs)} = ${percent(us.small.ruleMs / us.small.parseMs)} of their ${ms(us.small.parseMs)} parse; no-secrets ${ms(them.small.ruleMs)} = ${percent(them.small.ruleMs / them.small.parseMs)}`);
    const targets = {
      shareOfParse: us.ruleMs / us.parseMs <= 0.01,
      versusNoSecrets: them.ruleMs / us.ruleMs >= 50,
    };
    console.log(`   targets: ≤ 1 % of parse ${targets.shareOfParse ? "met" : "MISSED"}; ≥ 50× less than no-secrets ${targets.versusNoSecrets ? "met" : "MISSED"}`);
    // The line docs/performance.md quotes, and tests/e2e/docs-figures.test.ts holds the other docs to.
    const whole = (value) => Math.round(value).toLocaleString("en-US");
    console.log(`   headline: hf-secrets (configs.all) ${whole(us.ruleMs)} ms = ${((us.ruleMs / us.parseMs) * 100).toFixed(2)} % of ${whole(us.parseMs)} ms parse; eslint-plugin-no-secrets ${whole(them.ruleMs)} ms (${(them.ruleMs / us.ruleMs).toFixed(0)}×)\n`);

    console.log("2. Hidden-token cases found (seeded fake tokens)");
    const found = await recall(toolsDir, workDir);
    const tools = Object.keys(found.found);
    console.log(`   ${"case".padEnd(28)}${tools.map((tool) => tool.padStart(12)).join("")}`);
    for (const file of found.cases) {
      console.log(`   ${file.padEnd(28)}${tools.map((tool) => (found.found[tool].has(file) ? "found" : "-").padStart(12)).join("")}`);
    }
    console.log(`   ${"total".padEnd(28)}${tools.map((tool) => `${found.found[tool].size}/${found.cases.length}`.padStart(12)).join("")}\n`);

    console.log("3. Detection core on the corpus text (no token in it)");
    const throughput = coreThroughput(readTexts(corpusDir));
    const floorSpeed = throughput.megabytes / (throughput.floorMs / 1000);
    const coreSpeed = throughput.megabytes / (throughput.coreMs / 1000);
    console.log(`   indexOf("hf_") floor: ${ms(throughput.floorMs)} = ${floorSpeed.toFixed(0)} MB/s`);
    console.log(`   findTokens:           ${ms(throughput.coreMs)} = ${coreSpeed.toFixed(0)} MB/s, ${ratio(throughput.coreMs / throughput.floorMs)} the floor (target ≤ 3×: ${throughput.coreMs / throughput.floorMs <= 3 ? "met" : "MISSED"}); ${throughput.tokens} tokens\n`);

    console.log("4. Scaling: one generated file");
    const rows = await scaling(workDir);
    const base = rows[0];
    console.log(`   size    parse        rules        rules per MB   core per MB   reports`);
    for (const row of rows) {
      console.log(
        `   ${`${row.megabytes} MB`.padEnd(7)} ${ms(row.parseMs).padStart(10)}   ${ms(row.ruleMs).padStart(10)}   ${ms(row.ruleMs / row.megabytes).padStart(10)} (${ratio(row.ruleMs / row.megabytes / (base.ruleMs / base.megabytes))})   ${ms(row.coreMs / row.megabytes).padStart(9)}   ${row.reports}`,
      );
    }
    const largest = rows.at(-1);
    const growth = largest.ruleMs / largest.megabytes / (base.ruleMs / base.megabytes);
    console.log(`   rule cost per MB at ${largest.megabytes} MB is ${ratio(growth)} that at ${base.megabytes} MB (linear: ≤ 2×: ${growth <= 2 ? "met" : "MISSED"})`);

    console.log("\n5. Start-up: `eslint one.js`, a fresh process each time");
    const startup = startupRatio(workDir);
    for (const row of startup) {
      const versusEmpty = row.oursMs / row.emptyMs;
      console.log(
        `   ESLint ${row.eslint}: empty config ${ms(row.emptyMs)}, one rule that does nothing ${ms(row.oneRuleMs)} (${ratio(row.oneRuleMs / row.emptyMs)}), configs.recommended ${ms(row.oursMs)}`,
      );
      console.log(`      configs.recommended costs ${versusEmpty.toFixed(2)}× an empty config (target ≤ 1.3×: ${versusEmpty <= 1.3 ? "met" : "MISSED"}), ${(row.oursMs / row.oneRuleMs).toFixed(2)}× one rule that does nothing`);
    }

    if (JSON_OUT) {
      writeFileSync(
        JSON_OUT,
        JSON.stringify(
          {
            corpus: stats,
            ours: us,
            noSecrets: them,
            secretlintWallMs: secretlintWall,
            recall: Object.fromEntries(tools.map((tool) => [tool, [...found.found[tool]]])),
            throughput,
            scaling: rows,
            startup,
          },
          null,
          2,
        ),
      );
    }
  } finally {
    if (!process.argv.includes("--keep")) rmSync(workDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) await main();
