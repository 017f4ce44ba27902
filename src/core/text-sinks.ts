import { textFileKind } from "./file-kinds";
import { isHfTokenName } from "./names";

/*
 * Values given to Hugging Face token names in text files, where the format gives names: `.env`
 * and shell `KEY=value` lines, YAML and TOML keys, JSON keys, Python assignments, `os.environ[…]`
 * and `login(token=…)`. Line by line, so a value is found where it is written.
 */

export interface TextSink {
  /** The name the value is given to, for messages: `HF_TOKEN`, `login(token=)`. */
  readonly name: string;
  readonly value: string;
  /** Offsets of the value (without quotes) in the text. */
  readonly start: number;
  readonly end: number;
}

export type TextSinkFormat = "env" | "yaml" | "json" | "python" | "toml";

/** Which format a file's name says it is in, if any that gives names. */
export function textSinkFormat(filename: string): TextSinkFormat | undefined {
  const kind = textFileKind(filename);
  switch (kind) {
    case "env":
    case "shell":
      return "env";
    case "yaml":
    case "workflow":
      return "yaml";
    case "json":
    case "jsonc":
    case "notebook":
      return "json";
    case "python":
      return "python";
    case "toml":
      return "toml";
    default:
      return undefined;
  }
}

// Each pattern captures the name, then the value's opening quote (or none) and the value.
// A value starting with `$` reads a variable (`$HF_TOKEN`, `${{ secrets.HF_TOKEN }}`): not a literal.
const ENV_LINE = /^\s*(?:export\s)?\s*([A-Za-z_][A-Za-z0-9_]*)=(["']?)([^"'\s#$][^"'\s#]*)/;
const YAML_LINE = /^\s*-?\s*([A-Za-z_][A-Za-z0-9_-]*)\s*:\s+(["']?)([^"'\s#$][^"'\s#]*)/;
const TOML_LINE = /^\s*([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*(["'])([^"']+)/;
const JSON_PAIR = /"([A-Za-z_][A-Za-z0-9_-]*)"\s*:\s*(")([^"\\]+)"/g;
const PYTHON_ASSIGNMENT = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*:?\s*(?:str)?\s*=\s*[rb]?(["'])([^"'\\]+)\2/;
const PYTHON_ENVIRON = /os\.environ\[\s*["']([A-Za-z_][A-Za-z0-9_]*)["']\s*\]\s*=\s*(["'])([^"'\\]+)\2/;
const PYTHON_TOKEN_KEYWORD = /\b(login|HfApi|InferenceClient|HfFolder\.save_token|hf_hub_download|snapshot_download)\([^)]*?\btoken\s*=\s*(["'])([^"'\\]+)\2/;

function sinkFrom(match: RegExpExecArray, lineStart: number, name: string): TextSink | undefined {
  const value = match[3];
  if (value === undefined) return undefined;
  // The value is the last group: at most a closing quote follows it in the match.
  const start = lineStart + match.index + match[0].lastIndexOf(value);
  return { name, value, start, end: start + value.length };
}

/** Every value given to a Hugging Face token name in `text`, read as `format`. */
export function findTextSinks(text: string, format: TextSinkFormat): TextSink[] {
  const sinks: TextSink[] = [];
  let lineStart = 0;
  for (const rawLine of text.split("\n")) {
    const line = rawLine.replace(/\r$/, "");
    const add = (match: RegExpExecArray | null, name = match?.[1]): void => {
      if (!match || name === undefined) return;
      const sink = sinkFrom(match, lineStart, name);
      if (sink) sinks.push(sink);
    };
    const named = (pattern: RegExp): void => {
      const match = pattern.exec(line);
      if (match?.[1] !== undefined && isHfTokenName(match[1])) add(match);
    };
    switch (format) {
      case "env":
        named(ENV_LINE);
        break;
      case "yaml":
        named(YAML_LINE);
        break;
      case "toml":
        named(TOML_LINE);
        break;
      case "json":
        for (const match of line.matchAll(JSON_PAIR)) {
          if (match[1] !== undefined && isHfTokenName(match[1])) add(match as RegExpExecArray);
        }
        break;
      case "python": {
        named(PYTHON_ASSIGNMENT);
        named(PYTHON_ENVIRON);
        const call = PYTHON_TOKEN_KEYWORD.exec(line);
        if (call) add(call, `${call[1]}(token=)`);
        break;
      }
    }
    lineStart += rawLine.length + 1;
  }
  return sinks;
}
