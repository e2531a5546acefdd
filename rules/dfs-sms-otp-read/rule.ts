// Rule: the app reads SMS itself (SMS_RECEIVED receivers, getMessagesFromIntent, createFromPdu, content://sms
// queries) to pick up one-time codes, instead of the SMS Retriever or SMS User Consent API.
import type { Node } from 'web-tree-sitter';
import { enclosingClass } from '../../server/src/engine/ast';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import { splitWords } from '../../server/src/engine/sensitive';

type Msg = 'otp' | 'sms';

/** Words that show the SMS is read for a login or transaction code. */
const CODE_WORDS = new Set(['otp', 'totp', 'code', 'verification', 'verify', 'passcode', 'token', 'pin']);

/** The surrounding class reads a code: OTP-named identifiers, or a digits regex. */
function readsCode(at: Node): boolean {
  const scope = enclosingClass(at) ?? at.tree.rootNode;
  for (const id of scope.descendantsOfType(['identifier', 'type_identifier', 'simple_identifier'])) {
    if (id && splitWords(id.text).some((w) => CODE_WORDS.has(w))) return true;
  }
  return /\\\\d\{[4-8]\}|\[0-9\]\{[4-8]\}/.test(scope.text);
}

function report(ctx: RuleContext<Msg>, at: Node, what: string) {
  const otp = readsCode(at);
  ctx.report({ at, messageId: otp ? 'otp' : 'sms', data: { what }, severity: otp ? 'medium' : 'low' });
}

export default defineRule({
  id: 'dfs-sms-otp-read',
  meta: {
    title: 'OTP read from SMS with SMS permissions',
    description: 'Flags code that reads incoming or stored SMS (SMS_RECEIVED, getMessagesFromIntent, createFromPdu, content://sms) instead of the SMS Retriever or SMS User Consent API.',
    severity: 'medium',
    messages: {
      otp: '{{what}} reads SMS to pick up a one-time code: this needs RECEIVE_SMS/READ_SMS, which exposes every message on the phone to the app (and to anyone who compromises it) and which Play restricts; use the SMS Retriever API (no permission) or SMS User Consent API instead.',
      sms: '{{what}} reads SMS with RECEIVE_SMS/READ_SMS permissions, which expose every message on the phone and are restricted by Play; if this picks up codes, use the SMS Retriever or SMS User Consent API; if it parses operator confirmations, keep the permission justified and the parsing minimal.',
    },
    tags: {
      cwe: [250, 359],
      masvs: ['MASVS-AUTH-1', 'MASVS-PRIVACY-1'],
      owaspMobile2024: ['M6', 'M3'],
      maswe: ['inadequate-permission-management'],
      ituBp: ['UA-3'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
    dfsSpecific: true,
  },
  on: {
    call(call, ctx) {
      if (call.name === 'getMessagesFromIntent' && /(^|\.)Intents$/.test(call.receiverText ?? '') || call.name === 'getMessagesFromIntent' && call.receiverName === 'Intents') {
        report(ctx, call.nameNode, 'Telephony.Sms.Intents.getMessagesFromIntent');
      } else if (call.name === 'createFromPdu' && call.receiverName === 'SmsMessage') {
        report(ctx, call.nameNode, 'SmsMessage.createFromPdu');
      }
    },
    member(member, ctx) {
      if (member.name === 'SMS_RECEIVED_ACTION' && /(^|\.)Intents$/.test(member.receiverText)) {
        report(ctx, member.nameNode, 'A receiver for SMS_RECEIVED_ACTION');
      } else if (member.name === 'CONTENT_URI' && /(^|\.)Telephony\.Sms(\.(Inbox|Sent|Conversations))?$|^Sms(\.Inbox)?$|^Inbox$/.test(member.receiverText)) {
        report(ctx, member.nameNode, `A query of ${member.receiverText}.CONTENT_URI`);
      }
    },
    string(str, ctx) {
      const v = str.value;
      if (v === undefined) return;
      if (/^content:\/\/sms(\/|$)/.test(v)) report(ctx, str.node, `A query of "${v}"`);
      else if (v === 'android.provider.Telephony.SMS_RECEIVED') report(ctx, str.node, 'A receiver for android.provider.Telephony.SMS_RECEIVED');
    },
  },
});
