// Comparison helpers shared by auth-local-pin-check and auth-developer-backdoor.
import type { Node } from 'web-tree-sitter';
import { splitWords } from '../../server/src/engine/sensitive';

export interface Compared { left: Node; right: Node; at: Node }

/** `a == b`, `a != b`, `a.equals(b)`, `a.contentEquals(b)`, `TextUtils.equals(a, b)`, `MessageDigest.isEqual(a, b)`. */
export function comparedPair(node: Node, name: string | undefined, receiver: Node | undefined, args: Node[]): Compared | undefined {
  if (!name) return undefined;
  if (/^(equals|contentEquals|equalsIgnoreCase|contentEqualsIgnoreCase)$/.test(name) && receiver && args.length >= 1 && !/^(TextUtils|Objects|Arrays)$/.test(receiver.text)) {
    return { left: receiver, right: args[0], at: node };
  }
  if (/^(equals|isEqual|constantTimeEquals|areEqual)$/.test(name) && args.length === 2) return { left: args[0], right: args[1], at: node };
  return undefined;
}

const METADATA = /^(length|size|count|isEmpty|isNotEmpty|isBlank|isNotBlank|isNullOrEmpty|isNullOrBlank|hashCode|indices|lastIndex|length\(\))$/;

/** Value identifiers in an expression: not callee names (except getters), not `x.length`. */
export function valueIdentifiers(expr: Node): Node[] {
  const out: Node[] = [];
  const visit = (n: Node) => {
    if (n.type === 'string_literal' || n.type === 'lambda_literal' || n.type === 'lambda_expression') return;
    if (n.type === 'identifier' || n.type === 'field_identifier' || n.type === 'simple_identifier') {
      const p = n.parent;
      const isCallee = (p?.type === 'method_invocation' && p.childForFieldName('name')?.id === n.id) ||
        (p?.type === 'call_expression' && p.namedChildren[0]?.id === n.id) ||
        (p?.type === 'navigation_expression' && p.namedChildren.at(-1)?.id === n.id && p.parent?.type === 'call_expression' && p.parent.namedChildren[0]?.id === p.id);
      if (isCallee && !/^get[A-Z]/.test(n.text)) return;
      // pin.length, pin.isEmpty(): metadata
      const member = p?.type === 'method_invocation' ? p.childForFieldName('name') : (p?.type === 'navigation_expression' || p?.type === 'field_access') ? p.namedChildren.at(-1) : undefined;
      const first = p?.type === 'method_invocation' ? p.childForFieldName('object') : p?.namedChildren[0];
      if (first?.id === n.id && member && METADATA.test(member.text)) return;
      out.push(n);
      return;
    }
    for (const c of n.namedChildren) if (c) visit(c);
  };
  visit(expr);
  return out;
}

export function hasWord(expr: Node, words: Set<string>): boolean {
  return valueIdentifiers(expr).some((id) => splitWords(id.text).some((w) => words.has(w)));
}

export function nonEmptyLiteral(n: Node): string | undefined {
  if (n.type !== 'string_literal') return undefined;
  const raw = n.text.replace(/^"|"$/g, '');
  if (raw === '' || /\$/.test(raw)) return undefined;
  return raw;
}
