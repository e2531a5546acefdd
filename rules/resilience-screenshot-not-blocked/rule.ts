// Rule: FLAG_SECURE is used nowhere in the app. App-level absence check, reported once on <application>;
// the per-screen check is dfs-payment-screen-flag-secure.
import { defineRule } from '../../server/src/engine/rule';
import { appLevelMarkers } from '../../server/src/engine/manifest';

const SECURE_MARKERS = new Set(['FLAG_SECURE', 'SecureOn', 'SecureFlagPolicy']);

export default defineRule({
  id: 'resilience-screenshot-not-blocked',
  meta: {
    title: 'Screenshots and screen recording never blocked (no FLAG_SECURE)',
    description: 'Reports once per app, on <application>, when FLAG_SECURE (or Compose SecureFlagPolicy.SecureOn) is used nowhere in the project.',
    severity: 'info',
    messages: {
      missing: 'FLAG_SECURE is set nowhere in the app: every screen, including PIN entry, OTPs, balances and statements, can be captured by screenshots, screen recording, casting, the Recents thumbnail and screen-recording malware; set window.setFlags(FLAG_SECURE, FLAG_SECURE) on sensitive screens or in a shared base activity.',
    },
    tags: {
      cwe: [200],
      masvs: ['MASVS-PLATFORM-3', 'MASVS-STORAGE-2'],
      owaspMobile2024: ['M6', 'M9'],
      maswe: ['data-leak-screenshots'],
      ituBp: ['DH-4'],
    },
    fix: 'guidance',
    files: ['manifest'],
    kind: 'absence',
    enabledByDefault: false,
  },
  on: {
    xmlElement(el, ctx) {
      const markers = appLevelMarkers(el, ctx.project);
      if (!markers) return;
      for (const m of markers) if (SECURE_MARKERS.has(m)) return;
      ctx.report({ at: el.nameRange, messageId: 'missing' });
    },
  },
});
