/**
 * The versions hand-written tables were checked against. CodeQL's JavaScript library is the
 * anchor for requests, logging, build inlining, client storage and responses: read from
 * github/codeql's tree at the commit below, through the microsoft/codeql mirror (the same tree;
 * github/codeql's snapshot was too large to bring here).
 */
export const CODEQL = {
  pack: "codeql/javascript-all",
  version: "2.8.2",
  commit: "94101634db019b00637dd5cfe241f7e570da290d",
  date: "2026-07-23",
  frameworks: "javascript/ql/lib/semmle/javascript/frameworks",
} as const;

/** `CodeQL ClientRequests.qll:218` for a cited line of a framework model. */
export function codeql(file: string, line?: number): string {
  const path = file.includes("/") ? file : `${CODEQL.frameworks}/${file}`;
  return `CodeQL ${CODEQL.pack} ${CODEQL.version}: ${path}${line === undefined ? "" : `:${line}`}`;
}

/** One entry's source: a package, version and file; a docs page; or a CodeQL model. */
export interface Sourced {
  readonly source: string;
}
