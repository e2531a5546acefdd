// Rule: the PIN or password is verified on the device, by comparing it with a stored, cached or hashed copy.
import type { Node } from 'web-tree-sitter';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import { splitWords } from '../../server/src/engine/sensitive';
import { comparedPair, hasWord, nonEmptyLiteral, valueIdentifiers, type Compared } from './support';

const PIN_WORDS = new Set(['pin', 'mpin', 'upin', 'passcode', 'password', 'passwd', 'pwd']);
const STORED_WORDS = new Set(['stored', 'saved', 'cached', 'expected', 'correct', 'persisted', 'local', 'hash', 'hashed', 'digest', 'real', 'actual', 'registered', 'remembered', 'encrypted', 'current']);
const CONFIRM_WORDS = new Set(['confirm', 'confirmation', 'confirmed', 'repeat', 'repeated', 'again', 'retype', 'reenter', 'second', 'verify', 'verification', 'new', 'old', 'previous']);
const READ_STORED = /\b(getString|getInt|getLong|getStringSet|decrypt\w*|readPin|loadPin|get(Stored|Saved|Cached)\w*|(stored|saved|cached)\w*)\s*\(/;

type Msg = 'localCheck';

function pinNamed(expr: Node): boolean {
  return hasWord(expr, PIN_WORDS);
}

/** The side holds a stored copy: prefs read, stored/saved/hash-named value, decrypt(). */
function storedLike(expr: Node): boolean {
  if (READ_STORED.test(expr.text)) return true;
  const ids = valueIdentifiers(expr);
  const last = ids.at(-1);
  return !!last && splitWords(last.text).some((w) => STORED_WORDS.has(w));
}

function check(pair: Compared, ctx: RuleContext<Msg>) {
  const { left, right } = pair;
  if (nonEmptyLiteral(left) !== undefined || nonEmptyLiteral(right) !== undefined) return; // a literal: auth-developer-backdoor
  if (/^(null|""|true|false)$/.test(left.text) || /^(null|""|true|false)$/.test(right.text)) return;
  for (const [entry, stored] of [[left, right], [right, left]] as const) {
    if (!pinNamed(entry) || storedLike(entry) && !storedLike(stored)) continue;
    if (!storedLike(stored)) continue;
    if (!pinNamed(stored) && !READ_STORED.test(stored.text) && !/hash|digest/i.test(stored.text)) continue;
    // `pin == confirmPin`: set-up confirmation, not verification.
    if (hasWord(stored, CONFIRM_WORDS) || hasWord(entry, CONFIRM_WORDS) && !hasWord(entry, new Set(['entered']))) return;
    ctx.report({ at: pair.at, messageId: 'localCheck' });
    return;
  }
}

export default defineRule({
  id: 'auth-local-pin-check',
  meta: {
    title: 'PIN or password verified on the device',
    description: 'Flags comparisons of an entered PIN or password with a stored, cached or hashed copy on the device (SharedPreferences, a stored field, a local hash).',
    severity: 'medium',
    messages: {
      localCheck: 'The PIN or password is checked on the device against a stored copy: whoever reads or patches the app (root, backup, Frida, a repackaged build) gets or skips the check, and a 4–6 digit PIN hash is brute-forced in milliseconds; verify the PIN on the server (over TLS, with attempt limits) or use it to unlock a Keystore key.',
    },
    tags: {
      cwe: [603, 602],
      masvs: ['MASVS-AUTH-2', 'MASVS-AUTH-1'],
      owaspMobile2024: ['M3'],
      maswe: ['local-auth-enforcement'],
      ituBp: ['UA-1'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
    dfsSpecific: true,
    precision: 'medium',
  },
  on: {
    comparison(cmp, ctx) {
      check({ left: cmp.left, right: cmp.right, at: cmp.node }, ctx);
    },
    call(call, ctx) {
      // Only equality-like calls can compare a PIN; check the name before touching the arguments.
      if (!/^(equals|contentEquals|equalsIgnoreCase|contentEqualsIgnoreCase|isEqual|constantTimeEquals|areEqual)$/.test(call.name)) return;
      const pair = comparedPair(call.node, call.name, call.receiver, call.args.map((a) => a.node));
      if (pair) check(pair, ctx);
    },
  },
});
