import { AST_NODE_TYPES } from "./node-types";
import type { TSESTree } from "@typescript-eslint/utils";
import { regExpAlternatives } from "../core";
import { LOGGING_MODULES, type LoggingModule } from "../catalogue/loggers";
import { keyName, outermostValueWrapper } from "./names";
import { fieldCalls } from "./requests";
import { findVariable } from "./scope";
import { classOf, type WalkedFile } from "./token-values";

/** A call that writes its arguments to a log, and the logger as the code writes it (`l.info`). */
export interface LoggingCall {
  readonly call: TSESTree.CallExpression;
  readonly logger: string;
}

// An esquery pattern ends at its first `/`: `.` stands for it (`@actions.core`), and the code matches the name exactly.
const LOGGING_MODULE_NAME = `/^(?:${regExpAlternatives(LOGGING_MODULES.map((library) => library.module)).replaceAll("/", ".")})$/`;

/** Where a file takes in a logging library of the catalogue: `import … from "pino"`, `require("debug")`. */
export const LOGGING_MODULE_SELECTOR = [
  `ImportDeclaration[source.value=${LOGGING_MODULE_NAME}]`,
  `CallExpression[callee.name="require"][arguments.0.value=${LOGGING_MODULE_NAME}]`,
].join(", ");

/** How far children of children are followed (`pino().child().child()`); each is a logger of the same module. */
const MAX_CHILD_DEPTH = 4;

/**
 * The logging calls a file makes through a library it imports or requires (`taken`, matched by
 * `LOGGING_MODULE_SELECTOR`), under whatever names the code gives the module, its exports and the
 * loggers they make: `import * as actions from "@actions/core"; actions.info(…)`,
 * `const l = pino(); l.child({}).warn(…)`, `const dbg = require("debug")("app"); dbg(…)`,
 * `this.logger = winston.createLogger(…)` then `this.logger.info(…)` in the class.
 */
export function loggingCallsOf(taken: TSESTree.ImportDeclaration | TSESTree.CallExpression, file: WalkedFile): LoggingCall[] {
  const source = taken.type === AST_NODE_TYPES.ImportDeclaration ? taken.source : taken.arguments[0];
  const library = LOGGING_MODULES.find((candidate) => source?.type === AST_NODE_TYPES.Literal && candidate.module === source.value);
  if (!library) return [];
  const follower = new LoggerFollower(library, file);
  if (taken.type === AST_NODE_TYPES.ImportDeclaration) {
    // `import type { Logger } from "pino"` binds no value.
    if (taken.importKind === "type") return [];
    for (const specifier of taken.specifiers) {
      if (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind === "type") continue;
      follower.binding(specifier.local, specifier.type === AST_NODE_TYPES.ImportSpecifier ? (keyName(specifier.imported, false) ?? "") : "default");
    }
  } else {
    follower.required(taken);
  }
  return follower.calls;
}

class LoggerFollower {
  readonly calls: LoggingCall[] = [];
  private readonly factories: ReadonlyMap<string, "call" | "new">;
  private readonly seen = new Set<TSESTree.Node>();

  constructor(
    private readonly library: LoggingModule,
    private readonly file: WalkedFile,
  ) {
    this.factories = new Map(library.factories.map((factory) => [factory.name, factory.form]));
  }

