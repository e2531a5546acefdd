// Rule: a receiver for SMS_RECEIVED / SMS_DELIVER (or WAP push) that does not require the system-only
// BROADCAST_SMS (BROADCAST_WAP_PUSH) permission, so any app can send it forged messages.
import { defineRule } from '../../server/src/engine/rule';
import { androidAttr, boolAttr, filterNames, intentFilters, isComponent, isRemovedByMerger } from '../../server/src/engine/manifest';

const REQUIRED: Record<string, string> = {
  'android.provider.Telephony.SMS_RECEIVED': 'android.permission.BROADCAST_SMS',
  'android.provider.Telephony.SMS_DELIVER': 'android.permission.BROADCAST_SMS',
  'android.provider.Telephony.WAP_PUSH_RECEIVED': 'android.permission.BROADCAST_WAP_PUSH',
  'android.provider.Telephony.WAP_PUSH_DELIVER': 'android.permission.BROADCAST_WAP_PUSH',
};

export default defineRule({
  id: 'manifest-sms-receiver-unprotected',
  meta: {
    title: 'SMS receiver not restricted to the system sender',
    description:
      'Flags receivers of SMS_RECEIVED / SMS_DELIVER (and WAP push) that do not require android.permission.BROADCAST_SMS (BROADCAST_WAP_PUSH), so any app can inject fake SMS into them.',
    severity: 'high',
    messages: {
      missing:
        'The receiver {{name}} handles {{action}} but does not require {{required}}, so any app can send it a forged SMS (a fake OTP, a fake "you received 50,000" confirmation); add android:permission="{{required}}", which only the system holds.',
      wrong:
        'The receiver {{name}} handles {{action}} but requires {{permission}}, which ordinary apps can hold, so they can send it forged SMS; require {{required}}, which only the system holds.',
    },
    tags: {
      cwe: [925],
      masvs: ['MASVS-PLATFORM-1'],
      owaspMobile2024: ['M8'],
      maswe: ['insecure-broadcast-receivers'],
      ituBp: ['UA-3'],
    },
    fix: 'safe',
    files: ['manifest'],
    precision: 'high',
  },
  on: {
    xmlElement(el, ctx) {
      if (el.name !== 'receiver' || !isComponent(el) || isRemovedByMerger(el)) return;
      // Not exported: only the system (and this app) can deliver to it.
      if (boolAttr(el, 'exported') === false) return;
      const action = intentFilters(el).flatMap((f) => filterNames(f, 'action')).find((a) => REQUIRED[a]);
      if (!action) return;
      const required = REQUIRED[action];
      const name = androidAttr(el, 'name') ?? '(unnamed)';
      const permAttr = el.attr('android:permission');
      if (!permAttr) {
        ctx.report({
          at: el.nameRange,
          messageId: 'missing',
          data: { name, action, required },
          fixes: [{ title: `Require ${required}`, kind: 'safe', edits: [ctx.fix.addAttribute(el, 'android:permission', required)] }],
        });
        return;
      }
      const permission = permAttr.value?.trim();
      if (permission === undefined || permission === required || /^[@$]/.test(permission)) return;
      const empty = permission === '';
      ctx.report({
        at: permAttr,
        messageId: empty ? 'missing' : 'wrong',
        data: { name, action, required, permission },
        fixes: [{ title: `Require ${required}`, kind: 'safe', edits: [ctx.fix.setAttribute(permAttr, required)] }],
      });
    },
  },
});
