// Rule: targetSdk < 28 with no network security config and no usesCleartextTraffic: cleartext HTTP is
// allowed by default.
import { defineRule } from '../../server/src/engine/rule';
import { targetSdkWithSource } from '../../server/src/engine/manifest';

export default defineRule({
  id: 'cleartext-default-low-target',
  meta: {
    title: 'Cleartext HTTP allowed by default (targetSdk below 28)',
    description: 'Flags an <application> that targets API 27 or lower without a network security config or usesCleartextTraffic, so plain HTTP stays allowed.',
    severity: 'medium',
    messages: {
      lowTarget: 'With targetSdk {{sdk}} (from {{source}}) and no network security config, Android allows cleartext HTTP by default, so a single http:// URL sends PINs or tokens in clear; add android:usesCleartextTraffic="false" (or a network security config) and raise targetSdk.',
    },
    tags: {
      cwe: [319],
      masvs: ['MASVS-NETWORK-1'],
      owaspMobile2024: ['M5', 'M8'],
      maswe: ['cleartext-traffic'],
      ituLab: ['T3.1'],
      ituBp: ['CS-1'],
    },
    fix: 'suggestion',
    files: ['manifest'],
  },
  on: {
    xmlElement(el, ctx) {
      if (el.name !== 'application' || el.parent?.name !== 'manifest') return;
      // Library manifests do not decide app-level network policy.
      if (ctx.project.isLibrary) return;
      const target = targetSdkWithSource(ctx.project, ctx.xml);
      if (!target || target.sdk >= 28) return;
      if (el.attr('android:networkSecurityConfig') || ctx.project.hasNetworkSecurityConfig) return;
      // An explicit choice either way is judged elsewhere (manifest-cleartext-traffic for "true").
      if (el.attr('android:usesCleartextTraffic')) return;
      ctx.report({
        at: el.nameRange,
        messageId: 'lowTarget',
        data: { sdk: target.sdk, source: target.source },
        fixes: [
          {
            title: 'Add android:usesCleartextTraffic="false"',
            kind: 'suggestion',
            edits: [ctx.fix.addAttribute(el, 'android:usesCleartextTraffic', 'false')],
          },
        ],
      });
    },
  },
});
