// Rule: targetSdk < 24 with no network security config: user-installed CAs are trusted by default.
import { defineRule } from '../../server/src/engine/rule';
import { targetSdkWithSource } from '../../server/src/engine/manifest';

export default defineRule({
  id: 'user-ca-default-low-target',
  meta: {
    title: 'User-installed CAs trusted by default (targetSdk below 24)',
    description: 'Flags an <application> that targets API 23 or lower without a network security config, so TLS accepts user-installed CA certificates.',
    severity: 'medium',
    messages: {
      lowTarget: 'With targetSdk {{sdk}} (from {{source}}) and no network security config, the app trusts CA certificates the user installed, so a proxy or malware CA can read and alter its TLS traffic; raise targetSdk to 24+ or add a network security config whose trust anchors are src="system" only.',
    },
    tags: {
      cwe: [295],
      masvs: ['MASVS-NETWORK-1'],
      owaspMobile2024: ['M5'],
      maswe: ['insecure-cert-val'],
      ituLab: ['T3.3'],
      ituBp: ['CS-7'],
    },
    fix: 'guidance',
    files: ['manifest'],
  },
  on: {
    xmlElement(el, ctx) {
      if (el.name !== 'application' || el.parent?.name !== 'manifest') return;
      if (ctx.project.isLibrary) return;
      const target = targetSdkWithSource(ctx.project, ctx.xml);
      if (!target || target.sdk >= 24) return;
      if (el.attr('android:networkSecurityConfig') || ctx.project.hasNetworkSecurityConfig) return;
      ctx.report({ at: el.nameRange, messageId: 'lowTarget', data: { sdk: target.sdk, source: target.source } });
    },
  },
});
