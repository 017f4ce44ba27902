import { AST_NODE_TYPES } from "./node-types";
import { findVariable } from "./scope";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isTokenCharacterCode, type TokenMatch } from "../core";
import { hasKnownSeparator, isConcatCall, isJoinCall, type MethodCall } from "./assembly-shapes";
import { skipWrappers } from "./names";

export { STRING_PIECE_TYPES, isAssemblyNode, isAssemblyPiece } from "./assembly-shapes";

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

/** A `const` whose value an assembly read: a fix that removes the token must remove it too. */
export interface Binding {
  readonly declarator: TSESTree.VariableDeclarator;
  readonly variable: TSESLint.Scope.Variable;
}

export interface Assembly {
  readonly runs: KnownRuns;
  /** True when every piece was known: the assembled value is exactly the runs' one run. */
  readonly complete: boolean;
  /** Every `const` read on the way, nested ones included. */
  readonly bindings: readonly Binding[];
}

type GetScope = (node: TSESTree.Node) => TSESLint.Scope.Scope;

const MAX_BINDING_DEPTH = 4;

export class Assembler {
  /** `const` initialisers by name, so a cheap bound can be taken before any scope lookup. */
  private readonly constInitializers = new Map<string, TSESTree.Expression[]>();

  constructor(private readonly getScope: GetScope) {}

  private holes = 0;

