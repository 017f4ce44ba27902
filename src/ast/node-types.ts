import { AST_NODE_TYPES as NODE_TYPES } from "@typescript-eslint/types";

/**
 * The node type names as a plain binding. The package re-exports `AST_NODE_TYPES` through a getter
 * (TypeScript's CommonJS re-export), so each `node.type === AST_NODE_TYPES.X` in a walk over the
 * tree called a function: in the benchmark that was a measurable part of the rules' time
 * (docs/performance.md). Code imports it from here; lint rejects the package's own export.
 */
export const AST_NODE_TYPES = NODE_TYPES;
export type AST_NODE_TYPES = NODE_TYPES;
