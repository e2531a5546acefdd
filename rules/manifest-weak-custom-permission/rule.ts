// Rule: custom <permission> with a level any app can obtain (normal, dangerous, or absent = normal), and
// component guards whose permission name is a near-miss of a declared or platform permission (a typo).
import { defineRule } from '../../server/src/engine/rule';
import { androidAttr, declaredPermissions, protectionStrength } from '../../server/src/engine/manifest';

/** Platform permissions commonly used as component guards, for typo detection. */
const KNOWN_GUARDS = [
  'android.permission.BIND_JOB_SERVICE',
  'android.permission.BIND_NOTIFICATION_LISTENER_SERVICE',
  'android.permission.BIND_ACCESSIBILITY_SERVICE',
  'android.permission.BIND_INPUT_METHOD',
  'android.permission.BIND_VPN_SERVICE',
  'android.permission.BIND_DEVICE_ADMIN',
  'android.permission.BIND_REMOTEVIEWS',
  'android.permission.BIND_QUICK_SETTINGS_TILE',
  'android.permission.BIND_AUTOFILL_SERVICE',
  'android.permission.BIND_CREDENTIAL_PROVIDER_SERVICE',
  'android.permission.BIND_TELECOM_CONNECTION_SERVICE',
  'android.permission.BIND_CARRIER_SERVICES',
  'android.permission.BIND_NFC_SERVICE',
  'android.permission.BROADCAST_SMS',
  'android.permission.BROADCAST_WAP_PUSH',
  'android.permission.SEND_RESPOND_VIA_MESSAGE',
  'com.google.android.c2dm.permission.SEND',
  'com.google.android.gms.auth.api.phone.permission.SEND',
];

const GUARD_ATTRS = ['android:permission', 'android:readPermission', 'android:writePermission'];
const GUARDED = new Set(['application', 'activity', 'activity-alias', 'service', 'receiver', 'provider', 'path-permission']);

function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

export default defineRule({
  id: 'manifest-weak-custom-permission',
  meta: {
    title: 'Custom permission any app can obtain, or a mistyped permission',
    description:
      'Flags <permission> declarations whose protectionLevel is normal, dangerous or absent (normal), and component guards that name a near-miss of a declared or platform permission.',
    severity: 'medium',
    messages: {
      weakLevel:
        'The custom permission {{name}} has protection level {{level}}, so any installed app can request it (normal: granted silently; dangerous: one tap) and reach what it guards; use android:protectionLevel="signature" (add knownSigner and android:knownCerts for partner apps on API 31+).',
      typo:
        '{{value}} is not declared here and looks like a typo of {{intended}}; an undeclared permission can be defined by any other app, which then passes this check. Use {{intended}}.',
    },
    tags: {
      cwe: [732, 926],
      masvs: ['MASVS-PLATFORM-1'],
      owaspMobile2024: ['M3', 'M8'],
      maswe: ['unauthenticated-ipc'],
      ituBp: ['DH-5'],
    },
    fix: 'suggestion',
    files: ['manifest'],
    precision: 'high',
  },
  on: {
    xmlElement(el, ctx) {
      if (el.name !== 'permission' || el.parent?.name !== 'manifest') return;
      const name = androidAttr(el, 'name');
      if (!name) return;
      const p = protectionStrength(el);
      if (p.strength !== 'weak') return;
      const levelAttr = el.attr('android:protectionLevel');
      const title = 'Use android:protectionLevel="signature" (only apps signed with your key)';
      const edit = levelAttr ? ctx.fix.setAttribute(levelAttr, 'signature') : ctx.fix.addAttribute(el, 'android:protectionLevel', 'signature');
      ctx.report({ at: levelAttr ?? el.nameRange, messageId: 'weakLevel', data: { name, level: p.level }, fixes: [{ title, kind: 'suggestion', edits: [edit] }] });
    },
    xmlAttribute(attr, ctx) {
      if (!GUARD_ATTRS.includes(attr.name) || !GUARDED.has(attr.element.name)) return;
      const value = attr.value?.trim();
      if (!value || value.length < 12 || /^[@$]/.test(value)) return;
      const declared = declaredPermissions(ctx.xml);
      if (declared.has(value) || KNOWN_GUARDS.includes(value)) return;
      // Platform names are dense (BIND_*): only one edit away counts there; custom names allow two.
      const candidates = [...[...declared.keys()].map((c) => ({ c, max: 2 })), ...KNOWN_GUARDS.map((c) => ({ c, max: 1 }))];
      let best: string | undefined;
      let bestDistance = 3;
      for (const { c, max } of candidates) {
        const d = distance(value, c, max);
        if (d > max) continue;
        if (d > 0 && d < bestDistance) {
          best = c;
          bestDistance = d;
        }
      }
      if (!best) return;
      ctx.report({
        at: attr,
        messageId: 'typo',
        data: { value, intended: best },
        fixes: [{ title: `Use ${best}`, kind: 'suggestion', edits: [ctx.fix.setAttribute(attr, best)] }],
      });
    },
  },
});
