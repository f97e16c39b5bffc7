// Which Office.js members a TypeScript file uses, and which requirement set each needs: every member is
// resolved with the compiler to its declaration in @types/office-js and read for its "[Api set: ExcelApi 1.N]"
// tag. Members reach Excel by property access (`ws.notes`), element access (`ws['notes']`), an object literal
// given to an API (`range.hyperlink = { ... }`), destructuring and the property paths of load('a,b/c').
// Each use records the highest version of that set a guard around it has checked: a condition that calls
// Office's isSetSupported or an ExcelApiSupported function (src/hosts/office/api-sets.ts) with literal
// arguments, directly or through a const holding the call, as an if, a ?: branch, an && operand, or an early
// exit (`if (!supported) return;`) before it in the same block.
import fs from 'fs';
import path from 'path';
import ts from 'typescript';

export interface ApiUse {
  /** Relative to the project root, with forward slashes. */
  readonly file: string;
  readonly line: number;
  /** Declaring type and member: "Worksheet.notes". */
  readonly member: string;
  /** Requirement set and the version the member needs ("ExcelApi", "1.18"). */
  readonly set: string;
  readonly version: string;
  /** The highest version of `set` a guard around the use has checked, or null. */
  readonly guard: string | null;
}

const OFFICE_TYPES = '/node_modules/@types/office-js/';
/** The type of a guard function: its argument is an ExcelApi version. */
const GUARD_TYPE = { name: 'ExcelApiSupported', file: 'src/hosts/office/api-sets.ts', set: 'ExcelApi' };

/** "1.18" → [1, 18]; compares numerically, so 1.18 is above 1.9. */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const maxVersion = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : compareVersions(a, b) >= 0 ? a : b;

/** A program over `files` with the project's compiler options (the office-js types come in through `types`). */
export function createProgram(root: string, files: readonly string[]): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.json does not parse');
  return ts.createProgram(files, config.options);
}

/** The requirement set a declaration's doc comment names, if it is one of office-js's. */
function apiSet(decl: ts.Declaration, write: boolean): { set: string; version: string } | null {
  const sf = decl.getSourceFile();
  if (!sf.fileName.includes(OFFICE_TYPES)) return null;
  const comments = ts.getLeadingCommentRanges(sf.text, decl.getFullStart()) ?? [];
  const doc = comments.at(-1);
  if (!doc) return null;
  const tag = /\[Api set: (\w+) (\d+\.\d+)([^\]]*)\]/.exec(sf.text.slice(doc.pos, doc.end));
  if (!tag) return null;
  // "[Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]": a write needs the later one.
  const setter = write ? /(\d+\.\d+) for set/.exec(tag[3]) : null;
  return { set: tag[1], version: setter ? setter[1] : tag[2] };
}

const declaringName = (decl: ts.Declaration): string => {
  const owner = decl.parent as ts.Node & { name?: ts.Node };
  return owner.name && ts.isIdentifier(owner.name) ? owner.name.text : '?';
};

function isWriteTarget(node: ts.Node): boolean {
  const p = node.parent;
  return (
    ts.isBinaryExpression(p) &&
    p.left === node &&
    p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    p.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  );
}

const exits = (s: ts.Statement): boolean =>
  ts.isReturnStatement(s) ||
  ts.isThrowStatement(s) ||
  ts.isContinueStatement(s) ||
  ts.isBreakStatement(s) ||
  (ts.isBlock(s) && s.statements.length > 0 && exits(s.statements[s.statements.length - 1]));