  /** `const { createLogger } = require("winston")`, `const log = require("npmlog")`, or the required module used in place. */
  required(call: TSESTree.CallExpression): void {
    const outer = outermostValueWrapper(call);
    const holder = outer.parent;
    if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.init === outer) {
      if (holder.id.type === AST_NODE_TYPES.Identifier) {
        this.binding(holder.id, "default");
        return;
      }
      if (holder.id.type === AST_NODE_TYPES.ObjectPattern) {
        for (const property of holder.id.properties) {
          const name = property.type === AST_NODE_TYPES.Property ? keyName(property.key, property.computed) : undefined;
          if (property.type === AST_NODE_TYPES.Property && name !== undefined && property.value.type === AST_NODE_TYPES.Identifier) this.binding(property.value, name);
        }
      }
      return;
    }
    this.exportUsed(call, "default");
  }

  /** Every read of a name bound to the module (`default`) or to one of its exports. */
  binding(name: TSESTree.Identifier, exported: string): void {
    const variable = findVariable(this.file.getScope(name), name);
    for (const reference of variable?.references ?? []) {
      if (reference.isRead()) this.exportUsed(reference.identifier, exported);
    }
  }

  /** A use of the module (`default`) or of one of its exports. */
  private exportUsed(use: TSESTree.Node, exported: string): void {
    const { library } = this;
    const outer = outermostValueWrapper(use);
    const parent = outer.parent;
    const isModule = exported === "default";
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === outer) {
      if (this.factories.get(exported) === "call") this.instance(parent, 0);
      else if (library.loggers.includes(exported) && library.called) this.log(parent);
      // `import { info } from "@actions/core"`, or `core.info` reached through the module.
      else if (library.loggers.includes("default") && library.methods.includes(exported)) this.log(parent);
      else if (library.loggers.includes("default") && library.children.includes(exported)) this.instance(parent, 1);
      return;
    }
    if (parent?.type === AST_NODE_TYPES.NewExpression && parent.callee === outer) {
      if (this.factories.get(exported) === "new") this.instance(parent, 0);
      return;
    }
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === outer) {
      const member = keyName(parent.property, parent.computed);
      if (member === undefined) return;
      if (isModule) this.exportUsed(parent, member);
      else if (library.loggers.includes(exported)) this.loggerMember(parent, member, 0);
    }
  }

  /** A logger made by a factory or a parent logger: used in place, or kept in a variable or a field. */
  private instance(made: TSESTree.CallExpression | TSESTree.NewExpression, depth: number): void {
    if (depth > MAX_CHILD_DEPTH || this.seen.has(made)) return;
    this.seen.add(made);
    const outer = outermostValueWrapper(made);
    const holder = outer.parent;
    if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.init === outer && holder.id.type === AST_NODE_TYPES.Identifier) {
      const variable = findVariable(this.file.getScope(holder.id), holder.id);
      for (const reference of variable?.references ?? []) {
        if (reference.isRead()) this.loggerUsed(reference.identifier, depth);
      }
      return;
    }
    const field = fieldKept(outer);
    if (field) {
      for (const call of fieldCalls(field.owner, field.key, this.file.visitorKeys)) {
        const method = keyName((call.callee as TSESTree.MemberExpression).property, (call.callee as TSESTree.MemberExpression).computed);
        if (method !== undefined) this.loggerMember(call.callee as TSESTree.MemberExpression, method, depth);
      }
      return;
    }
    this.loggerUsed(made, depth);
  }

  /** A read of a logger: a method called on it, or the logger called itself. */
  private loggerUsed(use: TSESTree.Node, depth: number): void {
    const outer = outermostValueWrapper(use);
    const parent = outer.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === outer) {
      if (this.library.called) this.log(parent);
      return;
    }
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === outer) {
      const method = keyName(parent.property, parent.computed);
      if (method !== undefined) this.loggerMember(parent, method, depth);
    }
  }

  private loggerMember(member: TSESTree.MemberExpression, method: string, depth: number): void {
    const outer = outermostValueWrapper(member);
    const call = outer.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== outer) return;
    if (this.library.methods.includes(method)) this.log(call);
    else if (this.library.children.includes(method)) this.instance(call, depth + 1);
  }

  private log(call: TSESTree.CallExpression): void {
    if (this.seen.has(call)) return;
    this.seen.add(call);
    this.calls.push({ call, logger: writtenName(call.callee, 0) ?? this.library.module });
  }
}

/** `this.logger = pino()` in a class's code, or `logger = pino()` as a class field: the class and the key. */
function fieldKept(value: TSESTree.Node): { owner: TSESTree.ClassDeclaration | TSESTree.ClassExpression; key: string } | undefined {
  const holder = value.parent;
  if (holder?.type === AST_NODE_TYPES.AssignmentExpression && holder.right === value && holder.left.type === AST_NODE_TYPES.MemberExpression && holder.left.object.type === AST_NODE_TYPES.ThisExpression) {
    const key = keyName(holder.left.property, holder.left.computed);
    const owner = classOf(holder.left.object);
    return key !== undefined && owner ? { owner, key } : undefined;
  }
  if (holder?.type === AST_NODE_TYPES.PropertyDefinition && holder.value === value && !holder.static) {
    const key = keyName(holder.key, holder.computed);
    const owner = holder.parent.parent;
    return key !== undefined && (owner.type === AST_NODE_TYPES.ClassDeclaration || owner.type === AST_NODE_TYPES.ClassExpression) ? { owner, key } : undefined;
  }
  return undefined;
}

/** The callee as the code writes it, shortened: `l.info`, `this.logger.warn`, `pino(…).info`. */
function writtenName(node: TSESTree.Node, depth: number): string | undefined {
  if (depth > 4) return undefined;
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return node.name;
    case AST_NODE_TYPES.ThisExpression:
      return "this";
    case AST_NODE_TYPES.MemberExpression: {
      const owner = writtenName(node.object, depth + 1);
      const key = keyName(node.property, node.computed);
      return owner === undefined || key === undefined ? undefined : `${owner}.${key}`;
    }
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression: {
      const callee = writtenName(node.callee, depth + 1);
      return callee === undefined ? undefined : `${node.type === AST_NODE_TYPES.NewExpression ? "new " : ""}${callee}(…)`;
    }
    default:
      return undefined;
  }
}
