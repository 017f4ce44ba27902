import { Linter } from "eslint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index";
import { makeToken, maskOf } from "../helpers/tokens";

/*
 * A token assembled from pieces is found wherever its pieces are written: in literals, template
 * parts and `const`s, declared before or after the code that reads them, put together by `+`,
 * templates, `join` and `concat`, beside things the assembler cannot read (`a.b`, `f()`, numbers)
 * and read again through names alone in a template or a sum. ESLint's selectors skip roots whose
 * pieces cannot meet, and the bound skips roots with no run across two pieces: neither may skip a
 * token. The same programs with a look-alike (one character short) report nothing.
 */
const config = [{ ...plugin.configs.all[0], rules: { "hf-secrets/no-hardcoded-token": "error" } }] as Linter.Config[];

/** How one piece of text is written: in place, or through a `const` declared above or below the code that reads it. */
type PieceStyle = "literal" | "const-above" | "const-below" | "template";
/** `template` puts every piece in `${…}`; `template-text` writes literal pieces as the template's own text. */
type Joiner = "sum" | "template" | "template-text" | "join" | "concat";

/** Things the assembler reads as holes, and text around a token that ends its runs. */
const HOLES = ["obj.key", "f()", "1", "this.x", "(a ? b : c)"];
const SEPARATORS = [" ", ": ", "/", "\\n"];

const scenario = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 30 }),
  cuts: fc.uniqueArray(fc.integer({ min: 1, max: 36 }), { minLength: 1, maxLength: 3 }),
  styles: fc.array(fc.constantFrom<PieceStyle>("literal", "const-above", "const-below", "template"), { minLength: 4, maxLength: 4 }),
  joiner: fc.constantFrom<Joiner>("sum", "template", "template-text", "join", "concat"),
  hole: fc.constantFrom(...HOLES),
  separator: fc.constantFrom(...SEPARATORS),
  /** Text around the token inside the same assembly, or the pieces alone. */
  framed: fc.boolean(),
  holeAt: fc.constantFrom("none", "before", "after"),
  /** The assembly stands in a `const` that is read again through its name alone: in a template, a sum, a call. */
  readAgain: fc.constantFrom("none", "template", "sum", "call"),
  inFunction: fc.boolean(),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function assembled(pieces: readonly string[], joiner: Joiner): string {
  switch (joiner) {
    case "sum":
      return pieces.join(" + ");
    case "template":
      return `\`${pieces.map((piece) => `\${${piece}}`).join("")}\``;
    case "template-text":
      return `\`${pieces.map((piece) => (piece.startsWith('"') ? (JSON.parse(piece) as string) : `\${${piece}}`)).join("")}\``;
    case "join":
      return `[${pieces.join(", ")}].join("")`;
    case "concat":
      return `${pieces[0]}.concat(${pieces.slice(1).join(", ")})`;
  }
}

/** A program that assembles `value` from pieces cut at `cuts`, written and put together as `parameters` say. */
function programFor(value: string, parameters: Scenario): string {
  const { cuts, styles, joiner, hole, separator, framed, holeAt, readAgain, inFunction } = parameters;
  const above: string[] = [];
  const below: string[] = [];
  let names = 0;
  const written = (text: string, style: PieceStyle): string => {
    if (style === "literal") return JSON.stringify(text);
    if (style === "template") return `\`${text}\``;
    const name = `p${names++}`;
    (style === "const-above" ? above : below).push(`const ${name} = ${JSON.stringify(text)};`);
    return name;
  };
  const bounds = [0, ...[...cuts].sort((a, b) => a - b).filter((cut) => cut < value.length), value.length];
  const pieces: string[] = [];
  for (let index = 0; index + 1 < bounds.length; index += 1) {
    pieces.push(written(value.slice(bounds[index], bounds[index + 1]), styles[index % styles.length] ?? "literal"));
  }
  // Text that ends the token's run on both sides, and a hole beside it in a sum.
  const whole = assembled(framed ? [`"x${separator}"`, ...pieces, `"${separator}"`] : pieces, joiner);
  const withHole = joiner !== "sum" || holeAt === "none" ? whole : holeAt === "after" ? `(${whole}) + ${hole}` : `${hole} + ${whole}`;
  let use = `const value = ${withHole};`;
  if (readAgain !== "none") {
    above.push(`const assembled = ${withHole};`);
    use = readAgain === "template" ? "const value = `${assembled}!`;" : readAgain === "sum" ? 'const value = assembled + "!";' : "const value = send(assembled);";
  }
  const body = inFunction ? `function run() {\n  ${use}\n  return value;\n}` : use;
  return [...above, body, ...below].join("\n");
}

const STYLES: readonly PieceStyle[] = ["literal", "const-above", "const-below", "template"];
const JOINERS: readonly Joiner[] = ["sum", "template", "template-text", "join", "concat"];

describe("assembled tokens", () => {
  it("are reported from two pieces of every style under every joiner, alone or read again", () => {
    const linter = new Linter();
    let programs = 0;
    for (const joiner of JOINERS) {
      for (const first of STYLES) {
        for (const second of STYLES) {
          for (const readAgain of ["none", "template", "sum"] as const) {
            const parameters: Scenario = { seed: 4242 + programs, cuts: [5 + (programs % 30)], styles: [first, second, first, second], joiner, hole: "1", separator: " ", framed: false, holeAt: "none", readAgain, inFunction: programs % 2 === 0 };
            const token = makeToken(parameters.seed);
            const reports = linter.verify(programFor(token, parameters), config, "assembled.js");
            expect(reports.some((message) => message.message.includes(maskOf(token))), programFor("<token>", parameters)).toBe(true);
            programs += 1;
          }
        }
      }
    }
    expect(programs).toBe(240);
  });

  it("are reported however their pieces are written and put together; look-alikes are not", () => {
    fc.assert(
      fc.property(scenario, (parameters) => {
        const token = makeToken(parameters.seed);
        const linter = new Linter();
        const reports = linter.verify(programFor(token, parameters), config, "assembled.js");
        expect(reports.filter((message) => message.fatal)).toEqual([]);
        expect(reports.some((message) => message.message.includes(maskOf(token)))).toBe(true);
        const lookAlike = linter.verify(programFor(token.slice(0, -1), parameters), config, "assembled.js");
        expect(lookAlike.filter((message) => message.ruleId === "hf-secrets/no-hardcoded-token")).toEqual([]);
      }),
      { numRuns: 400, seed: 20261205 },
    );
  });
});
