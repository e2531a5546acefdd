// Rule: no ProviderInstaller.installIfNeeded(Async) and no bundled Conscrypt anywhere in the app.
// App-level absence check, reported once on <application>, off by default.
import { defineRule } from '../../server/src/engine/rule';
import { appLevelMarkers } from '../../server/src/engine/manifest';

/** Names whose presence shows the app updates or bundles its TLS provider. */
const PROVIDER_MARKERS = new Set(['ProviderInstaller', 'installIfNeeded', 'installIfNeededAsync', 'Conscrypt', 'OpenSSLProvider']);

function hasUpdatedProvider(markers: Set<string>): boolean {
  for (const m of markers) if (PROVIDER_MARKERS.has(m) || /conscrypt/i.test(m)) return true;
  return false;
}

export default defineRule({
  id: 'network-provider-installer-missing',
  meta: {
    title: 'TLS security provider never updated',
    description: 'Reports once per app, on <application>, when the project neither calls ProviderInstaller.installIfNeeded(Async) nor bundles Conscrypt.',
    severity: 'info',
    messages: {
      missing: 'No ProviderInstaller.installIfNeeded call and no bundled Conscrypt found: on older or unpatched phones the app negotiates TLS with the device\'s outdated security provider (known OpenSSL bugs, no TLS 1.3); call ProviderInstaller.installIfNeededAsync in Application.onCreate (tolerate failure on devices without Play services) or bundle Conscrypt.',
    },
    tags: {
      cwe: [1104, 327],
      masvs: ['MASVS-NETWORK-1', 'MASVS-CODE-3'],
      owaspMobile2024: ['M5'],
      maswe: ['no-proven-net-apis'],
      ituBp: ['CS-5'],
    },
    fix: 'guidance',
    files: ['manifest'],
    dfsSpecific: true,
    kind: 'absence',
    enabledByDefault: false,
    precision: 'medium',
  },
  on: {
    xmlElement(el, ctx) {
      // Unknown project or a library module: say nothing.
      const markers = appLevelMarkers(el, ctx.project);
      if (!markers) return;
      const { minSdk } = ctx.project;
      // From Android 10 the platform's Conscrypt is updated through Mainline: little left to gain.
      if (minSdk !== undefined && minSdk >= 29) return;
      if (hasUpdatedProvider(markers)) return;
      ctx.report({ at: el.nameRange, messageId: 'missing' });
    },
  },
});
