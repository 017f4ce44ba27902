/** JSON with comments and trailing commas, as tsconfig.json, jsconfig.json and deno.jsonc are written; `undefined` when it cannot be read. */
export function parseLenientJson(text: string): unknown {
  const withoutComments = text.replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (_whole, string: string | undefined) => string ?? "");
  try {
    return JSON.parse(withoutComments.replace(/,(\s*[}\]])/g, "$1"));
  } catch {
    return undefined;
  }
}
