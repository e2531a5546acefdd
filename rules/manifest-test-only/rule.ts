// Rule: android:testOnly="true" written into a source manifest.
import { defineRule } from '../../server/src/engine/rule';
import { isNonProductionManifest } from '../../server/src/engine/manifest';

export default defineRule({
  id: 'manifest-test-only',
  meta: {
    title: 'testOnly flag hard-coded in the manifest',
    description: 'Flags android:testOnly="true" on <application> in a source manifest, a test build marker that must never reach a distributed build.',
    severity: 'medium',
    messages: {
      testOnly:
        'android:testOnly="true" marks a test build: it enables test-only behaviour, Google Play rejects it, and sideloaded copies (agent phones) carry it; remove the attribute, Android Studio adds it on its own for IDE runs.',
      devFlavour:
        'android:testOnly="true" in a non-production flavour manifest; remove it (Android Studio adds it for IDE runs), so the flavour cannot be shipped as a test build by mistake.',
    },
    tags: {
      cwe: [489],
      masvs: ['MASVS-RESILIENCE-4'],
      owaspMobile2024: ['M8'],
      maswe: ['non-production-resources'],
      ituBp: ['DI-2'],
    },
    fix: 'safe',
    files: ['manifest'],
    precision: 'high',
  },
  on: {
    xmlAttribute(attr, ctx) {
      if (attr.name !== 'android:testOnly' || attr.element.name !== 'application') return;
      if (attr.value?.trim().toLowerCase() !== 'true') return;
      const fixes = [{ title: 'Remove android:testOnly', kind: 'safe' as const, edits: [ctx.fix.removeAttribute(attr)] }];
      if (isNonProductionManifest(ctx.file.path)) ctx.report({ at: attr, messageId: 'devFlavour', severity: 'low', fixes });
      else ctx.report({ at: attr, messageId: 'testOnly', fixes });
    },
  },
});
