// Shared by the DFS data-leak rules (crash reports, intent extras, analytics): which sensitive values an
// expression carries. Identifiers, getters (`getPin()`), `user.msisdn`, Kotlin templates (`$pin`, `${user.pin}`)
// count; words inside literals, constants (`EXTRA_PIN`), resource ids (`R.id.et_pin`) and metadata
// (`pin.length`, `pinEnabled`) do not.
import type { Node } from 'web-tree-sitter';
import { sensitiveName, splitWords, valueNameOf, type SensitiveMatch } from '../../server/src/engine/sensitive';
import type { Range } from '../../server/src/engine/types';

/** Words that turn a sensitive name into metadata or UI: `pinEnabled`, `hasPin`, `pinLength`, `etPin`. */
const NOT_A_VALUE = new Set([
  'is', 'has', 'enabled', 'disabled', 'enable', 'length', 'len', 'size', 'count', 'attempt', 'attempts', 'retry',
  'retries', 'tries', 'required', 'valid', 'invalid', 'visible', 'shown', 'type', 'mode', 'hint', 'label', 'screen',
  'view', 'pad', 'keypad', 'dialog', 'fragment', 'activity', 'button', 'btn', 'layout', 'field', 'status', 'state',
  'changed', 'error', 'errors', 'policy', 'format', 'pattern', 'regex', 'digits', 'max', 'min', 'expiry', 'expired',
  'expires', 'ttl', 'timeout', 'masked', 'mask', 'hashed', 'hash', 'encrypted', 'cipher', 'tag', 'name', 'prefix',
  'manager', 'helper', 'validator', 'listener', 'callback', 'adapter', 'request', 'response', 'result', 'exception',
  'flow', 'step', 'lock', 'locked', 'blocked', 'source', 'provider', 'et', 'edit', 'text', 'input', 'tv', 'til',
  'sent', 'verified', 'requested', 'key', 'id', 'ref', 'reference', 'last4', 'last', 'digit', 'currency', 'visibility',
]);
/** `apiKey`, `sessionId`: the whole term includes the word, so it is still a value. */
const TERM_WORDS = new Set(['key', 'id']);
const METADATA_MEMBERS = /^(length|size|count|isEmpty|isNotEmpty|isBlank|isNotBlank|isNullOrEmpty|isNullOrBlank|hashCode|javaClass|getClass|class|indices|lastIndex|currency|scale|signum)$/;
/** Calls that return their argument's text (formatting, concatenation, trimming); other calls transform it. */
const PASS_THROUGH = /^(format|formatted|valueOf|toString|String|concat|append|plus|trim|trimEnd|trimStart|substring|take|takeLast|joinToString|join|listOf|arrayOf|mapOf|setOf|to|orEmpty|uppercase|lowercase|toUpperCase|toLowerCase|replace|let|also|apply|run|with|requireNotNull|checkNotNull|toPlainString|toBigDecimal|toLong|toInt|toDouble|getText|text|Exception|RuntimeException|IllegalStateException|IllegalArgumentException|Throwable|putString|putDouble|putLong|putInt|param|bundleOf)$/;
const SANITIZERS = /mask|redact|hash|obfuscat|sanitiz|anonymi|digest|encrypt|sha\d*|md5|truncat|last4|lastFour|censor|scrub/i;

/** A sensitive name used as a value, after dropping metadata words. */
export function valueName(name: string): SensitiveMatch | undefined {
  if (/^[A-Z][A-Z0-9_]*$/.test(name)) return undefined; // EXTRA_PIN, KEY_MSISDN: constant key names
  const match = sensitiveName(name);
  if (!match) return undefined;
  const termWords = match.term.split(' ');
  const rest = splitWords(name).filter((w) => !termWords.includes(w));
  if (rest.some((w) => NOT_A_VALUE.has(w) && !(TERM_WORDS.has(w) && termWords.length > 1))) return undefined;
  return match;
}

export interface ValueHit {
  match: SensitiveMatch;
  node: Node;
  /** The `$pin` part of a Kotlin template, when the hit is inside a string. */
  range?: Range;
  /** The name as written. */
  name: string;
}

