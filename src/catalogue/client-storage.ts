import { codeql } from "./sources";
import type { Sourced } from "./sources";

/**
 * Where browser code stores a value in clear text, readable by any script on the page and kept
 * after the tab closes: after CodeQL's clear-text storage sinks (web storage, cookies) and its
 * cookie library models.
 */
export interface ClientStorage extends Sourced {
  /** The object the code writes through. */
  readonly owner: string;
  /** Methods whose argument at `valueArgument` is stored; empty for a property write (`document.cookie = …`). */
  readonly methods: readonly string[];
  readonly valueArgument: number;
  /** A property assignment stores the value: `localStorage.token = …`, `document.cookie = …`. */
  readonly propertyWrite: boolean;
}

export const CLIENT_STORAGE_TABLE: readonly ClientStorage[] = [
  { owner: "localStorage", methods: ["setItem"], valueArgument: 1, propertyWrite: true, source: `${codeql("DOM.qll", 119)} (CleartextStorage sink)` },
  { owner: "sessionStorage", methods: ["setItem"], valueArgument: 1, propertyWrite: true, source: `${codeql("DOM.qll", 119)} (CleartextStorage sink)` },
  { owner: "document", methods: [], valueArgument: 0, propertyWrite: true, source: `${codeql("CookieLibraries.qll")} (\`document.cookie =\`)` },
  { owner: "Cookies", methods: ["set"], valueArgument: 1, propertyWrite: false, source: `${codeql("CookieLibraries.qll")} (js-cookie)` },
  { owner: "Cookie", methods: ["set"], valueArgument: 1, propertyWrite: false, source: `${codeql("CookieLibraries.qll")} (global Cookie, es-cookie)` },
  { owner: "cookies", methods: ["set"], valueArgument: 1, propertyWrite: false, source: `${codeql("CookieLibraries.qll")} (browser-cookies); Next.js \`cookies().set\`` },
  { owner: "$cookies", methods: ["put", "putObject"], valueArgument: 1, propertyWrite: false, source: codeql("AngularJSCore.qll", 655) },
];
