// Rule: PIN, OTP, CVV, password, token, card or account values put into implicit intents (any app with a
// matching filter receives them), implicit broadcasts and results returned by exported activities.
import type { Node } from 'web-tree-sitter';
import { enclosingClass, findAncestor } from '../../server/src/engine/ast';
import { defineRule } from '../../server/src/engine/rule';
import type { SensitiveMatch } from '../../server/src/engine/sensitive';
import type { CallView } from '../../server/src/engine/view';
import { keyName, sensitiveValues, termLabel } from '../dfs-sensitive-in-crash-report/support';

const PUT = /^(putExtra|putExtras|putStringArrayListExtra|putCharSequenceArrayListExtra)$/;
/** Builder calls that return the same intent, walked through to find where the intent was created. */
const SAME_INTENT = /^(putExtra|putExtras|setAction|addFlags|setFlags|setData|setDataAndType|setType|addCategory|apply|also|setIdentifier)$/;
const EXPLICIT = /\b(setPackage|setClass|setClassName|setComponent|setSelector)\s*\(|`package`\s*=|\bcomponent\s*=|\bcreateChooser\b/;
const TERMS = new Set(['pin', 'mpin', 'upin', 'passcode', 'password', 'passwd', 'pwd', 'otp', 'totp', 'cvv', 'cvc', 'cvv2', 'secret',
  'private key', 'privatekey', 'api key', 'apikey', 'token', 'access token', 'refresh token', 'auth token', 'session id', 'credential', 'credentials',
  'pan', 'card number', 'cardnumber', 'iban', 'account number', 'accountnumber', 'acct no', 'acctno', 'account no']);

function calleeOf(n: Node): { name?: string; receiver?: Node } {
  if (n.type === 'method_invocation') return { name: n.childForFieldName('name')?.text, receiver: n.childForFieldName('object') ?? undefined };
  if (n.type === 'call_expression') {
    const callee = n.namedChildren[0];
    if (callee?.type === 'navigation_expression') return { name: callee.namedChildren.at(-1)?.text, receiver: callee.namedChildren[0] ?? undefined };
    if (callee?.type === 'identifier') return { name: callee.text };
  }
  return {};
}

function isIntentConstructor(n: Node): boolean {
  if (n.type === 'object_creation_expression') return /^(android\.content\.)?Intent$/.test(n.childForFieldName('type')?.text ?? '');
  return n.type === 'call_expression' && /^(android\.content\.)?Intent$/.test(n.namedChildren[0]?.text ?? '');
}

function ctorArgs(n: Node): Node[] {
  const args = n.type === 'object_creation_expression' ? n.childForFieldName('arguments') : n.namedChildren.find((c) => c?.type === 'value_arguments');
  return (args?.namedChildren ?? []).filter((c): c is Node => !!c && c.type !== 'comment').map((a) => (a.type === 'value_argument' ? (a.namedChildren.at(-1) ?? a) : a));
}

interface Origin { ctor: Node; chain: string }

/** Walks `Intent(ACTION).putExtra(…).putExtra(…)` or a local `val i = Intent(…)` back to the constructor. */
function originOf(expr: Node | undefined, fn: Node | undefined, depth = 0): Origin | undefined {
  if (!expr || depth > 8) return undefined;
  if (expr.type === 'parenthesized_expression') return originOf(expr.namedChildren[0] ?? undefined, fn, depth + 1);
  if (isIntentConstructor(expr)) return { ctor: expr, chain: expr.text };
  const { name, receiver } = calleeOf(expr);
  if (name && receiver && SAME_INTENT.test(name)) {
    const o = originOf(receiver, fn, depth + 1);
    return o && { ctor: o.ctor, chain: expr.text };
  }
  if ((expr.type === 'identifier' || expr.type === 'simple_identifier') && fn) {
    const name = expr.text;
    for (const d of fn.descendantsOfType(['property_declaration', 'variable_declarator'])) {
      if (!d || d.startIndex > expr.startIndex) continue;
      const id = d.type === 'variable_declarator' ? d.childForFieldName('name') : d.descendantsOfType('variable_declaration')[0]?.namedChildren[0];
      if (id?.text !== name) continue;
      const init = d.type === 'variable_declarator' ? d.childForFieldName('value') : d.namedChildren.at(-1);
      const o = originOf(init ?? undefined, fn, depth + 1);
      if (!o) return undefined;
      // Everything done to the variable in the function counts: `i.setPackage(…)`, `i.component = …`.
      const esc = name.replace(/\$/g, '\\$');
      const uses = [...fn.text.matchAll(new RegExp(`\\b${esc}\\s*\\.\\s*[^\\n;]*`, 'g'))].map((m) => m[0]).join('\n');
      return { ctor: o.ctor, chain: `${o.chain}\n${uses}` };
    }
  }
  return undefined;
}

/** The intent a receiver-less `putExtra` inside `Intent(…).apply { … }` belongs to. */
function scopeReceiver(call: Node): Node | undefined {
  const lambda = findAncestor(call, ['lambda_literal']);
  const holder = lambda?.parent?.type === 'annotated_lambda' ? lambda.parent.parent : lambda?.parent;
  if (!holder || holder.type !== 'call_expression') return undefined;
  const { name, receiver } = calleeOf(holder);
  if (name === 'apply' || name === 'also' || name === 'run') return receiver;
  if (name === 'with') return ctorArgs(holder)[0];
  return undefined;
}

function isClassLiteral(n: Node): boolean {
  return n.type === 'class_literal' || /::class(\.java)?$/.test(n.text) || /\.class$/.test(n.text);
}

/** 'explicit', 'implicit', or 'empty' (`Intent()` with no action or target). */
function classify(origin: Origin): 'explicit' | 'implicit' | 'empty' | undefined {
  if (EXPLICIT.test(origin.chain)) return 'explicit';
  const args = ctorArgs(origin.ctor);
  if (args.some(isClassLiteral)) return 'explicit';
  if (args.length === 0) return /\b(setAction\s*\(|action\s*=)/.test(origin.chain) ? 'implicit' : 'empty';
  const first = args[0];
  // Intent(ACTION_X), Intent("com.acme.PIN"), Intent(Intent.ACTION_SEND), Intent(action, uri)
  if (first.type === 'string_literal' || /(^|\.)[A-Z][A-Z0-9_]+$/.test(first.text)) return 'implicit';
  return undefined; // Intent(otherIntent), Intent(action) from a variable: unknown
}

function sensitiveIn(call: CallView): { node: Node; name: string; match: SensitiveMatch; range?: import('../../server/src/engine/types').Range } | undefined {
  const [key, value] = call.args;
  const values = call.name === 'putExtras' ? (key ? sensitiveValues(key.node) : []) : value ? sensitiveValues(value.node) : [];
  const hit = values.find((h) => TERMS.has(h.match.term));
  if (hit) return { node: hit.node, name: hit.name, match: hit.match, range: hit.range };
  if (call.name !== 'putExtras' && key && value && key.node.type === 'string_literal') {
    const m = keyName(key.node.text.slice(1, -1));
    if (m && TERMS.has(m.term) && /^(identifier|simple_identifier|navigation_expression|field_access)$/.test(value.node.type)) return { node: value.node, name: value.text.length > 30 ? key.node.text : value.text, match: m };
  }
  return undefined;
}

export default defineRule({
  id: 'dfs-secret-in-intent-extra',
  meta: {
    title: 'PIN, OTP or account data in an implicit intent',
    description: 'Flags PIN, OTP, CVV, password, token, card and account values put into implicit intents and broadcasts, or returned with setResult from exported activities.',
    severity: 'medium',
    messages: {
      implicit: '{{name}} ({{term}}) is put into an implicit intent: any installed app that declares a matching intent filter receives it; send it only to your own component (setPackage(packageName) or an explicit class), or pass a reference instead of the value.',
      result: '{{name}} ({{term}}) is returned with setResult from an exported activity: any app can start it for a result and read the value; make the activity non-exported or return a reference instead of the value.',
    },
    tags: {
      cwe: [927, 200],
      masvs: ['MASVS-PLATFORM-1'],
      owaspMobile2024: ['M6', 'M8'],
      maswe: ['insecure-intents'],
      ituBp: ['DH-5'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
    dfsSpecific: true,
  },
  on: {
    call(call, ctx) {
      if (!PUT.test(call.name) || call.args.length === 0) return;
      const hit = sensitiveIn(call);
      if (!hit) return;
      const fn = findAncestor(call.node, ['method_declaration', 'constructor_declaration', 'function_declaration']);
      const receiver = call.receiver ?? (call.lang === 'kotlin' ? scopeReceiver(call.node) : undefined);
      const origin = originOf(receiver, fn);
      if (!origin) return;
      let kind = classify(origin);
      // Include what an enclosing apply {} block does to the same intent.
      const applyBlock = call.receiver ? undefined : findAncestor(call.node, ['lambda_literal']);
      if (applyBlock && EXPLICIT.test(applyBlock.text)) kind = 'explicit';
      const critical = hit.match.critical;
      const data = { name: hit.name, term: termLabel(hit.match) };
      if (kind === 'implicit') {
        ctx.report({ at: hit.range ?? hit.node, messageId: 'implicit', data, severity: critical ? 'high' : 'medium' });
        return;
      }
      if (kind !== 'empty' || !fn) return;
      // `setResult(RESULT_OK, Intent().putExtra(EXTRA_PIN, pin))` in an activity the manifest exports.
      if (!/\bsetResult\s*\(/.test(fn.text)) return;
      const cls = enclosingClass(call.node)?.childForFieldName('name')?.text;
      const exported = ctx.project.components?.find((c) => c.tag === 'activity' && cls !== undefined && (c.name === cls || c.name.endsWith(`.${cls}`)))?.exported;
      if (exported === true) ctx.report({ at: hit.range ?? hit.node, messageId: 'result', data, severity: critical ? 'high' : 'medium' });
    },
  },
});