function calleeName(call: Node): string | undefined {
  if (call.type === 'method_invocation') return call.childForFieldName('name')?.text;
  if (call.type === 'object_creation_expression') return call.childForFieldName('type')?.text.replace(/<.*$/, '').split('.').pop();
  if (call.type === 'call_expression') return call.namedChildren[0]?.text.split('.').pop();
  return undefined;
}

function argsOf(call: Node): Node | undefined {
  if (call.type === 'method_invocation' || call.type === 'object_creation_expression') return call.childForFieldName('arguments') ?? undefined;
  return call.namedChildren.find((c) => c?.type === 'value_arguments') ?? undefined;
}

/** The value went through a masking call, or only fed a call that returns something else. */
function transformed(node: Node, stop: Node): boolean {
  let child = node;
  for (let p = node.parent; p && child.id !== stop.id; child = p, p = p.parent) {
    if (p.type !== 'method_invocation' && p.type !== 'call_expression' && p.type !== 'object_creation_expression') continue;
    const name = calleeName(p) ?? '';
    if (SANITIZERS.test(name)) return true;
    const args = argsOf(p);
    if (args && child.id === args.id && !PASS_THROUGH.test(name)) return true;
    if (p.id === stop.id) break;
  }
  return false;
}

/** Sensitive values an expression carries. */
export function sensitiveValues(expr: Node): ValueHit[] {
  const out: ValueHit[] = [];
  const visit = (n: Node) => {
    if (n.type === 'string_literal' || n.type === 'multiline_string_literal') {
      const start = n.startPosition;
      for (const m of n.text.matchAll(/(?<!\\)\$([A-Za-z_]\w*)/g)) {
        const match = valueName(m[1]);
        if (!match) continue;
        const before = n.text.slice(0, m.index);
        const line = start.row + (before.match(/\n/g)?.length ?? 0);
        const col = before.includes('\n') ? before.length - before.lastIndexOf('\n') - 1 : start.column + before.length;
        out.push({ match, node: n, name: m[1], range: { start: { line, character: col }, end: { line, character: col + m[0].length } } });
      }
      for (const c of n.namedChildren) if (c && (c.type === 'interpolation' || c.type === 'interpolated_expression')) visit(c);
      return;
    }
    if (n.type === 'text_block' || n.type === 'character_literal' || n.type === 'lambda_literal' || n.type === 'lambda_expression') return;
    // R.id.et_pin, R.string.pin_hint: resource ids, not values.
    if ((n.type === 'field_access' || n.type === 'navigation_expression') && /^R\./.test(n.text)) return;
    if (n.type === 'identifier' || n.type === 'field_identifier' || n.type === 'simple_identifier') {
      const name = valueNameOf(n, METADATA_MEMBERS);
      const match = name ? valueName(name) : undefined;
      if (match) out.push({ match, node: n, name: n.text });
      return;
    }
    for (const c of n.namedChildren) if (c) visit(c);
  };
  visit(expr);
  return out.filter((h) => !transformed(h.node, expr));
}

/** The sensitive term a string key names (`"pin"`, `"user_msisdn"`), for `putExtra("pin", …)`. */
export function keyName(key: string | undefined): SensitiveMatch | undefined {
  if (!key || key.length > 40 || /\s/.test(key)) return undefined;
  return valueName(key.replace(/^.*[.]/, '').toLowerCase());
}

/** A short label for messages: PIN, OTP, CVV in capitals, other terms as words. */
export function termLabel(m: SensitiveMatch): string {
  return /^(pin|mpin|upin|otp|totp|cvv|cvc|cvv2|pan|iban|msisdn)$/.test(m.term) ? m.term.toUpperCase() : m.term;
}

/** The node is alone on its lines, so removing those lines removes nothing else. */
export function ownsLines(node: Node, text: string): boolean {
  const lines = text.split('\n');
  const before = lines[node.startPosition.row].slice(0, node.startPosition.column);
  const after = lines[node.endPosition.row].slice(node.endPosition.column);
  return before.trim() === '' && /^\s*;?\s*(\/\/.*)?$/.test(after);
}
