// Rule: SmsManager.sendTextMessage/sendDataMessage/sendMultipartTextMessage carrying a PIN, an OTP or an
// SMS-banking transaction command ("PAY …", "SEND …", "BAL", "TRANSFER …"); high when a PIN is in the text.
import type { Node } from 'web-tree-sitter';
import { enclosingFunction } from '../../server/src/engine/ast';
import { defineRule, table } from '../../server/src/engine/rule';
import type { CallView } from '../../server/src/engine/view';
import { sensitiveValues, termLabel } from '../dfs-sensitive-in-crash-report/support';

/** The index of the message text (or data) argument. */
const SEND_METHODS = table({ sendTextMessage: 2, sendMultipartTextMessage: 2, sendDataMessage: 3 });
const PIN_TERMS = new Set(['pin', 'mpin', 'upin', 'passcode', 'password', 'passwd', 'pwd']);
const OTP_TERMS = new Set(['otp', 'totp']);
/** SMS-banking commands: upper-case keyword at the start of the message, then a space, a digit or the end. */
const COMMAND = /^\s*(PAY|SEND|BAL|BALANCE|TRANSFER|TRF|XFER|WITHDRAW|CASHOUT|AIRTIME|TOPUP|BUY|MINI|STMT|PIN)(?=$|[\s\d*#:])/;

function isSmsManager(call: CallView): boolean {
  if (call.receiverName === 'SmsManager') return true;
  const r = call.receiverText ?? '';
  return /\bSmsManager\b|\bsms(Manager|Mgr)?\b|Sms(Manager|Mgr)$/i.test(r) && !/\b(intent|uri|share)/i.test(r);
}

/** The expression a local variable was initialised with, one level deep. */
function initializerOf(id: Node): Node | undefined {
  const fn = enclosingFunction(id);
  if (!fn) return undefined;
  let found: Node | undefined;
  for (const d of fn.descendantsOfType(['property_declaration', 'variable_declarator'])) {
    if (!d || d.startIndex > id.startIndex) continue;
    const name = d.type === 'variable_declarator' ? d.childForFieldName('name') : d.descendantsOfType('variable_declaration')[0]?.namedChildren[0];
    if (name?.text !== id.text) continue;
    const value = d.type === 'variable_declarator' ? d.childForFieldName('value') : d.namedChildren.at(-1);
    if (value && value.id !== name.id && value.type !== 'variable_declaration') found = value;
  }
  return found;
}

/** `smsManager.divideMessage(x)` → `x`; a local → its initialiser. */
function messageExpr(arg: Node): Node {
  let n = arg;
  for (let i = 0; i < 3; i++) {
    if (n.type === 'identifier' || n.type === 'simple_identifier') {
      const init = initializerOf(n);
      if (!init) return n;
      n = init;
      continue;
    }
    const m = /^[\w.]*divideMessage\s*\(([\s\S]*)\)$/.exec(n.text);
    if (m && (n.type === 'method_invocation' || n.type === 'call_expression')) {
      const inner = n.descendantsOfType(['argument_list', 'value_arguments'])[0]?.namedChildren[0];
      const unwrapped = inner?.type === 'value_argument' ? inner.namedChildren[0] : inner;
      if (!unwrapped) return n;
      n = unwrapped;
      continue;
    }
    return n;
  }
  return n;
}

/** The literal the message starts with, without quotes. */
function leadingText(expr: Node, constString: (n: Node) => string | undefined): string | undefined {
  const whole = constString(expr);
  if (whole !== undefined) return whole;
  let n = expr;
  while (n.type === 'binary_expression' || n.type === 'additive_expression' || n.type === 'parenthesized_expression') {
    const first = n.namedChildren[0];
    if (!first) break;
    n = first;
  }
  const lead = constString(n);
  if (lead !== undefined) return lead;
  if (n.type === 'string_literal') return n.text.replace(/^"/, '').replace(/\$\{?[\s\S]*$/, '');
  return undefined;
}

export default defineRule({
  id: 'dfs-sms-as-auth-or-transport',
  meta: {
    title: 'SMS used to carry a PIN, an OTP or a transaction command',
    description: 'Flags SmsManager.sendTextMessage, sendMultipartTextMessage and sendDataMessage calls whose text carries a PIN, an OTP or an SMS-banking transaction command.',
    severity: 'low',
    messages: {
      pin: 'The {{term}} is sent in an SMS: SMS is unencrypted, stored in the sent folder, readable by any app with READ_SMS and by the operator, and can be intercepted over SS7 or a SIM swap; never put a PIN in an SMS, send the transaction over the app\'s TLS API and verify the PIN on the server.',
      otp: 'The {{term}} is sent in an SMS from the app: SMS is neither confidential nor bound to the device (SS7 interception, SIM swap, READ_SMS malware); deliver and verify one-time codes over the app\'s TLS channel or use an in-app authenticator.',
      command: 'The app sends an SMS-banking command ("{{command}}"): SMS is unencrypted and unauthenticated, the sent folder keeps the transaction, and a SIM swap or SS7 interception lets an attacker read or forge it; use the app\'s TLS API, and keep any SMS fallback free of PINs and confirmed on the server.',
    },
    tags: {
      cwe: [319, 308],
      masvs: ['MASVS-NETWORK-1', 'MASVS-AUTH-1'],
      owaspMobile2024: ['M5', 'M3'],
      maswe: ['sensitive-data-in-network-traffic'],
      ituBp: ['UA-3'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
    dfsSpecific: true,
  },
  on: {
    call(call, ctx) {
      const index = SEND_METHODS[call.name];
      if (index === undefined || !isSmsManager(call)) return;
      const arg = call.args.find((a) => a.name === (call.name === 'sendDataMessage' ? 'data' : call.name === 'sendMultipartTextMessage' ? 'parts' : 'text')) ?? call.args[index];
      if (!arg) return;
      const expr = messageExpr(arg.node);
      const hits = sensitiveValues(expr);
      const pin = hits.find((h) => PIN_TERMS.has(h.match.term));
      if (pin) {
        ctx.report({ at: expr.id === arg.node.id ? (pin.range ?? pin.node) : arg.node, messageId: 'pin', data: { term: termLabel(pin.match) }, severity: 'high' });
        return;
      }
      const otp = hits.find((h) => OTP_TERMS.has(h.match.term));
      if (otp) {
        ctx.report({ at: arg.node, messageId: 'otp', data: { term: termLabel(otp.match) } });
        return;
      }
      const lead = leadingText(expr, (n) => ctx.constString(n));
      const m = lead === undefined ? null : COMMAND.exec(lead);
      if (m) ctx.report({ at: arg.node, messageId: 'command', data: { command: m[1] } });
    },
  },
});
