/**
 * The detection core: pure TypeScript with no ESLint types, shared by every rule and usable alone
 * (benchmarks, other front ends).
 *
 * Each module's values are bound here as plain properties (`export const { … } = module`), not
 * re-exported (`export { … } from`): TypeScript compiles a re-export to a getter, which the rules'
 * hot loops called on every use (per character, in one case). docs/performance.md has the figures.
 */

import * as tokenForms from "./token-forms";
import * as scan from "./scan";
import * as placeholder from "./placeholder";
import * as mask from "./mask";
import * as names from "./names";
import * as secretValue from "./secret-value";
import * as jsString from "./js-string";
import * as base64 from "./base64";
import * as envLookup from "./env-lookup";
import * as publicEnv from "./public-env";
import * as hosts from "./hosts";
import * as textFixes from "./text-fixes";
import * as notebook from "./notebook";
import * as textSinks from "./text-sinks";
import * as fileKinds from "./file-kinds";
import * as runtime from "./runtime";
import * as generatedCode from "./generated-code";

export const { TOKEN_FORMS, SHORTEST_TOKEN_LENGTH, buildTokenPattern, formOfToken, regExpAlternatives } = tokenForms;
export const { TOKEN_ANCHOR_PATTERN_SOURCE, findTokens, isTokenCharacterCode, isTokenShaped, mayContainToken } = scan;
export const { EMPTY_ALLOW_LIST, compileAllowList, isAllowed, isMadeOfWords, isPlaceholderToken } = placeholder;
export const { maskSecret } = mask;
export const { CREDENTIAL_NAME_ENDING, HF_WORD_MENTION, isHfTokenName, isEnvStyleName, splitNameWords } = names;
export const { SHORTEST_SECRET, isNonSecretValue } = secretValue;
export const { decodeLiteralBody, rawRangeOf, stringRawToTemplateRaw, toTemplateRaw } = jsString;
export const { SHORTEST_ENCODED_TOKEN, decodeBase64Literal } = base64;
export const { DEFAULT_ENV_ACCESS, DEFAULT_VARIABLE_NAME, ENV_ACCESS_STYLES, VARIABLE_NAME_PATTERN, renderEnvLookup, ACCESSOR_NAME_MARK, accessorTemplateProblem, renderAccessor, REQUIRED_ENV_HELPER, indexedEnvRead, renderRequiredEnvCall, renderRequiredEnvHelper } = envLookup;
export const { PUBLIC_ENV_PREFIXES, publicTokenName } = publicEnv;
export const { HOST_PATTERN_SOURCE, HUGGING_FACE_HOSTS, isAllowedHost, literalHostOf } = hosts;
export const { pythonEnvironFix, workflowSecretFix } = textFixes;
export const { notebookPlaces, withJsonEscapesBlanked } = notebook;
export const { findTextSinks, textSinkFormat, urlPasswordSinks } = textSinks;
export const { CODE_EXTENSIONS, COMPONENT_EXTENSIONS, COMPONENT_FRAMEWORKS, TEXT_EXTENSIONS, NAMED_TEXT_FILES, TOOL_FOLDERS, VIRTUALENV_MARKER, commentSyntaxOf, componentExtensionOf, isEnvFileName, isJsonKind, isReadFile, textFileKind } = fileKinds;

// A class, read once per file: a getter here costs nothing.
export { WordMentions } from "./word-mentions";

export const { RUNTIME_SETTING_VALUES, envReadFix, runtimeFromSetting, runtimeOf } = runtime;
export const { generatedCodeOf } = generatedCode;

export type { TokenForm } from "./token-forms";
export type { TokenMatch } from "./scan";
export type { AllowList } from "./placeholder";
export type { DecodedText, LiteralKind } from "./js-string";
export type { EnvAccessStyle } from "./env-lookup";
export type { PublicTokenName } from "./public-env";
export type { TextEdit, TextFix } from "./text-fixes";
export type { NotebookPlace } from "./notebook";
export type { TextSink, TextSinkFormat } from "./text-sinks";
export type { CommentSyntax, ComponentExtension, TextFileKind } from "./file-kinds";
export type { CodeFacts, ProjectFacts, Runtime, RuntimeVerdict, SecretFramework } from "./runtime";
