// The sensitive-name dictionary shared by leakage rules (rules-catalog.md §2.2).
// Names are split into words (camelCase, snake_case, kebab-case) and matched whole, so `spinner`,
// `pinned`, `tokenizer` and `panel` do not match. Identifiers and interpolations count; words inside
// literals do not (`"PIN incorrect"` is fine, `"pin=$pin"` is not).
import type { Node } from 'web-tree-sitter';

export type SensitiveCategory = 'credential' | 'payment';

interface Term {
  words: string[];
  category: SensitiveCategory;
  /** PIN, password, OTP, CVV: leaking these is an immediate account takeover. */
  critical: boolean;
}

const TERMS: Term[] = [
  ...['pin', 'mpin', 'upin', 'passcode', 'password', 'passwd', 'pwd', 'otp', 'totp', 'cvv', 'cvc', 'cvv2'].map((w) => ({
    words: [w], category: 'credential' as const, critical: true,
  })),
  ...[['secret'], ['private', 'key'], ['privatekey'], ['api', 'key'], ['apikey'], ['token'], ['access', 'token'], ['refresh', 'token'], ['auth', 'token'], ['session', 'id'], ['credential'], ['credentials']].map((words) => ({
    words, category: 'credential' as const, critical: false,
  })),
  ...[['pan'], ['card', 'number'], ['cardnumber'], ['iban'], ['account', 'number'], ['accountnumber'], ['acct', 'no'], ['acctno'], ['account', 'no'], ['msisdn'], ['balance'], ['amount'], ['voucher'], ['beneficiary'], ['phone', 'number'], ['mobile', 'number']].map((words) => ({
    words, category: 'payment' as const, critical: false,
  })),
];

/** Words of an identifier: `userPinCode` → [user, pin, code]; `OTP_VALUE` → [otp, value]. */
export function splitWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

export interface SensitiveMatch {
  term: string;
  category: SensitiveCategory;
  critical: boolean;
}

/** The sensitive term an identifier names, if any. */
export function sensitiveName(name: string): SensitiveMatch | undefined {
  const words = splitWords(name);
  for (const t of TERMS) {
    for (let i = 0; i + t.words.length <= words.length; i++) {
      if (t.words.every((w, j) => words[i + j] === w)) return { term: t.words.join(' '), category: t.category, critical: t.critical };
    }
  }
  return undefined;
}

/** Identifier-like node types whose text is a name, in both grammars. */
const NAME_TYPES = new Set(['identifier', 'field_identifier', 'simple_identifier']);

/**
 * Sensitive names used as values inside an expression: identifiers, `obj.pin`, `getPin()`, and Kotlin
 * template references (`"$pin"`, `"${user.pin}"`). Words inside string literals do not count.
 */
export function sensitiveValuesIn(node: Node): { node: Node; match: SensitiveMatch }[] {
  const out: { node: Node; match: SensitiveMatch }[] = [];
  const visit = (n: Node) => {
    if (n.type === 'string_literal' || n.type === 'multiline_string_literal' || n.type === 'text_block') {
      // Kotlin templates: `$name` may be left as plain content by the grammar.
      for (const m of n.text.matchAll(/(?<!\\)\$\{?([A-Za-z_][\w.]*)/g)) {
        const last = m[1].split('.').pop()!;
        const match = sensitiveName(last);
        if (match) out.push({ node: n, match });
      }
      return;
    }
    if (NAME_TYPES.has(n.type)) {
      const parent = n.parent;
      // Skip the method name of a call (`Log.d`, `pinPad.show()`), but keep getters like `getPin()`.
      const isCallee = parent?.type === 'method_invocation' && parent.childForFieldName('name')?.id === n.id;
      const name = isCallee ? (/^get[A-Z]/.test(n.text) ? n.text.slice(3) : '') : n.text;
      const match = name ? sensitiveName(name) : undefined;
      if (match) out.push({ node: n, match });
      return;
    }
    for (const c of n.namedChildren) if (c) visit(c);
  };
  visit(node);
  return out;
}

/** Members that describe a value rather than expose it: `pin.length`, `token.isEmpty()`. */
export const METADATA_MEMBERS = /^(length|size|count|isEmpty|isNotEmpty|isBlank|isNotBlank|isNullOrEmpty|isNullOrBlank|hashCode|javaClass|getClass|class|indices|lastIndex)$/;

/**
 * The name an identifier contributes as a value, or '' when it does not expose one: method names only count as
 * getters (`getPin()` → `Pin`; `validatePin()` or `pinPad.show()` do not), and the receiver of a metadata member
 * (`pin.length`) is metadata, not the value.
 */
export function valueNameOf(n: Node, metadataMembers: RegExp = METADATA_MEMBERS): string {
  const parent = n.parent;
  let name = n.text;
  if (parent?.type === 'method_invocation' && parent.childForFieldName('name')?.id === n.id) {
    name = /^get[A-Z]/.test(name) ? name.slice(3) : '';
  } else if (parent?.type === 'call_expression' && parent.namedChildren[0]?.id === n.id) {
    name = '';
  } else if (parent?.type === 'navigation_expression' && parent.namedChildren.at(-1)?.id === n.id && parent.parent?.type === 'call_expression' && parent.parent.namedChildren[0]?.id === parent.id) {
    name = /^get[A-Z]/.test(name) ? name.slice(3) : '';
  }
  if (name && parent && (parent.type === 'navigation_expression' || parent.type === 'field_access' || parent.type === 'method_invocation')) {
    const first = parent.type === 'method_invocation' ? parent.childForFieldName('object') : parent.namedChildren[0];
    const member = parent.type === 'method_invocation' ? parent.childForFieldName('name') : parent.namedChildren.at(-1);
    if (first?.id === n.id && member && metadataMembers.test(member.text)) name = '';
  }
  return name;
}
