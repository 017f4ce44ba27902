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

/**
 * What the bound reads of an expression, taken while its nodes are fresh in memory (ESLint has
 * just walked them): a number above 0 is a run of token characters that reaches an edge of the
 * piece it is written in (or is the whole piece); `BREAK` ends every run (a hole, or a character
 * no token has); a string is a name, whose `const`s are read at the end of the file; a
 * `NamedJoin` is `parts.join(…)` of a named array.
 */
type ShapeItem = number | string | NamedJoin;
type Shape = readonly ShapeItem[];

interface NamedJoin {
  readonly arrayName: string;
  /** The separator's own shape, or undefined for `join()`, whose comma breaks every run. */
  readonly separator: Shape | undefined;
}

const BREAK = -1;

/**
 * A run inside a piece, between two characters no token has, is read where that piece is written
 * (the literal, the template part): only a run across two pieces needs assembling.
 */
function pushTextShape(shape: ShapeItem[], text: string): void {
  let prefix = 0;
  while (prefix < text.length && isTokenCharacterCode(text.charCodeAt(prefix))) prefix += 1;
  if (prefix === text.length) {
    if (prefix > 0) shape.push(prefix);
    return;
  }
  if (prefix > 0) shape.push(prefix);
  shape.push(BREAK);
  let suffix = 0;
  while (isTokenCharacterCode(text.charCodeAt(text.length - 1 - suffix))) suffix += 1;
  if (suffix > 0) shape.push(suffix);
}

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

  /** Assembly roots, each with its bound, or its shape while the names it reads wait for the end of the file. */
  private readonly roots: TSESTree.Node[] = [];
  private readonly rootShapes: (Shape | number)[] = [];

  /**
   * Records an assembly root (an assembly node that is no piece of a larger one). Call it when
   * ESLint leaves the root: its nodes are then fresh in memory, and read at the end of the file
   * they cost several times as much (docs/performance.md, eighth round).
   */
  noteRoot(root: TSESTree.Node): void {
    const shape: ShapeItem[] = [];
    const readsNames = this.shapeOf(root, shape);
    this.roots.push(root);
    this.rootShapes.push(readsNames ? shape : this.boundOfShape(shape));
  }

  /** After every `const` of the file is noted: the roots that may assemble a run of `length` token characters. */
  rootsReaching(length: number): TSESTree.Node[] {
    return this.roots.filter((_root, index) => {
      const shape = this.rootShapes[index] ?? 0;
      return (typeof shape === "number" ? shape : this.boundOfShape(shape)) >= length;
    });
  }

  /**
   * An upper bound on the longest run of token characters (letters, digits, `_`) across two or
   * more pieces that `root` assembles, without a scope lookup: a name with one `const` reads its
   * initialiser, a name with several counts as the longest run any of them holds. A token is one
   * such run, so `a + b`, `${x}` and messages with spaces stop here; a token written whole in one
   * piece is reported where that piece is written.
   */
  longestRunBound(root: TSESTree.Node): number {
    const shape: ShapeItem[] = [];
    this.shapeOf(root, shape);
    return this.boundOfShape(shape);
  }

  /** Appends what the bound reads of `node`; true when that includes a name. */
  private shapeOf(node: TSESTree.Node, shape: ShapeItem[]): boolean {
    const inner = skipWrappers(node);
    switch (inner.type) {
      case AST_NODE_TYPES.Literal:
        if (typeof inner.value === "string") pushTextShape(shape, inner.value);
        else shape.push(BREAK);
        return false;
      case AST_NODE_TYPES.TemplateLiteral: {
        let readsNames = false;
        // A loop, not forEach: this runs on every template of every file, and a callback is an allocation.
        for (let index = 0; index < inner.quasis.length; index += 1) {
          const cooked = inner.quasis[index]?.value.cooked;
          if (cooked === null || cooked === undefined) shape.push(BREAK);
          else pushTextShape(shape, cooked);
          const expression = inner.expressions[index];
          if (expression && this.shapeOf(expression, shape)) readsNames = true;
        }
        return readsNames;
      }
      case AST_NODE_TYPES.BinaryExpression: {
        if (inner.operator !== "+") {
          shape.push(BREAK);
          return false;
        }
        const leftReadsNames = this.shapeOf(inner.left, shape);
        return this.shapeOf(inner.right, shape) || leftReadsNames;
      }
      case AST_NODE_TYPES.Identifier:
        shape.push(inner.name);
        return true;
      default:
        return this.callShape(inner, shape);
    }
  }

  private callShape(node: TSESTree.Node, shape: ShapeItem[]): boolean {
    if (isConcatCall(node)) {
      let readsNames = this.shapeOf(node.callee.object, shape);
      for (const argument of node.arguments) if (this.shapeOf(argument, shape)) readsNames = true;
      return readsNames;
    }
    if (!isJoinCall(node) || !hasKnownSeparator(node)) {
      shape.push(BREAK);
      return false;
    }
    const separatorNode = node.arguments[0];
    let separator: ShapeItem[] | undefined;
    if (separatorNode?.type === AST_NODE_TYPES.Literal && typeof separatorNode.value === "string") {
      separator = [];
      pushTextShape(separator, separatorNode.value);
    }
    const target = skipWrappers(node.callee.object);
    if (target.type === AST_NODE_TYPES.Identifier) {
      shape.push({ arrayName: target.name, separator });
      return true;
    }
    return target.type === AST_NODE_TYPES.ArrayExpression && this.elementsShape(target, separator, shape);
  }

  private elementsShape(array: TSESTree.ArrayExpression, separator: Shape | undefined, shape: ShapeItem[]): boolean {
    let readsNames = false;
    for (let index = 0; index < array.elements.length; index += 1) {
      if (index > 0) {
        if (separator === undefined) shape.push(BREAK);
        else shape.push(...separator);
      }
      const element = array.elements[index];
      if (!element || element.type === AST_NODE_TYPES.SpreadElement) shape.push(BREAK);
      else if (this.shapeOf(element, shape)) readsNames = true;
    }
    return readsNames;
  }

  /* The bound's walk over shapes: the run so far, how many pieces it spans, the best across two or more, and the best of any. */
  private boundRun = 0;
  private boundPieces = 0;
  private boundBest = 0;
  private boundBestOfAny = 0;

  private boundOfShape(shape: Shape): number {
    this.boundRun = 0;
    this.boundPieces = 0;
    this.boundBest = 0;
    this.boundBestOfAny = 0;
    this.walkShape(shape, 0);
    return this.boundBest;
  }

  private addRun(length: number): void {
    this.boundRun += length;
    this.boundPieces += 1;
    if (this.boundPieces > 1 && this.boundRun > this.boundBest) this.boundBest = this.boundRun;
    if (this.boundRun > this.boundBestOfAny) this.boundBestOfAny = this.boundRun;
  }

  private addBreak(): void {
    this.boundRun = 0;
    this.boundPieces = 0;
  }

  private walkShape(shape: Shape, depth: number): void {
    for (const item of shape) {
      if (typeof item === "number") {
        if (item === BREAK) this.addBreak();
        else this.addRun(item);
      } else if (typeof item === "string") {
        this.walkName(item, depth);
      } else {
        this.walkNamedJoin(item, depth);
      }
    }
  }

  private walkName(name: string, depth: number): void {
    const initializers = depth < MAX_BINDING_DEPTH ? this.constInitializers.get(name) : undefined;
    if (!initializers) this.addBreak();
    else if (initializers.length === 1 && initializers[0]) this.walkShape(this.initializerShape(initializers[0]), depth + 1);
    else this.addRun(this.longestRunOfName(name, initializers));
  }

  /** The array a join reads by name: the one `const` of that name in the file, when it is an array. */
  private walkNamedJoin(join: NamedJoin, depth: number): void {
    const initializers = depth < MAX_BINDING_DEPTH ? this.constInitializers.get(join.arrayName) : undefined;
    const init = initializers?.length === 1 && initializers[0] ? skipWrappers(initializers[0]) : undefined;
    if (init?.type !== AST_NODE_TYPES.ArrayExpression) {
      this.addBreak();
      return;
    }
    let elements = this.initializerShapes.get(init);
    if (!elements) {
      const built: ShapeItem[] = [];
      this.elementsShape(init, join.separator, built);
      elements = built;
      // The separator is the join's, not the array's: only a join without one shares the cache.
      if (join.separator === undefined) this.initializerShapes.set(init, elements);
    }
    this.walkShape(elements, depth);
  }

  /** Per file, built once each: a `const` read from many roots is walked once. */
  private readonly initializerShapes = new Map<TSESTree.Node, Shape>();

  private initializerShape(init: TSESTree.Expression): Shape {
    let shape = this.initializerShapes.get(init);
    if (!shape) {
      const built: ShapeItem[] = [];
      this.shapeOf(init, built);
      shape = built;
      this.initializerShapes.set(init, shape);
    }
    return shape;
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
    const saved = [this.boundRun, this.boundPieces, this.boundBest, this.boundBestOfAny] as const;
    let longest = 0;
    for (const init of initializers) {
      this.boundRun = 0;
      this.boundPieces = 0;
      this.boundBestOfAny = 0;
      this.walkShape(this.initializerShape(init), 1);
      longest = Math.max(longest, this.boundBestOfAny);
    }
    [this.boundRun, this.boundPieces, this.boundBest, this.boundBestOfAny] = saved;
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
