import { ConfigCommentParser, Directive, TextSourceCodeBase, VisitNodeStep } from "@eslint/plugin-kit";
import { commentSyntaxOf, textFileKind, type CommentSyntax } from "../core/file-kinds";
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


/** A comment in the file's own syntax: `# …`, `<!-- … -->`, `// …`, or a `#` line of a notebook cell. */
export interface TextComment {
  type: "TextComment";
  value: string;
  range: [number, number];
  loc: { start: Position; end: Position };
}

type TextSourceCodeOptions = {
  LangOptions: Record<string, never>;
  RootNode: TextDocument;
  SyntaxElementWithLoc: TextDocument | TextComment;
  ConfigNode: TextComment;
};

const commentParser = new ConfigCommentParser();
const INLINE_CONFIG = /^\s*eslint(?:-enable|-disable|-disable-line|-disable-next-line)?(?:\s|$)/u;

/*
 * Each syntax's comments, as ranges of the file. A `#` starts a comment at a line's start or after
 * white space (so `url#anchor` is none). In a notebook, a cell's source lines are JSON strings:
 * `"# eslint-disable-next-line …\n",` is a comment of that cell, and its next source line is the
 * next line of the file, as nbformat writes cells.
 */
const COMMENT_PATTERNS: Readonly<Record<Exclude<CommentSyntax, "none">, RegExp>> = {
  hash: /(?:^|[ \t])(#[^\r\n]*)/gmu,
  html: /(<!--[^]*?-->)/gu,
  slash: /(?:^|[ \t])(\/\/[^\r\n]*|\/\*[^]*?\*\/)/gmu,
  notebook: /(?:"|[ \t])(#[^"\\\r\n]*|<!--[^"\\\r\n]*?-->)/gu,
};

/**
 * Markdown with its code blanked out (same length, line ends kept): an HTML comment shown in a code
 * span or a fenced block is an example, not a directive, as `@eslint/markdown` reads it.
 */
function withoutMarkdownCode(text: string): string {
  let inFence: string | undefined;
  return text
    .split("\n")
    .map((line) => {
      const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (inFence !== undefined) {
        if (fence !== undefined && fence[0] === inFence[0] && fence.length >= inFence.length) inFence = undefined;
        return " ".repeat(line.length);
      }
      if (fence !== undefined) {
        inFence = fence;
        return " ".repeat(line.length);
      }
      return line.replace(/(`+)[^`]+?\1/g, (span) => " ".repeat(span.length));
    })
    .join("\n");
}

/** The text inside a comment's delimiters. */
function commentValue(raw: string): string {
  if (raw.startsWith("<!--")) return raw.slice(4, -3);
  if (raw.startsWith("/*")) return raw.slice(2, -2);
  if (raw.startsWith("//")) return raw.slice(2);
  return raw.slice(1);
}

export class TextSourceCode extends TextSourceCodeBase<TextSourceCodeOptions> {
  private readonly commentSyntax: CommentSyntax;
  private readonly isMarkdown: boolean;
  private commentList: TextComment[] | undefined;
  /**
   * Empty, as on ESLint's own SourceCode: configs whose rules apply to every file (eslint-plugin-
   * svelte's `svelte/comment-directive`) read it on each file they meet, ours included.
   */
  readonly parserServices: Record<string, unknown> = {};

  constructor(options: { text: string; ast: TextDocument; filename: string | undefined }) {
    super({ text: options.text, ast: options.ast, lineEndingPattern: /\r\n|\r|\n/u });
    const kind = options.filename === undefined ? undefined : textFileKind(options.filename);
    this.commentSyntax = kind === undefined ? "none" : commentSyntaxOf(kind);
    this.isMarkdown = kind === "markdown";
  }

  /** Every comment of the file, in its format's syntax; none where the format has no comments (JSON, text). */
  get comments(): TextComment[] {
    if (this.commentList) return this.commentList;
    const comments: TextComment[] = [];
    if (this.commentSyntax !== "none") {
      const pattern = new RegExp(COMMENT_PATTERNS[this.commentSyntax]);
      const searched = this.commentSyntax === "html" && this.isMarkdown ? withoutMarkdownCode(this.text) : this.text;
      for (let match = pattern.exec(searched); match; match = pattern.exec(searched)) {
        const raw = match[1] ?? "";
        const start = match.index + match[0].indexOf(raw);
        const range: [number, number] = [start, start + raw.length];
        comments.push({ type: "TextComment", value: commentValue(raw), range, loc: this.locOfRange(range) });
      }
    }
    this.commentList = comments;
    return comments;
  }

  private locOfRange(range: [number, number]): { start: Position; end: Position } {
    return { start: this.getLocFromIndex(range[0]), end: this.getLocFromIndex(range[1]) };
  }

  /** The comments that hold ESLint directives (`eslint-disable…`, `eslint-enable`, `eslint`). */
  getInlineConfigNodes(): TextComment[] {
    return this.comments.filter((comment) => INLINE_CONFIG.test(comment.value));
  }

  /** `eslint-disable`, `-enable`, `-line`, `-next-line` in the file's own comments, as `@eslint/json` reads them. */
  getDisableDirectives(): { problems: Array<{ ruleId: null; message: string; loc: TextComment["loc"] }>; directives: Directive[] } {
    const problems: Array<{ ruleId: null; message: string; loc: TextComment["loc"] }> = [];
    const directives: Directive[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const directive = commentParser.parseDirective(comment.value);
      if (!directive) continue;
      const { label, value, justification } = directive;
      if (label === "eslint-disable-line" && comment.loc.start.line !== comment.loc.end.line) {
        problems.push({ ruleId: null, message: `${label} comment should not span multiple lines.`, loc: comment.loc });
        continue;
      }
      if (label === "eslint-disable" || label === "eslint-enable" || label === "eslint-disable-next-line" || label === "eslint-disable-line") {
        directives.push(new Directive({ type: label.slice("eslint-".length) as "disable" | "enable" | "disable-next-line" | "disable-line", node: comment, value, justification }));
      }
    }
    return { problems, directives };
  }

  /** `eslint rule: severity` comments: rule configuration written in the file. */
  applyInlineConfig(): { configs: Array<{ config: { rules: Record<string, unknown> }; loc: TextComment["loc"] }>; problems: Array<{ ruleId: null; message: string; loc: TextComment["loc"] }> } {
    const configs: Array<{ config: { rules: Record<string, unknown> }; loc: TextComment["loc"] }> = [];
    const problems: Array<{ ruleId: null; message: string; loc: TextComment["loc"] }> = [];
    for (const comment of this.getInlineConfigNodes()) {
      const directive = commentParser.parseDirective(comment.value);
      if (directive?.label !== "eslint") continue;
      const parsed = commentParser.parseJSONLikeConfig(directive.value);
      if (parsed.ok) configs.push({ config: { rules: parsed.config as Record<string, unknown> }, loc: comment.loc });
      else problems.push({ ruleId: null, message: parsed.error.message, loc: comment.loc });
    }
    return { configs, problems };
  }

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
  path?: string;
  physicalPath?: string;
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
    return new TextSourceCode({ text: bodyText(file), ast: parsed.ast, filename: file.physicalPath ?? file.path });
  },
};
