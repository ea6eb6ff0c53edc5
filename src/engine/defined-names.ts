import { parse, type Node } from 'acorn';

type Named = Node & { id?: { type: string; name?: string } | null };
type Declarator = Node & { id: { type: string; name?: string } };
type Assignment = Node & { left: Node & { type: string; object?: Node & { name?: string; property?: Node & { name?: string } }; property?: Node & { name?: string; value?: unknown } }; right: Node & { properties?: (Node & { key?: { name?: string; value?: unknown } })[]; name?: string } };

/**
 * The names a file defines at its top level (functions, classes, variables) and hands over
 * through `module.exports` / `exports`, for a "the file defines …" message when the expected
 * function is missing. Best effort: a file that does not parse defines nothing here.
 */
export function definedNames(code: string): string[] {
  let ast: Node & { body: Node[] };
  try {
    ast = parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true }) as Node & { body: Node[] };
  } catch {
    return [];
  }
  const names: string[] = [];
  const add = (n: unknown) => typeof n === 'string' && n && !names.includes(n) && n !== 'default' && n !== '__esModule' && names.push(n);
  for (const node of ast.body) {
    if (node.type === 'FunctionDeclaration' || node.type === 'ClassDeclaration') add((node as Named).id?.name);
    if (node.type === 'VariableDeclaration') for (const d of (node as Node & { declarations: Declarator[] }).declarations) add(d.id.name);
    if (node.type === 'ExpressionStatement') {
      const e = (node as Node & { expression: Node }).expression as Assignment;
      if (e.type !== 'AssignmentExpression' || e.left.type !== 'MemberExpression') continue;
      const target = e.left;
      const objectName = target.object?.name ?? target.object?.property?.name;
      if (objectName !== 'exports' && objectName !== 'module') continue;
      if (target.property?.name === 'exports') {
        // module.exports = f / = { a, b }
        if (e.right.name) add(e.right.name);
        for (const p of e.right.properties ?? []) add(p.key?.name ?? p.key?.value);
      } else add(target.property?.name ?? target.property?.value);
    }
  }
  return names;
}
