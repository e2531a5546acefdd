// Rule: clock readings (currentTimeMillis, nanoTime, Date().time, Instant.now()) used as nonces, tokens, OTPs, txn/request ids, salts, seeds or IVs.
import type { Node } from 'web-tree-sitter';
import { defineRule } from '../../server/src/engine/rule';
import { splitWords } from '../../server/src/engine/sensitive';
import type { CallView } from '../../server/src/engine/view';
import { callParts, destinationNames, enclosingNamedFunction, hasPhrase } from '../crypto-weak-cipher/support';

/** Names that say a value must be unpredictable or unique. */
const PURPOSE: string[][] = [
  ['nonce'], ['cnonce'], ['token'], ['otp'], ['totp'], ['salt'], ['seed'], ['iv'], ['secret'], ['pin'], ['passcode'], ['challenge'],
  ['txn', 'id'], ['txnid'], ['txn', 'ref'], ['transaction', 'id'], ['transactionid'], ['transaction', 'ref'], ['transaction', 'reference'],
  ['trx', 'id'], ['tx', 'id'], ['request', 'id'], ['requestid'], ['req', 'id'], ['idempotency', 'key'], ['session', 'id'], ['sessionid'],
  ['verification', 'code'], ['activation', 'code'],
];
/** Names that say the value is a time: ordering, expiry, logging, metrics. */
const BENIGN: string[][] = [
  ['time'], ['timestamp'], ['ts'], ['date'], ['created'], ['updated'], ['modified'], ['expiry'], ['expires'], ['expiration'], ['expire'],
  ['expired'], ['elapsed'], ['duration'], ['start'], ['end'], ['since'], ['last'], ['at'], ['when'], ['sent'], ['received'], ['issued'],
  ['clock'], ['now'], ['age'], ['ttl'], ['timeout'], ['delay'], ['interval'], ['validity'], ['valid', 'until'], ['log'], ['debug'],
  ['metric'], ['metrics'], ['analytics'], ['animation'], ['shuffle'], ['jitter'], ['backoff'], ['sample'], ['demo'], ['mock'], ['fake'],
];

