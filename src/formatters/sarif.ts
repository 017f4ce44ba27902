import type { ESLint } from "eslint";

/*
 * SARIF 2.1.0 (docs.oasis-open.org/sarif/sarif/v2.1.0), the format GitHub code scanning and other
 * security dashboards read, for `hf-secrets scan --format sarif`. Messages are the rules' own, so
 * every token in them is masked.
 */

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

interface SarifOptions {
  readonly version: string;
  readonly cwd: string;
  readonly docsUrlOf: (ruleId: string) => string | undefined;
}

function uriOf(filePath: string, cwd: string): string {
  const normalized = filePath.replaceAll("\\", "/");
  const base = `${cwd.replaceAll("\\", "/")}/`;
  return encodeURI(normalized.startsWith(base) ? normalized.slice(base.length) : normalized);
}

export function sarifOf(results: readonly ESLint.LintResult[], options: SarifOptions): string {
  const ruleIds = [...new Set(results.flatMap((result) => result.messages.map((message) => message.ruleId ?? "fatal")))].sort();
  const sarifResults = results.flatMap((result) =>
    result.messages.map((message) => ({
      ruleId: message.ruleId ?? "fatal",
      ruleIndex: ruleIds.indexOf(message.ruleId ?? "fatal"),
      level: message.severity === 2 ? "error" : "warning",
      message: { text: message.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uriOf(result.filePath, options.cwd), uriBaseId: "%SRCROOT%" },
            region: {
              startLine: Math.max(1, message.line),
              startColumn: Math.max(1, message.column),
              ...(message.endLine === undefined ? {} : { endLine: message.endLine }),
              ...(message.endColumn === undefined ? {} : { endColumn: message.endColumn }),
            },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "hf-secrets",
            version: options.version,
            informationUri: "https://github.com/hf-secrets/eslint-plugin-hf-secrets",
            rules: ruleIds.map((id) => {
              const helpUri = options.docsUrlOf(id);
              return { id, ...(helpUri === undefined ? {} : { helpUri }) };
            }),
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: `file://${encodeURI(options.cwd.replaceAll("\\", "/"))}/` } },
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
