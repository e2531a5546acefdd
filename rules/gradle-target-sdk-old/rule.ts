// Rule: targetSdk below Google Play's current requirement (dated data).
import { defineRule } from '../../server/src/engine/rule';

/** Google Play: new apps and updates must target API 35 since 31 August 2025. Update yearly. */
const REQUIRED = 35;
const SINCE = '31 August 2025';

export default defineRule({
  id: 'gradle-target-sdk-old',
  meta: {
    title: 'targetSdk below Google Play requirement',
    description: `Flags a targetSdk below ${REQUIRED}, the level Google Play requires for new apps and updates since ${SINCE}.`,
    severity: 'medium',
    messages: {
      old:
        `targetSdk {{level}} opts the app out of newer platform protections (stricter exported-component, intent and background rules) and Google Play has required ${REQUIRED} for new apps and updates since ${SINCE}; raise it to ${REQUIRED} and test the behaviour changes.`,
    },
    tags: {
      cwe: [1104],
      masvs: ['MASVS-CODE-1'],
      owaspMobile2024: ['M8'],
      maswe: ['target-latest-platform-version'],
      ituBp: ['AD-2'],
    },
    fix: 'suggestion',
    files: ['gradle', 'gradle-kts'],
  },
  on: {
    gradleSetting(s, ctx) {
      if (!/^(targetSdk|targetSdkVersion|setTargetSdkVersion)$/.test(s.key)) return;
      const n = s.path.length;
      if (s.path[n - 1] !== 'defaultConfig' && s.path[n - 2] !== 'productFlavors') return;
      const v = s.value.trim().replace(/^["']|["']$/g, '');
      const literal = /^\d+$/.test(v);
      const level = literal ? Number(v) : ctx.project.targetSdk;
      if (level === undefined || level >= REQUIRED) return;
      ctx.report({
        at: s.valueRange,
        messageId: 'old',
        data: { level },
        fixes: literal ? [{ title: `Raise targetSdk to ${REQUIRED} (then test)`, kind: 'suggestion', edits: [ctx.fix.replace(s.valueRange, String(REQUIRED))] }] : [],
      });
    },
  },
});
