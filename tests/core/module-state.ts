/**
 * Finds module-level mutable state: what would outlive one simulation and leak into the next (or
 * into a replay run beside the game). Flagged, at the top level of a module:
 * - any `let` or `var`;
 * - a `const` holding a new Map, Set, WeakMap, array, typed array or buffer, unless its declared
 *   type is read-only (`ReadonlySet<…>`, `ReadonlyMap<…>`, `readonly T[]`) or it is frozen;
 * - a `const` holding anything else (an object or array literal, a call's result) that some code,
 *   in its own file or in a file that imports it, mutates: assigns to a property or element of it,
 *   `++`/`--`/`delete` on one, `Object.assign` onto it, or calls a mutating method on it
 *   (`push`, `splice`, `sort`, `set…`, `add`, `delete`, `clear`, `fill`…).
 * `Object.freeze(…)` and read-only tables pass. Names are resolved by the TypeScript compiler, so a
 * local or a parameter of the same name is not taken for the module's constant.
 */

import ts from 'typescript';

export interface ModuleStateFinding {
  file: string;
  line: number;
  name: string;
  why: string;
}

const COLLECTIONS = new Set([
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'WeakRef',
  'Array',
  'ArrayBuffer',
  'SharedArrayBuffer',
  'DataView',
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
]);
const MUTATING_METHODS = /^(push|pop|shift|unshift|splice|sort|reverse|fill|copyWithin|add|delete|clear|set[A-Z]\w*|set)$/;

function unwrap(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isAsExpression(current) || ts.isSatisfiesExpression(current) || ts.isParenthesizedExpression(current) || ts.isNonNullExpression(current) || ts.isTypeAssertionExpression(current))
    current = current.expression;
  return current;
}

const isFreeze = (node: ts.Expression): boolean => ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.getText() === 'Object.freeze';

function readOnlyType(type: ts.TypeNode | undefined): boolean {
  if (type === undefined) return false;
  if (ts.isTypeOperatorNode(type) && type.operator === ts.SyntaxKind.ReadonlyKeyword) return true;
  return ts.isTypeReferenceNode(type) && /^Readonly(Set|Map|Array)?$/.test(type.typeName.getText());
}

/** The identifier a property/element chain starts from (`a` in `a.b[c].d`), or undefined. */
function chainRoot(node: ts.Expression): ts.Identifier | undefined {
  let current = unwrap(node);
  let accessed = false;
  while (ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current)) {
    current = unwrap(current.expression);
    accessed = true;
  }
  return accessed && ts.isIdentifier(current) ? current : undefined;
}

/** Identifiers whose object is changed by this node, if it changes one. */
function mutatedRoots(node: ts.Node): ts.Identifier[] {
  if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
    const root = chainRoot(node.left);
    return root === undefined ? [] : [root];
  }
  if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) {
    const root = chainRoot(node.operand);
    return root === undefined ? [] : [root];
  }
  if (ts.isDeleteExpression(node)) {
    const root = chainRoot(node.expression);
    return root === undefined ? [] : [root];
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    const callee = node.expression;
    if (callee.getText() === 'Object.assign' && node.arguments[0] !== undefined) {
      const target = unwrap(node.arguments[0]);
      const root = ts.isIdentifier(target) ? target : chainRoot(target);
      return root === undefined ? [] : [root];
    }
    if (MUTATING_METHODS.test(callee.name.text)) {
      const target = unwrap(callee.expression);
      const root = ts.isIdentifier(target) ? target : chainRoot(target);
      return root === undefined ? [] : [root];
    }
  }
  return [];
}

/** Checks the given modules (path → source text; relative imports between them are followed). */
export function findModuleState(sources: ReadonlyMap<string, string>): ModuleStateFinding[] {
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noLib: true, types: [] };
  const host = ts.createCompilerHost(options);
  host.getSourceFile = (fileName, languageVersion) => {
    const text = sources.get(fileName);
    return text === undefined ? undefined : ts.createSourceFile(fileName, text, languageVersion, true);
  };
  host.fileExists = (fileName) => sources.has(fileName);
  host.readFile = (fileName) => sources.get(fileName);
  const program = ts.createProgram([...sources.keys()], options, host);
  const checker = program.getTypeChecker();

  const findings: ModuleStateFinding[] = [];
  const at = (node: ts.Node, name: string, why: string): void => {
    const file = node.getSourceFile();
    findings.push({ file: file.fileName, line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, name, why });
  };
  /** Top-level constants that only count as state if something mutates them, by their symbol. */
  const watched = new Map<ts.Symbol, ts.VariableDeclaration>();

  for (const file of program.getSourceFiles()) {
    if (!sources.has(file.fileName)) continue;
    for (const statement of file.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      const isConst = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
      for (const declaration of statement.declarationList.declarations) {
        const name = declaration.name.getText();
        if (!isConst) {
          at(declaration, name, 'a top-level let or var: state kept by the module, outside any simulation');
          continue;
        }
        if (declaration.initializer === undefined) continue;
        const value = unwrap(declaration.initializer);
        if (isFreeze(value)) continue;
        if (ts.isNewExpression(value) && ts.isIdentifier(value.expression) && COLLECTIONS.has(value.expression.text)) {
          if (!readOnlyType(declaration.type)) at(declaration, name, `a module-level ${value.expression.text}: state kept by the module, outside any simulation`);
          continue;
        }
        if (!ts.isIdentifier(declaration.name)) continue;
        const symbol = checker.getSymbolAtLocation(declaration.name);
        if (symbol !== undefined) watched.set(symbol, declaration);
      }
    }
  }

  const reported = new Set<ts.VariableDeclaration>();
  for (const file of program.getSourceFiles()) {
    if (!sources.has(file.fileName)) continue;
    const visit = (node: ts.Node): void => {
      for (const root of mutatedRoots(node)) {
        let symbol = checker.getSymbolAtLocation(root);
        if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        const declaration = symbol === undefined ? undefined : watched.get(symbol);
        if (declaration === undefined || reported.has(declaration)) continue;
        reported.add(declaration);
        const where = node.getSourceFile() === declaration.getSourceFile() ? '' : ` (in ${node.getSourceFile().fileName})`;
        at(declaration, declaration.name.getText(), `a module-level constant that is mutated${where}: \`${node.getText().slice(0, 60)}\``);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
