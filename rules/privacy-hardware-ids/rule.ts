// Rule: non-resettable hardware identifiers (IMEI/MEID, IMSI, SIM serial, build serial, MAC) and ANDROID_ID read
// as device identifiers.
import type { Node } from 'web-tree-sitter';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';

type Msg = 'hardware' | 'androidId';

/** Getter or Kotlin property name → what it reads. Unique TelephonyManager names need no receiver check. */
const TELEPHONY_UNIQUE: Record<string, string> = {
  getImei: 'the IMEI', imei: 'the IMEI', getMeid: 'the MEID', meid: 'the MEID',
  getSubscriberId: 'the IMSI', subscriberId: 'the IMSI', getSimSerialNumber: 'the SIM serial number', simSerialNumber: 'the SIM serial number',
};
const TELEPHONY_RECEIVER = /telephony|TelephonyManager|^tm$|^tel$|phoneManager|TELEPHONY_SERVICE/i;

function report(ctx: RuleContext<Msg>, at: Node, what: string) {
  ctx.report({ at, messageId: 'hardware', data: { what } });
}

export default defineRule({
  id: 'privacy-hardware-ids',
  meta: {
    title: 'Hardware identifier used to identify the device or customer',
    description: 'Flags reads of the IMEI/MEID, IMSI, SIM serial, Build serial and MAC address, and Settings.Secure.ANDROID_ID, used as device or customer identifiers.',
    severity: 'medium',
    messages: {
      hardware: 'The app reads {{what}}, a non-resettable hardware identifier: it tracks the customer across apps and resets, needs READ_PRIVILEGED_PHONE_STATE (unavailable to normal apps since Android 10, where it throws or returns null) and proves nothing about the device; bind the device with a Keystore key pair (with key attestation) registered with the server.',
      androidId: 'ANDROID_ID is used as a device identifier: it is readable by code in the app, changes on factory reset and is shared across the app\'s signing key, so it is a tracking id, not a device binding; bind the device with a Keystore key pair registered with the server instead.',
    },
    tags: {
      cwe: [359, 200],
      masvs: ['MASVS-PRIVACY-2'],
      owaspMobile2024: ['M6'],
      maswe: ['unique-identifiers-user-tracking'],
      ituBp: ['DH-5'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (call.viaProperty) return;
      const recv = call.receiverText ?? '';
      const unique = TELEPHONY_UNIQUE[call.name];
      if (unique && call.args.length <= 1 && (TELEPHONY_RECEIVER.test(recv) || /^(getImei|getMeid|getSimSerialNumber)$/.test(call.name))) return report(ctx, call.nameNode, unique);
      if (call.name === 'getDeviceId' && call.args.length <= 1 && TELEPHONY_RECEIVER.test(recv)) return report(ctx, call.nameNode, 'the IMEI/MEID (getDeviceId)');
      if (call.name === 'getSerial' && call.receiverName === 'Build') return report(ctx, call.nameNode, 'the hardware serial number (Build.getSerial)');
      if (call.name === 'getMacAddress' || (call.name === 'getHardwareAddress' && /network|interface|nif|ni$/i.test(recv))) return report(ctx, call.nameNode, 'the MAC address');
    },
    member(member, ctx) {
      const name = member.name;
      const recv = member.receiverText;
      if (TELEPHONY_UNIQUE[name] && TELEPHONY_RECEIVER.test(recv)) return report(ctx, member.nameNode, TELEPHONY_UNIQUE[name]);
      if (name === 'deviceId' && TELEPHONY_RECEIVER.test(recv)) return report(ctx, member.nameNode, 'the IMEI/MEID (deviceId)');
      if (name === 'SERIAL' && /(^|\.)Build$/.test(recv)) return report(ctx, member.nameNode, 'the hardware serial number (Build.SERIAL)');
      if (name === 'macAddress' && /wifi|connectionInfo/i.test(recv)) return report(ctx, member.nameNode, 'the MAC address');
      if (name === 'ANDROID_ID' && /(^|\.)(Settings\.)?Secure$/.test(recv)) ctx.report({ at: member.nameNode, messageId: 'androidId' });
    },
  },
});