/** Finds the uses in `file` (one of the program's source files). */
export function findApiUses(program: ts.Program, file: string, root: string): ApiUse[] {
  const checker = program.getTypeChecker();
  const sf = program.getSourceFile(file);
  if (!sf) throw new Error(`${file} is not in the program`);
  const rel = path.relative(root, sf.fileName).split(path.sep).join('/');
  const uses: ApiUse[] = [];

  const literal = (e: ts.Expression): string | null => {
    const t = checker.getTypeAtLocation(e);
    return t.isStringLiteral() ? t.value : null;
  };

  /** The version of `set` a guard call checks, or null when `e` is no guard call of it. */
  const guardCall = (e: ts.Expression, set: string): string | null => {
    if (!ts.isCallExpression(e)) return null;
    const alias = checker.getTypeAtLocation(e.expression).aliasSymbol;
    const aliasFile = alias?.declarations?.[0]?.getSourceFile().fileName ?? '';
    if (alias?.name === GUARD_TYPE.name && aliasFile.endsWith(GUARD_TYPE.file) && e.arguments.length === 1)
      return set === GUARD_TYPE.set ? literal(e.arguments[0]) : null;
    const decl = checker.getResolvedSignature(e)?.declaration;
    if (!decl || !decl.getSourceFile().fileName.includes(OFFICE_TYPES)) return null;
    if (!ts.isMethodSignature(decl) || !ts.isIdentifier(decl.name) || decl.name.text !== 'isSetSupported') return null;
    if (e.arguments.length !== 2 || literal(e.arguments[0])?.toLowerCase() !== set.toLowerCase()) return null;
    return literal(e.arguments[1]);
  };

  /** The version of `set` known to be there when `e` is truthy (`when` true) or falsy. */
  const known = (e: ts.Expression, when: boolean, set: string, depth = 0): string | null => {
    if (depth > 8) return null;
    if (ts.isParenthesizedExpression(e)) return known(e.expression, when, set, depth + 1);
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return known(e.operand, !when, set, depth + 1);
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      // Both sides hold when `a && b` is true, and when `a || b` is false.
      if ((op === ts.SyntaxKind.AmpersandAmpersandToken && when) || (op === ts.SyntaxKind.BarBarToken && !when))
        return maxVersion(known(e.left, when, set, depth + 1), known(e.right, when, set, depth + 1));
      return null;
    }
    if (!when) return null;
    if (ts.isIdentifier(e)) {
      const decl = checker.getSymbolAtLocation(e)?.valueDeclaration;
      const isConst = decl && ts.isVariableDeclaration(decl) && (ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const) !== 0;
      return isConst && decl.initializer ? known(decl.initializer, true, set, depth + 1) : null;
    }
    return guardCall(e, set);
  };

  /** The highest version of `set` that guards around `node` have checked. */
  const guardOf = (node: ts.Node, set: string): string | null => {
    let best: string | null = null;
    for (let child = node, p = node.parent; p; child = p, p = p.parent) {
      if (ts.isIfStatement(p) && child !== p.expression) best = maxVersion(best, known(p.expression, child === p.thenStatement, set));
      else if (ts.isConditionalExpression(p) && child !== p.condition)
        best = maxVersion(best, known(p.condition, child === p.whenTrue, set));
      else if (ts.isBinaryExpression(p) && child === p.right) {
        if (p.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) best = maxVersion(best, known(p.left, true, set));
        else if (p.operatorToken.kind === ts.SyntaxKind.BarBarToken) best = maxVersion(best, known(p.left, false, set));
      } else if (ts.isBlock(p) || ts.isSourceFile(p) || ts.isCaseClause(p) || ts.isDefaultClause(p)) {
        // `if (!supported) return;` before the use, in the same block.
        for (const s of p.statements) {
          if (s === child) break;
          if (ts.isIfStatement(s) && !s.elseStatement && exits(s.thenStatement)) best = maxVersion(best, known(s.expression, false, set));
        }
      }
    }
    return best;
  };

  const record = (at: ts.Node, decls: readonly ts.Declaration[] | undefined, write: boolean) => {
    for (const decl of decls ?? []) {
      const tag = apiSet(decl, write);
      if (!tag) continue;
      const declName = ts.getNameOfDeclaration(decl);
      const name = declName && ts.isIdentifier(declName) ? declName.text : at.getText();
      uses.push({
        file: rel,
        line: sf.getLineAndCharacterOfPosition(at.getStart()).line + 1,
        member: `${declaringName(decl)}.${name}`,
        ...tag,
        guard: guardOf(at, tag.set),
      });
      return;
    }
  };

  /** The declarations a member name resolves to; for a call, the overload called. */
  const declarationsAt = (name: ts.Node, access: ts.Expression): readonly ts.Declaration[] | undefined => {
    const call = access.parent;
    if (ts.isCallExpression(call) && call.expression === access) {
      const decl = checker.getResolvedSignature(call)?.declaration;
      if (decl && !ts.isJSDocSignature(decl)) return [decl];
    }
    return checker.getSymbolAtLocation(name)?.declarations;
  };

  /** The properties named in load('a,b/c') or load(['a', 'b/c']), walked from the loaded object's type. */
  const loadPaths = (call: ts.CallExpression, target: ts.Expression) => {
    for (const arg of call.arguments) {
      const texts = ts.isArrayLiteralExpression(arg) ? arg.elements : [arg];
      for (const t of texts) {
        const text = ts.isExpression(t) ? literal(t) : null;
        if (text === null) continue;
        for (const p of text.split(',')) {
          let type = checker.getNonNullableType(checker.getTypeAtLocation(target));
          for (const segment of p.trim().split('/')) {
            const prop = checker.getPropertyOfType(type, segment);
            if (!prop) break;
            record(t, prop.declarations, false);
            type = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(prop, t));
            type = checker.getIndexTypeOfType(type, ts.IndexKind.Number) ?? type;
          }
        }
      }
    }
  };

  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      record(node.name, declarationsAt(node.name, node), isWriteTarget(node));
      if (node.name.text === 'load' && ts.isCallExpression(node.parent) && node.parent.expression === node)
        loadPaths(node.parent, node.expression);
    } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
      record(node.argumentExpression, declarationsAt(node.argumentExpression, node), isWriteTarget(node));
    } else if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && ts.isObjectLiteralExpression(node.parent)) {
      const type = checker.getContextualType(node.parent);
      const name = ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : null;
      const prop = type && name ? checker.getPropertyOfType(checker.getNonNullableType(type), name) : undefined;
      if (prop) record(node.name, prop.declarations, true);
    } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      const key = node.propertyName ?? node.name;
      const type = checker.getTypeAtLocation(node.parent);
      const prop = ts.isIdentifier(key) ? checker.getPropertyOfType(type, key.text) : undefined;
      if (prop) record(key, prop.declarations, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return uses;
}

/** Every .ts file under `dir`, sorted. */
export function typeScriptFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) found.push(p);
    }
  };
  walk(dir);
  return found.sort();
}
