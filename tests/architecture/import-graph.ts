import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '../..');

/** An import of a src/ file by a src/ file (paths under src/), type-only when all of its names are types. */
export interface Edge {
  readonly from: string;
  readonly to: string;
  readonly typeOnly: boolean;
}

/** Every import of a src/ file by a src/ file (static, re-exports, dynamic `import()`, `import('…')` types). */
export function importGraph(): Edge[] {
  const files = (readdirSync(join(root, 'src'), { recursive: true }) as string[]).map((p) => p.split('\\').join('/')).filter((p) => p.endsWith('.ts')).sort();
  const edges: Edge[] = [];
  for (const from of files) {
    const sf = ts.createSourceFile(from, readFileSync(join(root, 'src', from), 'utf8'), ts.ScriptTarget.Latest, true);
    const add = (spec: string, typeOnly: boolean) => {
      if (!spec.startsWith('.')) return;
      const to = posix.normalize(posix.join(posix.dirname(from), spec)).replace(/\.js$/, '.ts');
      if (!to.startsWith('..')) edges.push({ from, to, typeOnly });
    };
    const visit = (node: ts.Node) => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const c = node.importClause;
        const named = c?.namedBindings && ts.isNamedImports(c.namedBindings) ? c.namedBindings.elements : [];
        add(node.moduleSpecifier.text, c !== undefined && (c.isTypeOnly || (!c.name && named.length > 0 && named.every((e) => e.isTypeOnly))));
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : [];
        add(node.moduleSpecifier.text, node.isTypeOnly || (named.length > 0 && named.every((e) => e.isTypeOnly)));
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
        add(node.arguments[0].text, false);
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
        add(node.argument.literal.text, true);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return edges;
}

