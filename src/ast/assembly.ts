import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { keyName, skipWrappers } from "./names";

/**
 * Static evaluation of strings built from literal pieces: `"hf_" + "…"`, templates whose
 * expressions are literals or `const` bindings of literals, `[…].join("")`. Unknown pieces become
 * holes, so `f() + "hf_" + "…"` still yields the known run.
 */
export interface Piece {
  readonly value: string;
  /** The literal or template part the characters were written in. */
  readonly node: TSESTree.Node;
  /** True when the piece was reached through a `const` binding: its literal is written elsewhere. */
  readonly viaBinding: boolean;
}

/** Runs of known text, split where a piece could not be evaluated. */
export type KnownRuns = Piece[][];

export interface Assembly {
  readonly runs: KnownRuns;
  /** True when every piece was known: the assembled value is exactly the runs' one run. */
  readonly complete: boolean;
}

type GetScope = (node: TSESTree.Node) => TSESLint.Scope.Scope;

const MAX_BINDING_DEPTH = 4;

export function isAssemblyNode(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.BinaryExpression) return node.operator === "+";
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return node.expressions.length > 0;
  return isJoinCall(node);
}

function isJoinCall(node: TSESTree.Node): node is TSESTree.CallExpression & { callee: TSESTree.MemberExpression } {
  return (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.MemberExpression &&
    keyName(node.callee.property, node.callee.computed) === "join" &&
    skipWrappers(node.callee.object).type === AST_NODE_TYPES.ArrayExpression &&
    node.arguments.length <= 1
  );
}

export class Assembler {
  /** Nodes already read as part of a larger assembly: not roots of their own. */
  private readonly consumed = new WeakSet<TSESTree.Node>();

  constructor(private readonly getScope: GetScope) {}

  private holes = 0;

  /** Known runs of `root`, or `undefined` when `root` was already read inside a larger assembly. */
  assemble(root: TSESTree.Node): Assembly | undefined {
    if (this.consumed.has(root)) return undefined;
    this.holes = 0;
    const runs: KnownRuns = [[]];
    this.collect(root, runs, false, 0);
    return { runs: runs.filter((run) => run.length > 0), complete: this.holes === 0 };
  }

  private hole(runs: KnownRuns): void {
    this.holes += 1;
    const last = runs[runs.length - 1];
    if (last && last.length > 0) runs.push([]);
  }

  private push(runs: KnownRuns, piece: Piece): void {
    runs[runs.length - 1]?.push(piece);
  }

  private collect(node: TSESTree.Node, runs: KnownRuns, viaBinding: boolean, depth: number): void {
    const inner = skipWrappers(node);
    // A binding's initializer stays a root of its own: it is only read here, not consumed.
    if (!viaBinding) {
      this.consumed.add(node);
      this.consumed.add(inner);
    }
    switch (inner.type) {
      case AST_NODE_TYPES.Literal:
        if (typeof inner.value === "string") this.push(runs, { value: inner.value, node: inner, viaBinding });
        else this.hole(runs);
        return;
      case AST_NODE_TYPES.TemplateLiteral:
        inner.quasis.forEach((quasi, index) => {
          const cooked = quasi.value.cooked;
          if (cooked === null || cooked === undefined) this.hole(runs);
          else if (cooked !== "") this.push(runs, { value: cooked, node: quasi, viaBinding });
          const expression = inner.expressions[index];
          if (expression) this.collect(expression, runs, viaBinding, depth);
        });
        return;
      case AST_NODE_TYPES.BinaryExpression:
        if (inner.operator !== "+") {
          this.hole(runs);
          return;
        }
        this.collect(inner.left, runs, viaBinding, depth);
        this.collect(inner.right, runs, viaBinding, depth);
        return;
      case AST_NODE_TYPES.Identifier:
        this.collectBinding(inner, runs, depth);
        return;
      default:
        if (isJoinCall(inner)) this.collectJoin(inner, runs, viaBinding, depth);
        else this.hole(runs);
    }
  }

  private collectJoin(call: TSESTree.CallExpression & { callee: TSESTree.MemberExpression }, runs: KnownRuns, viaBinding: boolean, depth: number): void {
    const array = skipWrappers(call.callee.object) as TSESTree.ArrayExpression;
    const separatorNode = call.arguments[0];
    let separator = ",";
    if (separatorNode) {
      if (separatorNode.type !== AST_NODE_TYPES.Literal || typeof separatorNode.value !== "string") {
        this.hole(runs);
        return;
      }
      separator = separatorNode.value;
    }
    array.elements.forEach((element, index) => {
      if (index > 0 && separator !== "" && separatorNode) {
        this.push(runs, { value: separator, node: separatorNode, viaBinding });
      } else if (index > 0 && separator !== "") {
        this.hole(runs);
      }
      if (!element || element.type === AST_NODE_TYPES.SpreadElement) this.hole(runs);
      else this.collect(element, runs, viaBinding, depth);
    });
  }

  private collectBinding(identifier: TSESTree.Identifier, runs: KnownRuns, depth: number): void {
    if (depth >= MAX_BINDING_DEPTH) {
      this.hole(runs);
      return;
    }
    const variable = ASTUtils.findVariable(this.getScope(identifier), identifier);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (
      definition?.type === "Variable" &&
      definition.parent.kind === "const" &&
      definition.node.id.type === AST_NODE_TYPES.Identifier &&
      definition.node.init
    ) {
      this.collect(definition.node.init, runs, true, depth + 1);
      return;
    }
    this.hole(runs);
  }
}
