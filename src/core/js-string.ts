/**
 * Reads the body of a JavaScript string or template literal as written (its raw text, without
 * delimiters) into the value it denotes, keeping for each character of the value the offset in
 * the raw text it came from. That map lets a rule report `\u0068f_…` on the exact characters
 * that spell the token, and lets a fix keep the untouched parts of a literal as written.
 */

export interface DecodedText {
  readonly text: string;
  /** `rawOffsets[i]` is where value character `i` starts in the raw text; one extra entry marks the end. */
  readonly rawOffsets: readonly number[] | undefined;
}

export type LiteralKind = "string" | "template";

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  n: "\n",
  t: "\t",
  r: "\r",
  b: "\b",
  f: "\f",
  v: "\v",
};

function isLineTerminator(character: string | undefined): boolean {
  return character === "\n" || character === "\r" || character === "\u2028" || character === "\u2029";
}

function isHex(text: string): boolean {
  return text.length > 0 && /^[0-9a-fA-F]+$/.test(text);
}

/** Returns `undefined` when the escapes are not valid for the kind (left for the parser to reject). */
export function decodeLiteralBody(raw: string, kind: LiteralKind): DecodedText | undefined {
  if (!raw.includes("\\")) return { text: raw, rawOffsets: undefined };
  let text = "";
  const rawOffsets: number[] = [];
  const emit = (value: string, from: number): void => {
    text += value;
    for (let index = 0; index < value.length; index += 1) rawOffsets.push(from);
  };
  let position = 0;
  while (position < raw.length) {
    const character = raw[position] as string;
    if (character !== "\\") {
      // A template normalises CR LF and CR to LF in its value.
      if (kind === "template" && character === "\r") {
        emit("\n", position);
        position += raw[position + 1] === "\n" ? 2 : 1;
      } else {
        emit(character, position);
        position += 1;
      }
      continue;
    }
    const start = position;
    const next = raw[position + 1];
    if (next === undefined) return undefined;
    if (isLineTerminator(next)) {
      position += next === "\r" && raw[position + 2] === "\n" ? 3 : 2;
      continue;
    }
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      emit(simple, start);
      position += 2;
      continue;
    }
    if (next === "x") {
      const hex = raw.slice(position + 2, position + 4);
      if (hex.length !== 2 || !isHex(hex)) return undefined;
      emit(String.fromCharCode(Number.parseInt(hex, 16)), start);
      position += 4;
      continue;
    }
    if (next === "u") {
      let codePoint: number;
      if (raw[position + 2] === "{") {
        const close = raw.indexOf("}", position + 3);
        const hex = close === -1 ? "" : raw.slice(position + 3, close);
        if (!isHex(hex)) return undefined;
        codePoint = Number.parseInt(hex, 16);
        position = close + 1;
      } else {
        const hex = raw.slice(position + 2, position + 6);
        if (hex.length !== 4 || !isHex(hex)) return undefined;
        codePoint = Number.parseInt(hex, 16);
        position += 6;
      }
      if (codePoint > 0x10ffff) return undefined;
      emit(String.fromCodePoint(codePoint), start);
      continue;
    }
    if (next >= "0" && next <= "9") {
      const following = raw[position + 2];
      const isNul = next === "0" && !(following !== undefined && following >= "0" && following <= "9");
      if (isNul) {
        emit("\0", start);
        position += 2;
        continue;
      }
      // Legacy octal and \8 \9 exist only in sloppy-mode strings; templates reject them.
      if (kind === "template") return undefined;
      if (next === "8" || next === "9") {
        emit(next, start);
        position += 2;
        continue;
      }
      const maxDigits = next <= "3" ? 3 : 2;
      let digits = "";
      let cursor = position + 1;
      while (digits.length < maxDigits && (raw[cursor] ?? "") >= "0" && (raw[cursor] ?? "") <= "7") {
        digits += raw[cursor];
        cursor += 1;
      }
      emit(String.fromCharCode(Number.parseInt(digits, 8)), start);
      position = cursor;
      continue;
    }
    // Any other escaped character stands for itself (`\'`, `\"`, `\``, `\$`, `\\`).
    emit(next, start);
    position += 2;
  }
  rawOffsets.push(raw.length);
  return { text, rawOffsets };
}

/** Maps a range of the decoded value back onto the raw text. */
export function rawRangeOf(decoded: DecodedText, start: number, end: number): [number, number] {
  const offsets = decoded.rawOffsets;
  if (!offsets) return [start, end];
  return [offsets[start] ?? start, offsets[end] ?? end];
}

/** Whether raw string-literal text uses an escape a template literal would reject. */
export function hasTemplateIncompatibleEscape(raw: string): boolean {
  return /\\(?:[1-9]|0[0-9])/.test(raw.replace(/\\\\/g, ""));
}

/** Writes a value as the raw text of a template literal part. */
export function toTemplateRaw(value: string): string {
  let out = "";
  for (let index = 0; index < value.length; index += 1) {
    const character = value[index] as string;
    const code = character.charCodeAt(0);
    if (character === "\\" || character === "`") out += `\\${character}`;
    else if (character === "$" && value[index + 1] === "{") out += "\\$";
    else if (character === "\n") out += "\\n";
    else if (character === "\r") out += "\\r";
    else if (character === "\t") out += "\\t";
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff)) {
      // Lone surrogates and control characters would be invisible or ill-formed in source.
      const isPairedSurrogate =
        code >= 0xd800 && code <= 0xdbff && /[\udc00-\udfff]/.test(value[index + 1] ?? "");
      if (isPairedSurrogate) {
        out += character + (value[index + 1] as string);
        index += 1;
      } else {
        out += `\\u${code.toString(16).padStart(4, "0")}`;
      }
    } else out += character;
  }
  return out;
}

/**
 * Rewrites raw string-literal text as raw template text, keeping escapes as written where a
 * template accepts them; otherwise falls back to re-escaping the value.
 */
export function stringRawToTemplateRaw(raw: string): string {
  if (hasTemplateIncompatibleEscape(raw)) {
    const decoded = decodeLiteralBody(raw, "string");
    return toTemplateRaw(decoded ? decoded.text : raw);
  }
  let out = "";
  for (let index = 0; index < raw.length; index += 1) {
    const character = raw[index] as string;
    if (character === "\\") {
      out += character + (raw[index + 1] ?? "");
      index += 1;
    } else if (character === "`") out += "\\`";
    else if (character === "$" && raw[index + 1] === "{") out += "\\$";
    else out += character;
  }
  return out;
}
