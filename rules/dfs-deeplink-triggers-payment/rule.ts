// Rule: a deep-link handler that passes amount/recipient values from the link (intent.data, getQueryParameter)
// straight to a pay/transfer call in the same function, with no confirmation screen, PIN or biometric step.
import type { Node } from 'web-tree-sitter';
import { codeText } from '../../server/src/engine/ast';
import { defineRule } from '../../server/src/engine/rule';
import { splitWords } from '../../server/src/engine/sensitive';
import { callsIn } from '../storage-notification-sensitive/calls';

/** Reads of the link: `intent.data`, `intent?.data`, `getIntent().getData()`, `uri.getQueryParameter(…)`, path segments. */
const LINK_SOURCE = /\bgetQueryParameters?\s*\(|\bgetQueryParameterNames\b|\b(intent|getIntent\(\))\s*[?!]*\.\s*(data|dataString|getData\(\)|getDataString\(\))|\b(pathSegments|lastPathSegment|getPathSegments\(\)|getLastPathSegment\(\))/;
/** Words that make a call a money movement. */
const PAY_WORDS = new Set(['pay', 'payment', 'payments', 'transfer', 'transfers', 'withdraw', 'withdrawal', 'purchase', 'checkout', 'remit', 'remittance', 'disburse', 'cashout', 'debit']);
/** `send` moves money only with one of these words: `sendMoney`, `sendFunds`, `sendAirtime`. */
const SEND_OBJECTS = new Set(['money', 'funds', 'cash', 'airtime', 'payment', 'transfer']);
/** Words that make a call UI, navigation, logging or a prefill rather than the money movement. */
const NOT_A_PAYMENT = new Set([
  'show', 'open', 'display', 'navigate', 'launch', 'start', 'prefill', 'fill', 'populate', 'set', 'put', 'render', 'dialog',
  'screen', 'activity', 'fragment', 'sheet', 'form', 'view', 'ui', 'log', 'track', 'analytics', 'event', 'validate',
  'parse', 'format', 'preview', 'summary', 'confirmation', 'review', 'intent', 'extra', 'extras', 'draft', 'route', 'is',
  'has', 'can', 'get', 'fee', 'fees', 'limit', 'limits',
]);
/** A confirmation, PIN or biometric step in the same function. */
const STEP_UP =
  /BiometricPrompt|\.authenticate\s*\(|AlertDialog|MaterialAlertDialog|DialogFragment|BottomSheet|createConfirmDeviceCredentialIntent|startActivityForResult|registerForActivityResult|\b\w*[Ll]auncher\s*\.\s*launch\b|\b(ask|request|prompt|verify|check|confirm|enter|collect|show|require)\w*(Pin|PIN|Passcode|Password|Otp|OTP|Auth|Authentication|Biometric|Biometrics|Confirmation|Dialog|Credentials?)\b|\w+(Pin|Confirm|Confirmation|Auth)(Activity|Dialog|Sheet|Fragment|Screen)\b/;

function isPaymentCall(name: string): boolean {
  if (/^[A-Z]/.test(name)) return false; // constructors of request objects
  const words = splitWords(name);
  if (words.some((w) => NOT_A_PAYMENT.has(w))) return false;
  if (words.some((w) => PAY_WORDS.has(w))) return true;
  return words.includes('send') && words.some((w) => SEND_OBJECTS.has(w));
}

const mentions = (text: string, names: Set<string>) => [...names].some((n) => new RegExp(`(^|[^\\w$])${n.replace(/\$/g, '\\$')}\\b`).test(text));

/** Names in the function that hold link values: declared from a link read or from another such name; `let { it }` on one. */
function linkValues(fn: Node): Set<string> {
  const tainted = new Set<string>();
  const decls = fn.descendantsOfType(['variable_declarator', 'property_declaration', 'call_expression']);
  for (const d of decls) {
    if (!d) continue;
    if (d.type === 'call_expression') {
      // `uri.getQueryParameter("amount")?.let { amount -> … }` / `…?.let { pay(it) }`
      const callee = d.namedChildren[0];
      if (callee?.type !== 'navigation_expression' || !/^(let|also|run|apply)$/.test(callee.lastNamedChild?.text ?? '')) continue;
      const recv = callee.namedChildren[0];
      if (!recv || !(LINK_SOURCE.test(recv.text) || mentions(recv.text, tainted))) continue;
      const lambda = d.descendantsOfType('lambda_literal')[0];
      const params = lambda?.namedChildren.find((c) => c?.type === 'lambda_parameters');
      if (params) {
        for (const id of params.descendantsOfType('identifier')) if (id) tainted.add(id.text);
      } else tainted.add('it');
      continue;
    }
    let name: string | undefined;
    let value: Node | undefined;
    if (d.type === 'variable_declarator') {
      name = d.childForFieldName('name')?.text;
      value = d.childForFieldName('value') ?? undefined;
    } else {
      const v = d.namedChildren.find((c) => c?.type === 'variable_declaration');
      name = v?.namedChildren.find((c) => c?.type === 'identifier')?.text;
      const kids = d.children;
      const eq = kids.findIndex((c) => c?.type === '=');
      value = eq >= 0 ? (kids.slice(eq + 1).find((c) => c?.isNamed) ?? undefined) : undefined;
    }
    if (!name || !value) continue;
    const text = codeText(value);
    if (LINK_SOURCE.test(text) || mentions(text, tainted)) tainted.add(name);
  }
  return tainted;
}

export default defineRule({
  id: 'dfs-deeplink-triggers-payment',
  meta: {
    title: 'Deep link triggers a payment without confirmation',
    description: 'Flags deep-link handlers that pass amount or recipient values from the link (intent.data, getQueryParameter) to a pay or transfer call in the same function with no confirmation screen, PIN or biometric step.',
    severity: 'medium',
    messages: {
      payment: '{{call}}() receives {{value}} taken from the deep link, with no confirmation, PIN or biometric step in this handler: any web page, QR code or app can open the link and move the customer\'s money; only pre-fill a confirmation screen from the link and require step-up authentication before paying.',
    },
    tags: {
      cwe: [939, 306],
      masvs: ['MASVS-PLATFORM-1', 'MASVS-AUTH-3'],
      owaspMobile2024: ['M4', 'M3'],
      maswe: ['insecure-deep-links', 'step-up-auth'],
      ituBp: ['UA-2'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
    dfsSpecific: true,
    precision: 'medium',
  },
  on: {
    function(fn, ctx) {
      if (!fn.body) return;
      const text = codeText(fn.body);
      if (!LINK_SOURCE.test(text) || STEP_UP.test(text)) return;
      const tainted = linkValues(fn.node);
      // A parameter named like the link (`handleLink(uri: Uri)`) counts when the body reads query parameters from it.
      for (const p of fn.params) if (/^(Uri|android\.net\.Uri)\??$/.test(p.type ?? '') && new RegExp(`\\b${p.name}\\s*[?!]*\\.\\s*(getQueryParameter|pathSegments|lastPathSegment|getPathSegments|getLastPathSegment)`).test(text)) tainted.add(p.name);
      for (const c of callsIn(fn.body)) {
        if (!isPaymentCall(c.name)) continue;
        const arg = c.args.find((a) => LINK_SOURCE.test(a.text) || mentions(codeText(a), tainted));
        if (!arg) continue;
        const nameNode = c.node.type === 'method_invocation' ? c.node.childForFieldName('name') : (c.node.namedChildren[0]?.lastNamedChild ?? c.node.namedChildren[0]);
        ctx.report({ at: nameNode ?? c.node, messageId: 'payment', data: { call: c.name, value: codeText(arg).slice(0, 60) } });
      }
    },
  },
});
