// Rule: android:debuggable="true" hard-coded in a manifest (AGP sets it per build type).
import { defineRule } from '../../server/src/engine/rule';
import { isNonProductionManifest } from '../../server/src/engine/manifest';

export default defineRule({
  id: 'manifest-debuggable',
  meta: {
    title: 'Debuggable flag hard-coded in the manifest',
    description: 'Flags android:debuggable="true" on <application>, which makes every build of the app attachable by a debugger.',
    severity: 'high',
    messages: {
      debuggable:
        'android:debuggable="true" lets anyone with USB access attach a debugger, read memory (PINs, tokens) and change the app\'s behaviour; remove the attribute and let the build type set it (true only for debug builds).',
      devFlavour:
        'android:debuggable="true" in a non-production flavour manifest; remove it and rely on the build type, so this flavour can never ship debuggable.',
    },
    tags: {
      cwe: [489, 215],
      masvs: ['MASVS-RESILIENCE-4'],
      owaspMobile2024: ['M8', 'M7'],
      maswe: ['debuggable-flag'],
      ituLab: ['T1.2'],
      ituBp: ['DI-2'],
    },
    fix: 'safe',
    files: ['manifest'],
    precision: 'high',
  },
  on: {
    xmlAttribute(attr, ctx) {
      if (attr.name !== 'android:debuggable' || attr.element.name !== 'application') return;
      if (attr.value?.trim().toLowerCase() !== 'true') return;
      const fixes = [{ title: 'Remove android:debuggable (the build type decides)', kind: 'safe' as const, edits: [ctx.fix.removeAttribute(attr)] }];
      if (isNonProductionManifest(ctx.file.path)) {
        ctx.report({ at: attr, messageId: 'devFlavour', severity: 'low', fixes });
        return;
      }
      ctx.report({ at: attr, messageId: 'debuggable', fixes });
    },
  },
});
