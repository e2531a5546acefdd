// Rule: <uses-permission> for permissions the ITU lab asks to justify (SMS, calls, contacts, phone state,
// call log, location, overlays, package visibility, installs).
import { defineRule } from '../../server/src/engine/rule';
import { androidAttr, isRemovedByMerger } from '../../server/src/engine/manifest';

interface Risk {
  why: string;
  /** SMS and CALL_PHONE: direct fraud paths (premium SMS, USSD and premium-rate calls, OTP theft). */
  high?: boolean;
}

const P = 'android.permission.';
const RISKS: Record<string, Risk> = {
  [`${P}SEND_SMS`]: { why: 'sends SMS, including premium-rate and USSD-style commands, without the user seeing them', high: true },
  [`${P}RECEIVE_SMS`]: { why: 'reads every incoming SMS, including other services\' OTPs', high: true },
  [`${P}READ_SMS`]: { why: 'reads the whole SMS inbox, including other services\' OTPs', high: true },
  [`${P}RECEIVE_MMS`]: { why: 'reads incoming MMS', high: true },
  [`${P}RECEIVE_WAP_PUSH`]: { why: 'reads incoming WAP push messages', high: true },
  [`${P}CALL_PHONE`]: { why: 'dials numbers, including premium-rate lines and USSD codes, without the dialer', high: true },
  [`${P}READ_CONTACTS`]: { why: 'reads the whole address book' },
  [`${P}WRITE_CONTACTS`]: { why: 'changes the address book' },
  [`${P}READ_PHONE_STATE`]: { why: 'reads device and SIM identifiers and call state' },
  [`${P}READ_PHONE_NUMBERS`]: { why: 'reads the SIM\'s phone numbers' },
  [`${P}READ_CALL_LOG`]: { why: 'reads the call history' },
  [`${P}WRITE_CALL_LOG`]: { why: 'changes the call history' },
  [`${P}PROCESS_OUTGOING_CALLS`]: { why: 'sees and can redirect outgoing calls' },
  [`${P}ACCESS_FINE_LOCATION`]: { why: 'tracks the precise location' },
  [`${P}ACCESS_COARSE_LOCATION`]: { why: 'tracks the approximate location' },
  [`${P}ACCESS_BACKGROUND_LOCATION`]: { why: 'tracks the location while the app is not in use' },
  [`${P}SYSTEM_ALERT_WINDOW`]: { why: 'draws over other apps, the building block of overlay and tapjacking attacks' },
  [`${P}QUERY_ALL_PACKAGES`]: { why: 'lists every installed app, which Google Play restricts' },
  [`${P}REQUEST_INSTALL_PACKAGES`]: { why: 'installs APKs, a path for malicious updates that Google Play restricts' },
};

export default defineRule({
  id: 'manifest-dangerous-permissions',
  meta: {
    title: 'Sensitive permission that needs a justification',
    description:
      'Flags <uses-permission> entries for SMS, phone calls, contacts, phone state, call log, location, overlays, package visibility and package installs, which the ITU DFS lab asks apps to justify.',
    severity: 'low',
    messages: {
      sensitive:
        '{{permission}} {{why}}; if a feature needs it, record the reason (ITU DFS lab T1.4) and request it at run time only in that feature, otherwise remove it, or limit it with android:maxSdkVersion.',
      fraudPath:
        '{{permission}} {{why}}, a direct fraud path on a money app; remove it unless a core feature needs it (for OTPs use the SMS Retriever or User Consent API; for calls, ACTION_DIAL needs no permission), and record the reason (ITU DFS lab T1.4).',
    },
    tags: {
      cwe: [250],
      masvs: ['MASVS-PRIVACY-1'],
      owaspMobile2024: ['M6', 'M8'],
      maswe: ['inadequate-permission-management'],
      ituLab: ['T1.4'],
      ituBp: ['DH-5'],
    },
    fix: 'suggestion',
    files: ['manifest'],
    precision: 'high',
  },
  on: {
    xmlElement(el, ctx) {
      if ((el.name !== 'uses-permission' && el.name !== 'uses-permission-sdk-23') || el.parent?.name !== 'manifest') return;
      // tools:node="remove" strips a dependency's permission: the good practice this rule asks for.
      if (isRemovedByMerger(el) || el.attr('android:maxSdkVersion')) return;
      const nameAttr = el.attr('android:name');
      const permission = androidAttr(el, 'name');
      if (!nameAttr || !permission) return;
      const risk = RISKS[permission];
      if (!risk) return;
      const fixes = [{ title: `Remove ${permission.replace(P, '')}`, kind: 'suggestion' as const, edits: [ctx.fix.removeLines(el)] }];
      const data = { permission, why: risk.why };
      if (risk.high) ctx.report({ at: nameAttr, messageId: 'fraudPath', severity: 'medium', data, fixes });
      else ctx.report({ at: nameAttr, messageId: 'sensitive', data, fixes });
    },
  },
});
