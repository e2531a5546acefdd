// Rule: SharedPreferences (and DataStore) writes of PINs, passwords, tokens or account numbers in plain text.
import type { Node } from 'web-tree-sitter';
import { findAncestor } from '../../server/src/engine/ast';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import type { CallView } from '../../server/src/engine/view';
import { secretName } from '../storage-log-sensitive/rule';

const PUTS = new Set(['putString', 'putStringSet', 'putInt', 'putLong', 'putFloat']);
const DATASTORE_KEYS = new Set(['stringPreferencesKey', 'stringSetPreferencesKey', 'intPreferencesKey', 'longPreferencesKey']);
/** Values that come out of a cipher or a one-way function. */
const PROTECTED_VALUE = /encrypt|cipher|seal|hash|digest|wrap|sha\d|hmac|pbkdf|bcrypt|scrypt|argon/i;
const ENCRYPTED_PREFS = /EncryptedSharedPreferences|SecurePreferences|SecureSharedPreferences/;

/** `a PIN`, `an OTP`, `a password`, `an account number`. */
function termLabel(term: string): string {
  const label = term.length <= 4 && !term.includes(' ') ? term.toUpperCase() : term;
  return `${/^[aeiouAEIOU]|^(OTP|MSISDN|IBAN|MPIN)$/.test(label) ? 'an' : 'a'} ${label}`;
}

type Msg = 'plaintext' | 'dataStore';

/** Key names without the usual `KEY_` / `PREF_` wrappers, so `KEY_PIN` reads as `PIN`. */
function keyWords(name: string): string {
  return name.replace(/^(KEY|PREF|PREFS|PREFERENCE)_/i, '').replace(/_(KEY|PREF)$/i, '').replace(/^(key|pref)(?=[A-Z])/, '');
}

function declarationOf(root: Node | undefined, name: string): Node | undefined {
  if (!root) return undefined;
  for (const d of root.descendantsOfType(['property_declaration', 'variable_declarator'])) {
    if (!d) continue;
    const id = d.type === 'variable_declarator' ? d.childForFieldName('name') : d.namedChildren.find((c) => c?.type === 'variable_declaration')?.namedChildren[0];
    if (id?.text === name) return d.type === 'variable_declarator' ? (d.parent ?? d) : d;
  }
  return undefined;
}

/** The expression the editor came from (`prefs` in `prefs.edit().putString`), or undefined when not an editor. */
function editorSource(call: CallView, ctx: RuleContext<Msg>): { base: string } | undefined {
  const recv = call.receiverText;
  if (recv) {
    const m = /^(.*?)\.edit\(\)(\.|$)/.exec(recv);
    if (m) return { base: m[1] };
    if (!/^\w+$/.test(recv)) return undefined;
    // `editor.putString(…)` with `val editor = prefs.edit()` / `SharedPreferences.Editor editor = …`
    const decl = declarationOf(ctx.root, recv);
    if (!decl) return undefined;
    const text = decl.text.replace(/\s+/g, '');
    const init = /=(.*?)\.edit\(\)/.exec(text);
    if (init) return { base: init[1] };
    if (/Editor\b/.test(text)) return { base: '' };
    return undefined;
  }
  // Kotlin KTX `prefs.edit { putString(…) }` and `prefs.edit().apply { putString(…) }`.
  for (let p = call.node.parent; p; p = p.parent) {
    if (p.type !== 'lambda_literal') continue;
    const owner = findAncestor(p, ['call_expression']);
    const callee = owner?.namedChildren[0];
    if (!owner || !callee || callee.type !== 'navigation_expression') return undefined;
    const name = callee.namedChildren.at(-1)?.text;
    const receiver = callee.namedChildren[0]?.text.replace(/\s+/g, '') ?? '';
    if (name === 'edit') return { base: receiver };
    if (name && /^(apply|run|also|with)$/.test(name)) {
      const m = /^(.*?)\.edit\(\)$/.exec(receiver);
      return m ? { base: m[1] } : undefined;
    }
    return undefined;
  }
  return undefined;
}

function isEncrypted(base: string, ctx: RuleContext<Msg>): boolean {
  if (ENCRYPTED_PREFS.test(base)) return true;
  const name = base.replace(/\(\)$/, '').split('.').pop() ?? '';
  if (/^(secure|encrypted|crypto)/i.test(name) || /(Secure|Encrypted)/.test(name)) return true;
  const decl = name ? declarationOf(ctx.root, name) : undefined;
  if (decl) return ENCRYPTED_PREFS.test(decl.text);
  // An injected or passed-in instance: if this file deals with encrypted preferences at all, do not guess.
  return ENCRYPTED_PREFS.test(ctx.file.text) && !/getSharedPreferences|getDefaultSharedPreferences/.test(base);
}

export default defineRule({
  id: 'storage-plaintext-shared-prefs',
  meta: {
    title: 'Credential or account data stored in plain SharedPreferences',
    description: 'Flags SharedPreferences puts and DataStore keys that store a PIN, password, OTP, token, card or account number without encryption.',
    severity: 'medium',
    messages: {
      plaintext: 'The preference "{{key}}" stores {{term}} in plain text in shared_prefs/*.xml, readable from backups and rooted devices; encrypt the value with a Keystore-backed AES-GCM key before storing it, or do not store it.',
      dataStore: 'DataStore key "{{key}}" keeps {{term}} in a plain-text file; encrypt the value with a Keystore-backed AES-GCM key before writing it, or do not store it.',
    },
    tags: {
      cwe: [312, 922],
      masvs: ['MASVS-STORAGE-1'],
      owaspMobile2024: ['M9'],
      maswe: ['data-unencrypted-private-storage'],
      ituBp: ['DH-1'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (DATASTORE_KEYS.has(call.name) && call.args[0]) {
        const key = ctx.constString(call.args[0].node);
        const match = key !== undefined ? secretName(keyWords(key)) : undefined;
        if (!match || key === undefined) return;
        const critical = match.critical;
        ctx.report({ at: call.args[0].node, messageId: 'dataStore', data: { key, term: termLabel(match.term) }, severity: critical ? 'high' : 'medium' });
        return;
      }
      if (!PUTS.has(call.name) || call.args.length !== 2) return;
      const keyArg = call.args.find((a) => a.name === 'key') ?? call.args[0];
      const valueArg = call.args.find((a) => a !== keyArg)!;
      const keyText = ctx.constString(keyArg.node);
      const keyName = keyText ?? (/^[\w.]+$/.test(keyArg.text) ? keyArg.text.split('.').pop()! : undefined);
      if (!keyName) return;
      const match = secretName(keyWords(keyName));
      if (!match) return;
      // Constants (clearing with "" or a default), nulls and cipher output are not plain secrets.
      if (ctx.constValue(valueArg.node) !== undefined || /^(null|"")$/.test(valueArg.text)) return;
      if (PROTECTED_VALUE.test(valueArg.text)) return;
      const source = editorSource(call, ctx);
      if (!source || isEncrypted(source.base, ctx)) return;
      const critical = match.critical;
      ctx.report({ at: keyArg.node, messageId: 'plaintext', data: { key: keyText ?? keyName, term: termLabel(match.term) }, severity: critical ? 'high' : 'medium' });
    },
  },
});
