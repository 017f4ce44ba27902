// `npm install`'s prepare step: builds dist/ in a clone and when npm installs the package from git,
// as pre-commit.com's node hooks do (`npm install -g git+file://…`). There npm installs the
// devDependencies before `prepare`, but the inherited `npm_config_global` sends them to the global
// prefix, so TypeScript is missing here: it is installed into this folder first.
const { execFileSync } = require("node:child_process");
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");

if (!existsSync(tsc)) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^npm_config_(?:global|prefix|location)$/i.test(key)) delete env[key];
  execFileSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--ignore-scripts", "--include=dev", "--loglevel=error"], { cwd: root, stdio: "inherit", env });
}
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
