/**
 * The detection core: pure TypeScript with no ESLint types, shared by every rule and usable alone
 * (benchmarks, other front ends).
 */
export { TOKEN_FORMS, SHORTEST_TOKEN_LENGTH, buildTokenPattern, formOfToken, type TokenForm } from "./token-forms";
export { findTokens, isTokenCharacterCode, isTokenShaped, mayContainToken, type TokenMatch } from "./scan";
export {
  EMPTY_ALLOW_LIST,
  compileAllowList,
  isAllowed,
  isPlaceholderToken,
  type AllowList,
} from "./placeholder";
export { maskSecret } from "./mask";
export { isHfTokenName, isEnvStyleName, splitNameWords } from "./names";
export { SHORTEST_SECRET, isNonSecretValue } from "./secret-value";
export {
  decodeLiteralBody,
  rawRangeOf,
  stringRawToTemplateRaw,
  toTemplateRaw,
  type DecodedText,
  type LiteralKind,
} from "./js-string";
export { SHORTEST_ENCODED_TOKEN, decodeBase64Literal } from "./base64";
export {
  DEFAULT_ENV_ACCESS,
  DEFAULT_VARIABLE_NAME,
  ENV_ACCESS_STYLES,
  VARIABLE_NAME_PATTERN,
  renderEnvLookup,
  type EnvAccessStyle,
  ACCESSOR_NAME_MARK,
  accessorTemplateProblem,
  renderAccessor,
  REQUIRED_ENV_HELPER,
  renderRequiredEnvCall,
  renderRequiredEnvHelper,
} from "./env-lookup";
export { PUBLIC_ENV_PREFIXES, publicTokenName, type PublicTokenName } from "./public-env";
export { HOST_PATTERN_SOURCE, HUGGING_FACE_HOSTS, isAllowedHost, literalHostOf } from "./hosts";
export { pythonEnvironFix, workflowSecretFix, type TextEdit, type TextFix } from "./text-fixes";
export { notebookPlaces, withJsonEscapesBlanked, type NotebookPlace } from "./notebook";
export { findTextSinks, textSinkFormat, type TextSink, type TextSinkFormat } from "./text-sinks";
export {
  CODE_EXTENSIONS,
  TEXT_EXTENSIONS,
  commentSyntaxOf,
  isEnvFileName,
  isJsonKind,
  isReadFile,
  textFileKind,
  type CommentSyntax,
  type TextFileKind,
} from "./file-kinds";