  /** Records a declaration; call for every `VariableDeclarator` before asking for bounds. */
  noteDeclarator(declarator: TSESTree.VariableDeclarator): void {
    if (declarator.parent.kind !== "const" || declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return;
    const known = this.constInitializers.get(declarator.id.name);
    if (known) known.push(declarator.init);
    else this.constInitializers.set(declarator.id.name, [declarator.init]);
  }

  private boundRun = 0;
  private boundBest = 0;

  /** Assembly roots wait for the end of the file, when every `const` it declares has been noted. */
  private readonly roots: TSESTree.Node[] = [];

  /** Records an assembly root: an assembly node that is no piece of a larger one. */
  noteRoot(root: TSESTree.Node): void {
    this.roots.push(root);
  }

  /** After every `const` of the file is noted: the roots that may assemble a run of `length` token characters. */
  rootsReaching(length: number): TSESTree.Node[] {
    return this.roots.filter((root) => this.longestRunBound(root) >= length);
  }

  /**
   * An upper bound on the longest run of token characters (letters, digits, `_`) that `root`
   * assembles, walked in order like `assemble` but without a scope lookup or an allocation: an
   * identifier counts as the longest such run in any `const` of its name in the file. A token is
   * one such run, so `a + b`, `${x}` and messages with spaces stop here.
   */
  longestRunBound(root: TSESTree.Node): number {
    this.boundRun = 0;
    this.boundBest = 0;
    this.walkBound(root, 0);
    return this.boundBest;
  }

  private addText(text: string): void {
    let run = this.boundRun;
    let best = this.boundBest;
    for (let index = 0; index < text.length; index += 1) {
      if (isTokenCharacterCode(text.charCodeAt(index))) {
        run += 1;
        if (run > best) best = run;
      } else {
        run = 0;
      }
    }
    this.boundRun = run;
    this.boundBest = best;
  }

  /** Text known only by its longest run: it may join its neighbours on both sides. */
  private addOpaque(longestRun: number): void {
    this.boundRun += longestRun;
    if (this.boundRun > this.boundBest) this.boundBest = this.boundRun;
  }

  private addHole(): void {
    this.boundRun = 0;
  }

  private walkBound(node: TSESTree.Node, depth: number): void {
    const inner = skipWrappers(node);
    switch (inner.type) {
      case AST_NODE_TYPES.Literal:
        if (typeof inner.value === "string") this.addText(inner.value);
        else this.addHole();
        return;
      case AST_NODE_TYPES.TemplateLiteral:
        // A loop, not forEach: this runs on every template of every file, and a callback is an allocation.
        for (let index = 0; index < inner.quasis.length; index += 1) {
          const cooked = inner.quasis[index]?.value.cooked;
          if (cooked === null || cooked === undefined) this.addHole();
          else this.addText(cooked);
          const expression = inner.expressions[index];
          if (expression) this.walkBound(expression, depth);
        }
        return;
      case AST_NODE_TYPES.BinaryExpression:
        if (inner.operator === "+") {
          this.walkBound(inner.left, depth);
          this.walkBound(inner.right, depth);
        } else {
          this.addHole();
        }
        return;
      case AST_NODE_TYPES.Identifier: {
        const initializers = depth < MAX_BINDING_DEPTH ? this.constInitializers.get(inner.name) : undefined;
        if (!initializers) this.addHole();
        else if (initializers.length === 1 && initializers[0]) this.walkBound(initializers[0], depth + 1);
        else this.addOpaque(this.longestRunOfName(inner.name, initializers));
        return;
      }
      default: {
        if (isConcatCall(inner)) {
          this.walkBound(inner.callee.object, depth);
          for (const argument of inner.arguments) this.walkBound(argument, depth);
          return;
        }
        if (!isJoinCall(inner) || !hasKnownSeparator(inner)) {
          this.addHole();
          return;
        }
        const array = this.boundArray(inner.callee.object, depth);
        if (!array) {
          this.addHole();
          return;
        }
        const separator = inner.arguments[0];
        const separatorText = separator?.type === AST_NODE_TYPES.Literal && typeof separator.value === "string" ? separator.value : "";
        array.elements.forEach((element, index) => {
          if (index > 0) {
            if (separator === undefined) this.addHole();
            else this.addText(separatorText);
          }
          if (!element || element.type === AST_NODE_TYPES.SpreadElement) this.addHole();
          else this.walkBound(element, depth);
        });
      }
    }
  }

  /** The array a join reads: written in place, or the one `const` of that name in the file. */
  private boundArray(target: TSESTree.Node, depth: number): TSESTree.ArrayExpression | undefined {
    const inner = skipWrappers(target);
    if (inner.type === AST_NODE_TYPES.ArrayExpression) return inner;
    if (inner.type !== AST_NODE_TYPES.Identifier || depth >= MAX_BINDING_DEPTH) return undefined;
    const initializers = this.constInitializers.get(inner.name);
    const init = initializers?.length === 1 && initializers[0] ? skipWrappers(initializers[0]) : undefined;
    return init?.type === AST_NODE_TYPES.ArrayExpression ? init : undefined;
  }

  /** Per file: minified code declares `e`, `t`, `n` thousands of times, so each name is bounded once. */
  private readonly longestRunByName = new Map<string, number>();

  /**
   * The longest run any of a name's initialisers holds on its own. Joined to its neighbours on
   * both sides it bounds every run the name can take part in. Taken at depth 1 whatever the
   * caller's depth: resolving more names can only lengthen a run, so the bound stays an upper one.
   */
  private longestRunOfName(name: string, initializers: readonly TSESTree.Expression[]): number {
    const known = this.longestRunByName.get(name);
    if (known !== undefined) return known;
    // A name met again while its own bound is being taken (names reused across scopes can form a
    // cycle) gets no bound at all: the root is then assembled exactly, with scope lookups.
    this.longestRunByName.set(name, Number.MAX_SAFE_INTEGER);
    const savedRun = this.boundRun;
    const savedBest = this.boundBest;
    let longest = 0;
    for (const init of initializers) {
      this.boundRun = 0;
      this.boundBest = 0;
      this.walkBound(init, 1);
      longest = Math.max(longest, this.boundBest);
    }
    this.boundRun = savedRun;
    this.boundBest = savedBest;
    this.longestRunByName.set(name, longest);
    return longest;
  }

  /** Known runs of `root`, an assembly node that is not itself a piece of a larger one. */
  assemble(root: TSESTree.Node): Assembly {
    this.holes = 0;
    this.bindings = [];
    const runs: KnownRuns = [[]];
    this.collect(root, runs, false, 0);
    return { runs: runs.filter((run) => run.length > 0), complete: this.holes === 0, bindings: this.bindings };
  }

  private bindings: Binding[] = [];

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
        else if (isConcatCall(inner)) {
          this.collect(inner.callee.object, runs, viaBinding, depth);
          for (const argument of inner.arguments) this.collect(argument, runs, viaBinding, depth);
        } else this.hole(runs);
    }
  }

  private collectJoin(call: MethodCall, runs: KnownRuns, viaBinding: boolean, depth: number): void {
    const resolved = this.resolveArray(call.callee.object, depth);
    if (!resolved) {
      this.hole(runs);
      return;
    }
    const array = resolved.array;
    if (resolved.viaBinding) viaBinding = true;
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

  /** The array a join reads, and whether it was reached through a `const` (recorded as a binding). */
  private resolveArray(target: TSESTree.Node, depth: number): { array: TSESTree.ArrayExpression; viaBinding: boolean } | undefined {
    const inner = skipWrappers(target);
    if (inner.type === AST_NODE_TYPES.ArrayExpression) return { array: inner, viaBinding: false };
    if (inner.type !== AST_NODE_TYPES.Identifier || depth >= MAX_BINDING_DEPTH) return undefined;
    const binding = this.constBinding(inner);
    const init = binding?.declarator.init ? skipWrappers(binding.declarator.init) : undefined;
    if (!binding || init?.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
    this.noteBinding(binding);
    return { array: init, viaBinding: true };
  }

  private constBinding(identifier: TSESTree.Identifier): Binding | undefined {
    return constBinding(identifier, this.getScope);
  }


  private noteBinding(binding: Binding): void {
    if (!this.bindings.some((known) => known.variable === binding.variable)) this.bindings.push(binding);
  }

  private collectBinding(identifier: TSESTree.Identifier, runs: KnownRuns, depth: number): void {
    const binding = depth < MAX_BINDING_DEPTH ? this.constBinding(identifier) : undefined;
    if (!binding?.declarator.init) {
      this.hole(runs);
      return;
    }
    this.noteBinding(binding);
    this.collect(binding.declarator.init, runs, true, depth + 1);
  }
}

/** The pieces of `run` that hold part of `match`: one piece means the token is written whole there. */
export function piecesOverlapping(run: readonly Piece[], match: TokenMatch): Piece[] {
  const overlapping: Piece[] = [];
  let offset = 0;
  for (const piece of run) {
    const end = offset + piece.value.length;
    if (end > match.start && offset < match.end) overlapping.push(piece);
    offset = end;
  }
  return overlapping;
}

/** The single `const` declaration (one name, with a value) that `identifier` reads, if it reads one. */
export function constBinding(identifier: TSESTree.Identifier, getScope: GetScope): Binding | undefined {
  const variable = findVariable(getScope(identifier), identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (
    variable &&
    definition?.type === "Variable" &&
    definition.parent.kind === "const" &&
    definition.node.id.type === AST_NODE_TYPES.Identifier &&
    definition.node.init
  ) {
    return { declarator: definition.node, variable };
  }
  return undefined;
}

/** The text of a run of known pieces. */
export function runText(run: readonly Piece[]): string {
  return run.map((piece) => piece.value).join("");
}
