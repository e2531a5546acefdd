// Rule: log calls (Log.*, Timber.*, println, System.out/err) whose message uses a sensitive identifier or template.
import type { Node } from 'web-tree-sitter';
import { isDebugGuarded } from '../../server/src/engine/ast';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import { METADATA_MEMBERS, sensitiveName, splitWords, valueNameOf, type SensitiveMatch } from '../../server/src/engine/sensitive';
import type { Range } from '../../server/src/engine/types';
import type { CallView } from '../../server/src/engine/view';

const LOG_LEVELS = new Set(['v', 'd', 'i', 'w', 'e', 'wtf']);
/** Words that turn a sensitive name into metadata or UI: `pinEnabled`, `hasPin`, `pinLength`, `pinView`. */
const NOT_A_VALUE = new Set([
  'is', 'has', 'enabled', 'disabled', 'enable', 'set', 'length', 'len', 'size', 'count', 'attempt', 'attempts', 'retry',
  'retries', 'tries', 'required', 'valid', 'invalid', 'visible', 'shown', 'type', 'mode', 'hint', 'label', 'screen',
  'view', 'pad', 'keypad', 'dialog', 'fragment', 'activity', 'button', 'btn', 'layout', 'field', 'status', 'state',
  'changed', 'error', 'errors', 'policy', 'format', 'pattern', 'regex', 'digits', 'max', 'min', 'expiry', 'expired',
  'expires', 'ttl', 'timeout', 'masked', 'mask', 'hashed', 'hash', 'encrypted', 'cipher', 'id', 'ids', 'key', 'keys',
  'tag', 'name', 'prefix', 'manager', 'helper', 'validator', 'listener', 'callback', 'adapter', 'request', 'response',
  'result', 'exception', 'flow', 'step', 'entry', 'input', 'lock', 'locked', 'blocked', 'source', 'provider',
  'protected', 'verified', 'configured', 'created', 'updated', 'reset', 'date', 'time', 'timestamp', 'at',
]);
/** Identifiers that are fine when they appear, so the words `key` and `id` do not hide `apiKey`/`sessionId`. */
const WHOLE_TERM_WORDS = new Set(['key', 'id']);
/** Member selections that read metadata, not the value: `pin.length`, `token.isEmpty()`. */
/** Calls whose result no longer reveals their argument. */
/** Calls that pass their argument's text through (formatting, concatenation); other calls transform it. */
const PASS_THROUGH = /^(format|formatted|valueOf|toString|String|concat|append|plus|trim|trimEnd|trimStart|substring|take|takeLast|drop|dropLast|joinToString|join|listOf|arrayOf|mapOf|setOf|to|toJson|stringify|orEmpty|uppercase|lowercase|toUpperCase|toLowerCase|reversed|padStart|padEnd|replace|copyValueOf|asList|let|also|apply|run|with|requireNotNull|checkNotNull|AnnotatedString|StringBuilder|SpannableString)$/;
const SANITIZERS = /mask|redact|hash|obfuscat|sanitiz|anonymi|digest|encrypt|sha\d*|md5|truncat|last4|lastFour|censor|scrub/i;

export interface LeakHit {
  match: SensitiveMatch;
  node: Node;
  range?: Range;
}

/** A sensitive name used as a value, after dropping metadata words (`pinEnabled`, `tokenLength`). */
export function secretName(name: string): SensitiveMatch | undefined {
  const match = sensitiveName(name);
  if (!match) return undefined;
  const termWords = match.term.split(' ');
  const rest = splitWords(name).filter((w) => !termWords.includes(w));
  if (rest.some((w) => NOT_A_VALUE.has(w) && !(WHOLE_TERM_WORDS.has(w) && termWords.length > 1))) return undefined;
  return match;
}

function calleeName(call: Node): string | undefined {
  if (call.type === 'method_invocation') return call.childForFieldName('name')?.text;
  if (call.type === 'call_expression') return call.namedChildren[0]?.text.split('.').pop();
  return undefined;
}

/** The value went through a masking call, or was only an argument of a call that returns something else. */
function sanitized(node: Node, stop: Node): boolean {
  if (node.id === stop.id) return false;
  let child = node;
  for (let p = node.parent; p && p.id !== stop.id; child = p, p = p.parent) {
    if (p.type !== 'method_invocation' && p.type !== 'call_expression') continue;
    const name = calleeName(p) ?? '';
    if (SANITIZERS.test(name)) return true;
    const args = p.type === 'method_invocation' ? p.childForFieldName('arguments') : p.namedChildren.find((c) => c?.type === 'value_arguments');
    if (args && child.id === args.id && !PASS_THROUGH.test(name)) return true;
  }
  return false;
}