const RANDOM_SOURCE = /\b(randomUUID|SecureRandom|nextBytes|nextInt|nextLong|generateSeed|getRandom)\b|\.random\(/;
const LOGGING = /\b(Log|Timber|logger|LOGGER|log|LOG|Logger)\s*\.\s*\w+\s*\(|\bprintln\s*\(|\bprintStackTrace\b/;
const SEEDING = /^(setSeed|Random|SecureRandom)$/;

/** The clock-reading expression a call is part of, and how to name it; undefined when it is not one. */
function clockRead(call: CallView): { node: Node; source: string } | undefined {
  const recv = call.receiverText;
  if ((call.name === 'currentTimeMillis' || call.name === 'nanoTime') && (recv === 'System' || recv === 'java.lang.System')) {
    return { node: call.node, source: `System.${call.name}()` };
  }
  if (/^(elapsedRealtime|elapsedRealtimeNanos|uptimeMillis)$/.test(call.name) && call.receiverName === 'SystemClock') {
    return { node: call.node, source: `SystemClock.${call.name}()` };
  }
  if (/^(toEpochMilli|getEpochSecond)$/.test(call.name) && recv && /^(java\.time\.)?Instant\.now\(\)$/.test(recv)) {
    return { node: call.node, source: `Instant.now().${call.name}()` };
  }
  if (call.name === 'toEpochMilliseconds' && recv === 'Clock.System.now()') return { node: call.node, source: 'Clock.System.now()' };
  if (call.name === 'getTime' && recv && /^(new)?(java\.util\.)?Date\(\)$/.test(recv)) return { node: call.node, source: 'new Date().getTime()' };
  if (call.name === 'getTimeInMillis' && recv === 'Calendar.getInstance()') return { node: call.node, source: 'Calendar.getInstance().getTimeInMillis()' };
  // Kotlin property syntax: Date().time, Calendar.getInstance().timeInMillis, Instant.now().epochSecond
  if (call.lang !== 'kotlin') return undefined;
  const nav = call.node.parent;
  if (nav?.type !== 'navigation_expression' || nav.namedChildren[0]?.id !== call.node.id) return undefined;
  const prop = nav.namedChildren.at(-1)?.text;
  if (nav.parent?.type === 'call_expression' && nav.parent.namedChildren[0]?.id === nav.id) return undefined; // a method, not a property
  const isDate = call.name === 'Date' && call.args.length === 0 && (!recv || recv === 'java.util') && prop === 'time';
  const isCalendar = call.name === 'getInstance' && call.receiverName === 'Calendar' && call.args.length === 0 && prop === 'timeInMillis';
  const isInstant = call.name === 'now' && (recv === 'Instant' || recv === 'java.time.Instant') && call.args.length === 0 && prop === 'epochSecond';
  if (isDate) return { node: nav, source: 'Date().time' };
  if (isCalendar) return { node: nav, source: 'Calendar.getInstance().timeInMillis' };
  if (isInstant) return { node: nav, source: 'Instant.now().epochSecond' };
  return undefined;
}

const STATEMENT = /^(expression_statement|local_variable_declaration|field_declaration|property_declaration|return_statement|jump_expression|assignment|statements|block|lambda_literal|class_body|source_file|program|function_body)$/;

/** The statement around a node (for "beside a random value" and logging checks), and whether it returns the value. */
function statementOf(node: Node): { stmt: Node; returned: boolean } {
  let child = node;
  for (let p = node.parent; p; child = p, p = p.parent) {
    if (p.type === 'return_statement' || p.type === 'jump_expression') return { stmt: p, returned: true };
    // Kotlin expression body: fun nonce() = System.nanoTime().toString()
    if (p.type === 'function_body') return { stmt: child, returned: true };
    if (STATEMENT.test(p.type)) return { stmt: /^(statements|block|lambda_literal|class_body|source_file|program)$/.test(p.type) ? child : p, returned: false };
  }
  return { stmt: child, returned: false };
}

/** `builder.setNonce(now)`, `withRequestId(now)`: the property a setter call fills. */
function setterNames(node: Node, stop: Node): string[] {
  const out: string[] = [];
  for (let p = node.parent; p && p.id !== stop.id; p = p.parent) {
    if (p.type !== 'method_invocation' && p.type !== 'call_expression') continue;
    const parts = callParts(p);
    if (!parts) continue;
    if (SEEDING.test(parts.name)) return ['<seeding>'];
    const m = /^(?:set|with)([A-Z]\w*)$/.exec(parts.name);
    // only when the clock is in the arguments, not the receiver (`now.toString()` is a conversion)
    if (m && parts.args.some((a) => a.startIndex <= node.startIndex && node.endIndex <= a.endIndex)) out.push(m[1]);
  }
  return out;
}

function hits(names: string[], phrases: string[][]): string | undefined {
  for (const n of names) if (hasPhrase(splitWords(n), phrases)) return n;
  return undefined;
}

export default defineRule({
  id: 'crypto-non-random-source',
  meta: {
    title: 'Timestamp used as a nonce, token, OTP or transaction id',
    description: 'Flags System.currentTimeMillis(), nanoTime(), Date().time and Instant.now() readings that become nonces, tokens, OTPs, transaction or request ids, salts, seeds or IVs.',
    severity: 'medium',
    messages: {
      timestamp: '{{source}} makes "{{purpose}}": a timestamp is guessable to within a few thousand values and repeats across devices, so the value can be predicted, replayed or collide; use SecureRandom (16 or more random bytes) or UUID.randomUUID(), and send the time as a separate field if the server needs it.',
    },
    tags: {
      cwe: [330, 341],
      masvs: ['MASVS-CRYPTO-1'],
      owaspMobile2024: ['M10'],
      maswe: ['improper-random-number-generation'],
      ituLab: ['T5.1'],
      ituBp: ['CS-1'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      const clock = clockRead(call);
      if (!clock) return;
      const { stmt, returned } = statementOf(clock.node);
      const stmtText = stmt.text;
      // A timestamp beside a random value (`"${UUID.randomUUID()}-$now"`) or written to a log is fine.
      if (RANDOM_SOURCE.test(stmtText) || LOGGING.test(stmtText)) return;
      const setters = setterNames(clock.node, stmt.parent ?? stmt);
      if (setters.includes('<seeding>')) return; // seeding: crypto-securerandom-seeded / crypto-insecure-random
      const fn = enclosingNamedFunction(clock.node);
      const names = destinationNames(clock.node, { literalKeys: true });
      if (fn && names.at(-1) === fn) names.pop();
      const direct = [...setters, ...names];
      let purpose: string | undefined;
      if (direct.length > 0) {
        // Nearest name first: `tokenExpiry` is a time, `txnId = …` inside `val lastPayment` is an id.
        for (const name of direct) {
          if (hits([name], BENIGN)) return;
          purpose = hits([name], PURPOSE);
          if (purpose) break;
        }
      } else if (returned && fn) {
        purpose = hits([fn], BENIGN) ? undefined : hits([fn], PURPOSE);
      }
      if (!purpose || (fn && hits([fn], BENIGN))) return;
      ctx.report({ at: clock.node, messageId: 'timestamp', data: { source: clock.source, purpose } });
    },
  },
});
