// Rule: <pin-set> whose expiration date has passed (pinning is silently off) or is missing.
import { defineRule } from '../../server/src/engine/rule';

/** `yyyy-MM-dd` as the platform parses it; undefined when malformed. */
function parseExpiration(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 ? d : undefined;
}

export default defineRule({
  id: 'nsc-pin-expiration',
  meta: {
    title: 'Certificate pins expired or without expiration date',
    description: 'Flags a <pin-set> whose expiration date has passed, which silently switches pinning off, and a <pin-set> with no expiration date.',
    severity: 'medium',
    messages: {
      expired: 'These pins expired on {{date}}: Android stops enforcing an expired <pin-set> without any error, so the app is no longer pinned; update the pins and move the expiration date forward.',
      missing: 'This <pin-set> has no expiration date: if the server keys rotate before an app update reaches every user, those users can no longer connect; add expiration="yyyy-MM-dd" and a backup pin, and renew both with each release.',
    },
    tags: {
      cwe: [295],
      masvs: ['MASVS-NETWORK-2'],
      owaspMobile2024: ['M5'],
      maswe: ['insecure-pinning'],
      ituLab: ['T3.3'],
      ituBp: ['CS-6'],
    },
    fix: 'guidance',
    files: ['network-security-config'],
  },
  on: {
    xmlElement(el, ctx) {
      if (el.name !== 'pin-set') return;
      const exp = el.attr('expiration');
      if (!exp) {
        ctx.report({ at: el.nameRange, messageId: 'missing', severity: 'low' });
        return;
      }
      if (exp.value === undefined) return;
      const date = parseExpiration(exp.value);
      // The scan date: pins are ignored from the expiration day on.
      if (date && date.getTime() <= Date.now()) {
        ctx.report({ at: exp, messageId: 'expired', data: { date: exp.value.trim() } });
      }
    },
  },
});
