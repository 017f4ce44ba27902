// Real code holds no token, so `--fix` on the corpus alone proves little. This check writes seeded
// fake tokens into string literals of real files (first, middle and last literal of each file),
// runs --fix, and holds the fix's promises on the result: every output parses, a second pass
// changes nothing, and every token left in a file is still reported. Only file names and line
// numbers are printed, never a token.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { Linter } from "eslint";

const require = createRequire(import.meta.url);
const { makeFakeToken } = require("./fake-tokens.cjs");

const SOURCE_FILE = /\.(?:m|c)?[jt]s$/;
/** Minified bundles are linted by the corpus check; here they would only slow the fix passes. */
const LARGEST_FILE = 100_000;
const PLUGIN_PREFIX = "hf-secrets/";

/** Reports every string literal's range: where tokens are seeded. */
const stringLiterals = {
  meta: { type: "problem", schema: [] },
  create(context) {
    return {
      Literal(node) {
        if (typeof node.value === "string") context.report({ node, message: `${node.range[0]}:${node.range[1]}` });
      },
    };
  },
};

function sourceFiles(directory, found = []) {
  for (const name of readdirSync(directory).sort()) {
    const path = join(directory, name);
    const info = statSync(path);
    if (info.isDirectory()) sourceFiles(path, found);
    else if (SOURCE_FILE.test(name) && !name.endsWith(".d.ts") && info.size <= LARGEST_FILE) found.push(path);
  }
  return found;
}

/** Up to `count` files spread evenly over the sorted list, so the sample is the same on every run. */
function spreadSample(files, count) {
  const step = Math.max(1, Math.floor(files.length / count));
  return files.filter((_, index) => index % step === 0).slice(0, count);
}

export function seededFixCheck({ corpusDir, config, files: fileCount = 600, tokensPerFile = 3 }) {
  const linter = new Linter({ cwd: corpusDir });
  const collector = { plugins: { seed: { rules: { strings: stringLiterals } } }, rules: { "seed/strings": "error" } };
  const outcome = { files: 0, tokens: 0, fixed: 0, leftReported: 0, hidden: [], broken: [], unstable: [] };
  let seed = 1;
  for (const file of spreadSample(sourceFiles(corpusDir), fileCount)) {
    const text = readFileSync(file, "utf8");
    const where = relative(corpusDir, file);
    const ranges = linter
      .verify(text, [...config, collector], file)
      .filter((message) => message.ruleId === "seed/strings")
      .map((message) => message.message.split(":").map(Number));
    if (ranges.length === 0) continue;
    const picked = [...new Set([0, Math.floor(ranges.length / 2), ranges.length - 1])].slice(0, tokensPerFile).map((index) => ranges[index]);
    // From the end, so earlier ranges stay valid.
    picked.sort((left, right) => right[0] - left[0]);
    let seeded = text;
    const tokens = [];
    for (const [start, end] of picked) {
      const token = makeFakeToken(seed++);
      tokens.push(token);
      seeded = `${seeded.slice(0, start + 1)}${token}${seeded.slice(end - 1)}`;
    }
    outcome.files += 1;
    outcome.tokens += tokens.length;

    const { output } = linter.verifyAndFix(seeded, config, file);
    if (linter.verify(output, config, file).some((message) => message.fatal)) {
      outcome.broken.push(where);
      continue;
    }
    if (linter.verifyAndFix(output, config, file).fixed) outcome.unstable.push(where);
    const left = linter.verify(output, config, file).filter((message) => message.ruleId?.startsWith(PLUGIN_PREFIX));
    for (const token of tokens) {
      const at = output.indexOf(token);
      if (at === -1) {
        outcome.fixed += 1;
        continue;
      }
      const line = output.slice(0, at).split("\n").length;
      if (left.some((message) => message.line <= line && (message.endLine ?? message.line) >= line)) outcome.leftReported += 1;
      else outcome.hidden.push(`${where}:${line}`);
    }
  }
  return outcome;
}

export function describeSeededFixes(outcome) {
  return (
    `seeded fixes: ${outcome.tokens} fake tokens in ${outcome.files} files; ${outcome.fixed} fixed, ` +
    `${outcome.leftReported} left and still reported, ${outcome.hidden.length} left unreported, ` +
    `${outcome.broken.length} fixes that do not parse, ${outcome.unstable.length} that a second pass changes`
  );
}
