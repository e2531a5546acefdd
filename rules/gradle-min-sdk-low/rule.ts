// Rule: minSdk below the floor (API 24) in defaultConfig or a product flavour.
import { defineRule } from '../../server/src/engine/rule';
import type { GradleSetting } from '../../server/src/parsing/gradle';

const FLOOR = 24;

/** The literal number of a setting, or the project model's value when the setting is an expression. */
export function sdkLevel(s: GradleSetting, fromProject: number | undefined): { level: number; literal: boolean } | undefined {
  const v = s.value.trim().replace(/^["']|["']$/g, '');
  if (/^\d+$/.test(v)) return { level: Number(v), literal: true };
  return fromProject === undefined ? undefined : { level: fromProject, literal: false };
}

export default defineRule({
  id: 'gradle-min-sdk-low',
  meta: {
    title: 'minSdk below API 24',
    description: 'Flags a minSdk below 24 in defaultConfig or a product flavour (literal, or resolved by the project model).',
    severity: 'low',
    messages: {
      low:
        'minSdk {{level}} lets the app run on Android versions without current platform protections (TLS 1.2 not on by default below API 20, user-installed CAs trusted below 24, no file-based encryption); raise minSdk to ' +
        FLOOR +
        ' or later, or keep the extra checks these versions need.',
    },
    tags: {
      cwe: [1104],
      masvs: ['MASVS-CODE-1'],
      owaspMobile2024: ['M8'],
      maswe: ['run-on-recent-platform-version'],
      ituBp: ['CS-1'],
    },
    fix: 'suggestion',
    files: ['gradle', 'gradle-kts'],
  },
  on: {
    gradleSetting(s, ctx) {
      if (!/^(minSdk|minSdkVersion|setMinSdkVersion)$/.test(s.key)) return;
      const n = s.path.length;
      const where = s.path[n - 1] === 'defaultConfig' || s.path[n - 2] === 'productFlavors';
      if (!where) return;
      const sdk = sdkLevel(s, ctx.project.minSdk);
      if (!sdk || sdk.level >= FLOOR) return;
      ctx.report({
        at: s.valueRange,
        messageId: 'low',
        data: { level: sdk.level },
        fixes: sdk.literal ? [{ title: `Raise minSdk to ${FLOOR}`, kind: 'suggestion', edits: [ctx.fix.replace(s.valueRange, String(FLOOR))] }] : [],
      });
    },
  },
});