/** Sensitive values in an expression: identifiers, `user.pin`, `getPin()`, Kotlin `$pin` / `${user.pin}`. */
export function secretValuesIn(expr: Node): LeakHit[] {
  const out: LeakHit[] = [];
  const visit = (n: Node) => {
    if (n.type === 'string_literal' || n.type === 'multiline_string_literal') {
      const start = n.startPosition;
      for (const m of n.text.matchAll(/(?<!\\)\$([A-Za-z_]\w*)/g)) {
        const match = secretName(m[1]);
        if (!match) continue;
        const before = n.text.slice(0, m.index);
        const line = start.row + (before.match(/\n/g)?.length ?? 0);
        const col = before.includes('\n') ? before.length - before.lastIndexOf('\n') - 1 : start.column + before.length;
        out.push({ match, node: n, range: { start: { line, character: col }, end: { line, character: col + m[0].length } } });
      }
      for (const c of n.namedChildren) if (c && (c.type === 'interpolation' || c.type === 'interpolated_expression')) visit(c);
      return;
    }
    if (n.type === 'text_block' || n.type === 'character_literal') return;
    if (n.type === 'identifier' || n.type === 'field_identifier' || n.type === 'simple_identifier') {
      const name = valueNameOf(n, METADATA_MEMBERS);
      const match = name ? secretName(name) : undefined;
      if (match) out.push({ match, node: n });
      return;
    }
    for (const c of n.namedChildren) if (c) visit(c);
  };
  visit(expr);
  return out.filter((h) => !sanitized(h.node, expr));
}

type Msg = 'critical' | 'sensitive';

/** Arguments that carry the message (skips tags and throwables). */
/** Names of calls that can write a log line; anything else is rejected before its arguments are read. */
const LOG_CALL_NAMES = /^(v|d|i|w|e|wtf|println|print|printf|format|log)$/

function messageArgs(call: CallView): Node[] | undefined {
  if (!LOG_CALL_NAMES.test(call.name)) return undefined;
  const args = call.args.map((a) => a.node);
  const receiver = call.receiverText ?? '';
  if (call.receiverName === 'Log' && (receiver === 'Log' || receiver === 'android.util.Log' || !call.receiver)) {
    if (LOG_LEVELS.has(call.name)) {
      // Log.d(tag, msg[, tr]) and Log.w(tag, tr)
      return args.slice(1, 2);
    }
    if (call.name === 'println') return args.slice(2, 3);
    return undefined;
  }
  if (/^Timber(\.tag\(.*\))?$/.test(receiver) || (call.receiverName === 'Timber' && !call.receiver)) {
    if (!LOG_LEVELS.has(call.name) && call.name !== 'log') return undefined;
    return args;
  }
  if (/^System\.(out|err)$/.test(receiver) && /^(println|print|printf|format)$/.test(call.name)) return args;
  if (!call.receiver && (call.name === 'println' || call.name === 'print') && call.lang === 'kotlin') return args;
  return undefined;
}

/** The statement the call forms on its own, when it can be wrapped in an `if` without changing meaning. */
function ownStatement(call: Node): Node | undefined {
  const p = call.parent;
  if (!p) return undefined;
  if (call.type === 'method_invocation' && p.type === 'expression_statement' && p.parent?.type === 'block') return p;
  if (call.type === 'call_expression' && (p.type === 'statements' || p.type === 'block')) return p.type === 'block' || p.parent?.type !== 'lambda_literal' ? call : undefined;
  return undefined;
}

function debugWrap(ctx: RuleContext<Msg>, call: Node) {
  const stmt = ownStatement(call);
  if (!stmt) return [];
  const indent = ctx.fix.indentOf(stmt);
  const body = stmt.text.split('\n').map((l, i) => (i === 0 ? l : `    ${l}`)).join('\n');
  const text = `if (BuildConfig.DEBUG) {\n${indent}    ${body}\n${indent}}`;
  return [{ title: 'Log only in debug builds (if (BuildConfig.DEBUG))', kind: 'suggestion' as const, edits: [ctx.fix.replace(stmt, text)] }];
}

export default defineRule({
  id: 'storage-log-sensitive',
  meta: {
    title: 'Sensitive value written to the log',
    description: 'Flags Log.*, Timber.*, println and System.out/err calls whose message uses a PIN, password, OTP, token, account or card value.',
    severity: 'medium',
    messages: {
      critical: 'The log message contains {{name}} ({{term}}); logcat is readable by adb, bug reports and, on older or rooted devices, other apps. Never log credentials: remove the value, or log only in debug builds.',
      sensitive: 'The log message contains {{name}} ({{term}}), customer data that must not reach logcat or crash reports; remove or mask it, or log only in debug builds.',
    },
    tags: {
      cwe: [532],
      masvs: ['MASVS-STORAGE-2'],
      owaspMobile2024: ['M9', 'M6'],
      maswe: ['data-in-logs'],
      figi: ['C118'],
      ituBp: ['DI-2'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      const args = messageArgs(call);
      if (!args || args.length === 0) return;
      const hits = args.flatMap((a) => secretValuesIn(a));
      if (hits.length === 0) return;
      if (isDebugGuarded(call.node)) return;
      const hit = hits.find((h) => h.match.critical) ?? hits[0];
      const name = hit.range ? ctx.file.text.split('\n')[hit.range.start.line].slice(hit.range.start.character + 1, hit.range.end.character) : hit.node.text;
      const critical = hit.match.critical;
      ctx.report({
        at: hit.range ?? hit.node,
        messageId: critical ? 'critical' : 'sensitive',
        data: { name, term: hit.match.term.toUpperCase().length <= 4 ? hit.match.term.toUpperCase() : hit.match.term },
        severity: hit.match.critical ? 'high' : 'medium',
        fixes: debugWrap(ctx, call.node),
      });
    },
  },
});
