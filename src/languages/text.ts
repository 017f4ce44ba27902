import { TextSourceCodeBase, VisitNodeStep } from "@eslint/plugin-kit";
import { TEXT_DOCUMENT } from "./text-roots";

/*
 * A language for any text file (ESLint 9.7+ `languages`): notebooks, .env files, YAML, Markdown,
 * JSON, Python, shell. The whole file is one node; rules read `sourceCode.text`, so positions are
 * those of the file itself, which is where an editor jumps.
 */

interface Position {
  line: number;
  column: number;
}

/** The one node of a text file. */
export interface TextDocument {
  type: "TextDocument";
  range: [number, number];
  loc: { start: Position; end: Position };
}


type TextSourceCodeOptions = {
  LangOptions: Record<string, never>;
  RootNode: TextDocument;
  SyntaxElementWithLoc: TextDocument;
  ConfigNode: never;
};

export class TextSourceCode extends TextSourceCodeBase<TextSourceCodeOptions> {
  override getParent(): undefined {
    return undefined;
  }

  override traverse(): VisitNodeStep[] {
    return [
      new VisitNodeStep({ target: this.ast, phase: 1, args: [this.ast] }),
      new VisitNodeStep({ target: this.ast, phase: 2, args: [this.ast] }),
    ];
  }
}

export interface TextFile {
  body: string | Uint8Array;
}

function documentOf(text: string): TextDocument {
  const lines = text.split(/\r\n|\r|\n/);
  const lastLine = lines.at(-1) ?? "";
  return {
    type: TEXT_DOCUMENT,
    range: [0, text.length],
    loc: { start: { line: 1, column: 0 }, end: { line: lines.length, column: lastLine.length } },
  };
}

function bodyText(file: TextFile): string {
  return typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body);
}

export const textLanguage = {
  fileType: "text" as const,
  lineStart: 1 as const,
  columnStart: 0 as const,
  nodeTypeKey: "type",
  visitorKeys: { [TEXT_DOCUMENT]: [] as string[] },
  defaultLanguageOptions: {},
  validateLanguageOptions(): void {
    // A text file has no options to validate.
  },
  parse(file: TextFile): { ok: true; ast: TextDocument } {
    return { ok: true, ast: documentOf(bodyText(file)) };
  },
  createSourceCode(file: TextFile, parsed: { ast: TextDocument }): TextSourceCode {
    return new TextSourceCode({ text: bodyText(file), ast: parsed.ast, lineEndingPattern: /\r\n|\r|\n/u });
  },
};
