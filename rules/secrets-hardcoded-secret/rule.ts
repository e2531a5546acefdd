// Rule: secrets hard-coded in Java/Kotlin: well-known secret formats (PEM private keys, AWS, Stripe/Paystack live keys,
// Slack, GitHub tokens, JWTs, bearer tokens) anywhere, and secret-named constants/properties holding real-looking literals.
import type { Node } from 'web-tree-sitter';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import { splitWords } from '../../server/src/engine/sensitive';

const FORMATS: { kind: string; re: RegExp }[] = [
  { kind: 'a PEM private key', re: /-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/ },
  { kind: 'an AWS access key id', re: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { kind: 'a live payment-API secret key (Stripe/Paystack style)', re: /\b(sk|rk)_live_[0-9A-Za-z]{10,}/ },
  { kind: 'a Flutterwave secret key', re: /\bFLWSECK-[0-9A-Za-z]{10,}/ },
  { kind: 'a Slack token', re: /\bxox[bapr]-[0-9A-Za-z-]{10,}/ },
  { kind: 'a GitHub token', re: /\b(ghp|gho|ghs|ghu)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{40,}/ },
  { kind: 'a JSON Web Token', re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/ },
  { kind: 'a bearer/basic credential', re: /^(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{16,}$/ },
];
/** Google API keys (Firebase, Maps) ship in every app by design; they are restricted in the console, not secret. */
const PUBLIC_KEY = /^AIza[0-9A-Za-z_-]{35}$/;
const PLACEHOLDER = /^(changeme|change_me|xxx+|x+|todo|tbd|fixme|dummy|test|testing|example|sample|placeholder|none|null|undefined|secret|password|token|apikey|api_key|your[_-].*|<.*>|\$\{.*\}|\*+|\.+|-+|0+|1234567890?|12345678)$/i;

const SECRET_NAME_WORDS = ['secret', 'password', 'passwd', 'pwd', 'passphrase', 'token', 'credential', 'credentials', 'apikey', 'hmac'];
/** Words that make a secret-ish name a key name, label or config for the secret rather than the secret. */
const NOT_SECRET = new Set(['url', 'uri', 'endpoint', 'host', 'name', 'header', 'param', 'pref', 'prefs', 'preference', 'type', 'field',
  'label', 'hint', 'regex', 'pattern', 'length', 'len', 'format', 'prefix', 'suffix', 'path', 'file', 'alias', 'action', 'extra', 'tag',
  'column', 'table', 'message', 'msg', 'error', 'text', 'title', 'desc', 'description', 'placeholder', 'input', 'min', 'max', 'count',
  'expiry', 'expires', 'expiration', 'timeout', 'ttl', 'id', 'request', 'response', 'route', 'screen', 'view', 'dialog', 'field', 'policy',
  'validator', 'provider', 'manager', 'store', 'storage', 'helper', 'type', 'mode', 'scope', 'event', 'visible', 'enabled', 'required',
  'reset', 'forgot', 'change', 'changed', 'strength', 'rule', 'rules', 'hash', 'encrypted', 'ref', 'reference']);

type Msg = 'format' | 'named';

function isSecretName(name: string): boolean {
  const w = splitWords(name);
  const secretish = w.some((x) => SECRET_NAME_WORDS.includes(x)) ||
    (w.includes('api') && w.includes('key')) || (w.includes('private') && w.includes('key')) ||
    (w.includes('client') && w.includes('secret')) || (w.includes('signing') && w.includes('key')) ||
    (w.includes('encryption') && w.includes('key')) || (w.includes('aes') && w.includes('key')) || (w.includes('secret') && w.includes('key'));
  if (!secretish) return false;
  // PREF_KEY_TOKEN, EXTRA_PASSWORD, KEY_ACCESS_TOKEN: names of storage keys, not secrets.
  if (w[0] === 'key' && w.length > 1 && !(w.includes('api') || w.includes('private') || w.includes('secret'))) return false;
  return !w.some((x) => NOT_SECRET.has(x));
}

/** A literal that looks like a real secret value rather than a key name, label or placeholder. */
function realLooking(value: string, name: string): boolean {
  if (value.length < 8 || value.length > 4096 || /\s/.test(value) || PLACEHOLDER.test(value) || PUBLIC_KEY.test(value)) return false;
  if (/^(https?|content|file|android\.resource):/.test(value) || /^@(string|xml|raw)\//.test(value)) return false;
  // "access_token", "user.password", "pref_pin": identifier-like key names.
  if (/^[a-z][a-z0-9]*([._-][a-z0-9]+)*$/.test(value) && splitWords(value).some((x) => splitWords(name).includes(x) || SECRET_NAME_WORDS.includes(x))) return false;
  if (/^[a-z]+(\.[a-z][a-z0-9_]*){2,}$/.test(value)) return false; // a package or class name
  return true;
}

function formatOf(value: string): string | undefined {
  return FORMATS.find((f) => f.re.test(value))?.kind;
}

function checkNamed(name: string, value: Node | undefined, ctx: RuleContext<Msg>) {
  if (!value || (value.type !== 'string_literal' && value.type !== 'multiline_string_literal') || !isSecretName(name)) return;
  const str = ctx.constString(value);
  if (str === undefined || formatOf(str) || !realLooking(str, name)) return;
  ctx.report({ at: value, messageId: 'named', data: { name } });
}

export default defineRule({
  id: 'secrets-hardcoded-secret',
  meta: {
    title: 'Hard-coded secret in the app',
    description: 'Flags secret-format literals (PEM private keys, AWS keys, live payment-API keys, Slack/GitHub tokens, JWTs, bearer credentials) and secret-named constants or properties holding real-looking literals.',
    severity: 'high',
    messages: {
      format: 'This literal is {{kind}}: everything in the APK is public (apktool, jadx take seconds), so the secret is exposed to anyone who downloads the app; revoke and rotate it, keep it on the server and have the app call your backend, or fetch short-lived credentials after login.',
      named: '{{name}} holds a hard-coded secret: strings in the APK are read with jadx or strings in seconds, and the same value is in every install; remove it from the app (keep it on the server, or issue per-user short-lived tokens after login) and rotate the exposed value.',
    },
    tags: {
      cwe: [798, 321, 259],
      masvs: ['MASVS-AUTH-1', 'MASVS-STORAGE-1'],
      owaspMobile2024: ['M1'],
      maswe: ['api-keys-hardcoded-app-package'],
      ituBp: ['DH-6'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
  },
  on: {
    string(str, ctx) {
      const value = str.value ?? str.raw;
      const kind = formatOf(value);
      if (!kind) return;
      ctx.report({ at: str.node, messageId: 'format', data: { kind } });
    },
    declaration(decl, ctx) {
      checkNamed(decl.name, decl.value, ctx);
    },
    assignment(asg, ctx) {
      checkNamed(asg.target, asg.value, ctx);
    },
    call(call, ctx) {
      if (call.viaProperty) return; // `x.apiKey = "…"` is seen as an assignment
      for (const arg of call.args) if (arg.name) checkNamed(arg.name, arg.node, ctx);
      // setApiKey("…"), withClientSecret("…")
      const setter = /^(set|with)([A-Z]\w*)$/.exec(call.name);
      if (setter && call.args.length === 1) checkNamed(setter[2], call.args[0].node, ctx);
    },
  },
});
