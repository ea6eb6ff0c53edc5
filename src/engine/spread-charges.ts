import { parse, type Node } from 'acorn';
import { simple } from 'acorn-walk';
import { SPREAD_CHARGE_NAME } from './builtin-charges';

type Spread = Node & { argument: Node };

/**
 * Rewrites every spread (`[...xs]`, `f(...xs)`, `{ ...o }`) so its argument passes through the
 * sandbox's spread charge, which adds the copy to the work budget (builtin-charges.ts): spread is
 * syntax, so no built-in could be wrapped for it. Only text is inserted on the same line, so
 * line numbers stay the user's. Code that cannot be parsed is returned as it is (the syntax
 * check reports it), and code without `...` is not parsed at all.
 */
export function chargeSpreads(code: string): string {
  if (!code.includes('...')) return code;
  let ast: Node;
  try {
    ast = parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true });
  } catch {
    return code;
  }
  const spreads: Spread[] = [];
  simple(ast, { SpreadElement: (node) => void spreads.push(node as Spread) });
  if (spreads.length === 0) return code;
  // Insert from the end so earlier offsets stay valid; nested spreads nest their wrappers.
  const inserts: { pos: number; text: string }[] = [];
  for (const s of spreads) inserts.push({ pos: s.argument.start, text: `${SPREAD_CHARGE_NAME}(` }, { pos: s.argument.end, text: ')' });
  inserts.sort((a, b) => b.pos - a.pos || (a.text === ')' ? 1 : -1));
  let out = code;
  for (const ins of inserts) out = out.slice(0, ins.pos) + ins.text + out.slice(ins.pos);
  return out;
}
