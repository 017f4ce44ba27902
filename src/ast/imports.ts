import { AST_NODE_TYPES } from "./node-types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { AccessorImport } from "../options/fix-and-allow";
import { keyName } from "./names";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The name the accessor's import binds in the file. */
function localName(spec: AccessorImport): string {
  return spec.named ?? spec.default ?? "";
}

function isRequireOf(node: TSESTree.Node | null | undefined, from: string): node is TSESTree.CallExpression {
  return (
    node?.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === "require" &&
    node.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    node.arguments[0].value === from
  );
}

/** `const … = require(…)` declarations at the top level of the program. */
function topLevelRequires(program: TSESTree.Program): TSESTree.VariableDeclaration[] {
  return program.body.filter(
    (statement): statement is TSESTree.VariableDeclaration =>
      statement.type === AST_NODE_TYPES.VariableDeclaration &&
      statement.declarations.some((declarator) => declarator.init?.type === AST_NODE_TYPES.CallExpression && declarator.init.callee.type === AST_NODE_TYPES.Identifier && declarator.init.callee.name === "require"),
  );
}

/** ES modules get `import`; CommonJS files (a top-level `require`, no `import`) get `require`. */
function usesRequire(sourceCode: SourceCode): boolean {
  const program = sourceCode.ast;
  if (program.body.some((statement) => statement.type === AST_NODE_TYPES.ImportDeclaration)) return false;
  return topLevelRequires(program).length > 0 || program.sourceType === "script";
}

/** Whether the file already binds the accessor's name through this import. */
function isAlreadyImported(sourceCode: SourceCode, spec: AccessorImport): boolean {
  const name = localName(spec);
  for (const statement of sourceCode.ast.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration && statement.source.value === spec.from) {
      for (const specifier of statement.specifiers) {
        if (specifier.local.name !== name) continue;
        if (spec.default !== undefined && specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) return true;
        if (spec.named !== undefined && specifier.type === AST_NODE_TYPES.ImportSpecifier && keyName(specifier.imported, false) === spec.named) return true;
      }
    }
    if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        if (!isRequireOf(declarator.init, spec.from)) continue;
        if (spec.default !== undefined && declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === name) return true;
        if (
          spec.named !== undefined &&
          declarator.id.type === AST_NODE_TYPES.ObjectPattern &&
          declarator.id.properties.some(
            (property) =>
              property.type === AST_NODE_TYPES.Property &&
              keyName(property.key, property.computed) === spec.named &&
              property.value.type === AST_NODE_TYPES.Identifier &&
              property.value.name === spec.named,
          )
        ) {
          return true;
        }
      }
    }
  }
  return false;
}

/**
 * Whether the accessor's name is already taken at the top of the file by something other than
 * its import: then a fix would call the wrong function, and none is offered.
 */
export function accessorNameTaken(sourceCode: SourceCode, spec: AccessorImport): boolean {
  if (isAlreadyImported(sourceCode, spec)) return false;
  const name = localName(spec);
  const moduleScope = sourceCode.scopeManager?.globalScope?.childScopes.find((scope) => scope.type === "module");
  const scopes = [sourceCode.scopeManager?.globalScope, moduleScope];
  return scopes.some((scope) => scope?.set.get(name)?.defs.length);
}

/**
 * The edit that makes the accessor available, or `undefined` when the file already imports it:
 * merged into an existing import or `require` of the same module where it can be, else a new
 * statement after the last import (or `require`), in the file's own module style.
 */
export function accessorImportFix(sourceCode: SourceCode, spec: AccessorImport, fixer: TSESLint.RuleFixer): TSESLint.RuleFix | undefined {
  if (isAlreadyImported(sourceCode, spec)) return undefined;
  const program = sourceCode.ast;
  const name = localName(spec);
  const source = JSON.stringify(spec.from);

  if (usesRequire(sourceCode)) {
    const requires = topLevelRequires(program);
    for (const statement of requires) {
      for (const declarator of statement.declarations) {
        if (spec.named !== undefined && isRequireOf(declarator.init, spec.from) && declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
          const last = declarator.id.properties.at(-1);
          if (last?.type === AST_NODE_TYPES.Property) return fixer.insertTextAfter(last, `, ${name}`);
        }
      }
    }
    const statement = spec.named !== undefined ? `const { ${name} } = require(${source});` : `const ${name} = require(${source});`;
    return insertStatement(sourceCode, requires.at(-1) ?? lastDirective(program), statement, fixer);
  }

  const imports = program.body.filter((statement): statement is TSESTree.ImportDeclaration => statement.type === AST_NODE_TYPES.ImportDeclaration);
  const sameModule = imports.find((statement) => statement.source.value === spec.from && statement.importKind !== "type");
  if (sameModule && spec.named !== undefined) {
    const named = sameModule.specifiers.filter((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier);
    const lastNamed = named.at(-1);
    if (lastNamed) return fixer.insertTextAfter(lastNamed, `, ${name}`);
    const defaultSpecifier = sameModule.specifiers.find((specifier) => specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier);
    if (defaultSpecifier && sameModule.specifiers.length === 1) return fixer.insertTextAfter(defaultSpecifier, `, { ${name} }`);
  }
  if (sameModule && spec.default !== undefined) {
    const first = sameModule.specifiers[0];
    if (first?.type === AST_NODE_TYPES.ImportSpecifier) return fixer.insertTextBefore(sameModule.specifiers[0] ?? first, `${name}, `);
  }
  const statement = spec.named !== undefined ? `import { ${name} } from ${source};` : `import ${name} from ${source};`;
  return insertStatement(sourceCode, imports.at(-1) ?? lastDirective(program), statement, fixer);
}

/** After `after`, or at the top of the file but below a `#!` line. */
function insertStatement(sourceCode: SourceCode, after: TSESTree.Node | undefined, statement: string, fixer: TSESLint.RuleFixer): TSESLint.RuleFix {
  if (after) return fixer.insertTextAfter(after, `\n${statement}`);
  if (sourceCode.text.startsWith("#!")) {
    const lineEnd = sourceCode.text.search(/\r?\n|$/);
    return fixer.insertTextAfterRange([0, lineEnd], `\n${statement}`);
  }
  return fixer.insertTextBeforeRange([0, 0], `${statement}\n`);
}

/** `"use strict"` and other directives stay first. */
function lastDirective(program: TSESTree.Program): TSESTree.Node | undefined {
  let last: TSESTree.Node | undefined;
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive !== undefined) last = statement;
    else break;
  }
  return last;
}
