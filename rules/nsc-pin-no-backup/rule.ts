// Rule: <pin-set> with a single <pin>: no backup key to rotate to.
import { defineRule } from '../../server/src/engine/rule';

export default defineRule({
  id: 'nsc-pin-no-backup',
  meta: {
    title: 'Certificate pin set without a backup pin',
    description: 'Flags a <pin-set> that lists a single <pin>, leaving no backup key for rotation or compromise.',
    severity: 'medium',
    messages: {
      single: 'This <pin-set> has one pin: when that key is rotated or compromised, every installed copy of the app stops connecting until users update, and teams under pressure then ship pinning switched off; add a backup pin for a key kept offline.',
    },
    tags: {
      cwe: [295],
      masvs: ['MASVS-NETWORK-2'],
      owaspMobile2024: ['M5'],
      maswe: ['insecure-pinning'],
      ituBp: ['CS-6'],
    },
    fix: 'guidance',
    files: ['network-security-config'],
  },
  on: {
    xmlElement(el, ctx) {
      if (el.name !== 'pin-set') return;
      const pins = el.children.filter((c) => c.name === 'pin');
      if (pins.length === 1) ctx.report({ at: el.nameRange, messageId: 'single' });
    },
  },
});
