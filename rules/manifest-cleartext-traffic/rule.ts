// Rule: android:usesCleartextTraffic="true" on <application> (plain HTTP allowed app-wide).
import { defineRule } from '../../server/src/engine/rule';
import { androidAttr, isNonProductionManifest } from '../../server/src/engine/manifest';

export default defineRule({
  id: 'manifest-cleartext-traffic',
  meta: {
    title: 'Cleartext HTTP traffic allowed in the manifest',
    description: 'Flags android:usesCleartextTraffic="true" on <application>, which lets the app send requests over plain HTTP.',
    severity: 'high',
    messages: {
      cleartext:
        'android:usesCleartextTraffic="true" allows plain HTTP, so credentials, tokens and transaction data can be read and changed on the network; set it to "false" and use HTTPS (or a network security config for a specific local host).',
      withNsc:
        'android:usesCleartextTraffic="true" is ignored on Android 7+ because a network security config is set, but still allows plain HTTP on older devices; set it to "false" and allow cleartext only per domain in the network security config.',
      ignored:
        'android:usesCleartextTraffic="true" has no effect here (a network security config is set and minSdk is {{minSdk}}), but it misleads reviewers and comes back if the config is removed; set it to "false" and keep cleartext decisions in the network security config.',
      devFlavour:
        'android:usesCleartextTraffic="true" in a non-production flavour manifest; make sure this flavour never ships, or allow cleartext only for the test host in a network security config.',
    },
    tags: {
      cwe: [319],
      masvs: ['MASVS-NETWORK-1'],
      owaspMobile2024: ['M5'],
      maswe: ['cleartext-traffic'],
      ituLab: ['T3.1'],
      ituBp: ['CS-1'],
    },
    fix: 'safe',
    files: ['manifest'],
    precision: 'high',
  },
  on: {
    xmlAttribute(attr, ctx) {
      if (attr.name !== 'android:usesCleartextTraffic' || attr.element.name !== 'application') return;
      if (attr.value?.trim().toLowerCase() !== 'true') return;
      const fixes = [{ title: 'Set android:usesCleartextTraffic="false"', kind: 'safe' as const, edits: [ctx.fix.setAttribute(attr, 'false')] }];
      if (isNonProductionManifest(ctx.file.path)) {
        // A dev flavour may talk to a local HTTP server on purpose: offer the flip, never apply it automatically.
        ctx.report({ at: attr, messageId: 'devFlavour', severity: 'low', fixes: [{ ...fixes[0], kind: 'suggestion' }] });
      } else if (androidAttr(attr.element, 'networkSecurityConfig') || ctx.project.hasNetworkSecurityConfig) {
        // On API 24+ the network security config wins; the attribute still applies on API 23 and lower.
        const minSdk = ctx.project.minSdk;
        if (minSdk !== undefined && minSdk >= 24) ctx.report({ at: attr, messageId: 'ignored', severity: 'low', data: { minSdk }, fixes });
        else ctx.report({ at: attr, messageId: 'withNsc', severity: 'medium', fixes });
      } else {
        ctx.report({ at: attr, messageId: 'cleartext', fixes });
      }
    },
  },
});
