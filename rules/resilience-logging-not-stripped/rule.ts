// Rule: an app module's proguard-rules.pro without `-assumenosideeffects class android.util.Log`, so R8 keeps
// Log.v/d/i calls (and the strings they build) in the release build.
import { defineRule } from '../../server/src/engine/rule';
import { LineIndex } from '../../server/src/engine/text';
import type { Range } from '../../server/src/engine/types';

/** R8/ProGuard rules that remove log calls: android.util.Log, or Timber when the app logs through it. */
const STRIPS_LOGS = /^\s*-assumenosideeffects\s+(?:public\s+)?(?:final\s+)?class\s+(android\.util\.Log|timber\.log\.Timber(\$Forest)?)\b/m;
/** Rule files that are not the app's own R8 configuration. */
const NOT_APP_RULES = /(^|\/)(consumer-rules|consumer-proguard[\w-]*|proguard-android[\w.-]*|lib-proguard[\w-]*)\.(pro|txt)$/;

const BLOCK = [
  '',
  '# Remove verbose, debug and info logging from release builds (R8 drops the calls and the strings they build).',
  '-assumenosideeffects class android.util.Log {',
  '    public static int v(...);',
  '    public static int d(...);',
  '    public static int i(...);',
  '}',
  '',
].join('\n');

export default defineRule({
  id: 'resilience-logging-not-stripped',
  meta: {
    title: 'Release build keeps android.util.Log calls (no R8 log stripping)',
    description: 'Flags an app module\'s proguard-rules.pro that has no -assumenosideeffects rule for android.util.Log, so Log.v/d/i calls ship in the release build.',
    severity: 'low',
    messages: {
      missing: 'These R8 rules do not strip android.util.Log: every Log.v/d/i call (and the PINs, tokens or amounts a developer once logged) stays in the release build and runs on customers\' phones; add -assumenosideeffects class android.util.Log { v, d, i } (it takes effect with minifyEnabled true).',
    },
    tags: {
      cwe: [532, 489],
      masvs: ['MASVS-RESILIENCE-3', 'MASVS-STORAGE-2'],
      owaspMobile2024: ['M7'],
      maswe: ['non-production-resources'],
      ituBp: ['DI-2'],
      figi: ['C118'],
    },
    fix: 'suggestion',
    files: ['proguard'],
  },
  on: {
    file(file, ctx) {
      const path = file.path.replace(/\\/g, '/');
      if (NOT_APP_RULES.test(path) || ctx.project.isLibrary === true) return;
      if (STRIPS_LOGS.test(file.text)) return;
      // The app does not log at all (markers known and no Log/Timber use): nothing to strip.
      const markers = ctx.project.markers;
      if (markers && !markers.has('Log') && !markers.has('Timber')) return;
      const lines = new LineIndex(file.text);
      let at: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: lines.lineText(0).length } };
      for (let i = 0; i < lines.lineCount(); i++) {
        const t = lines.lineText(i);
        if (t.trim() !== '' && !t.trimStart().startsWith('#')) {
          at = { start: { line: i, character: 0 }, end: { line: i, character: t.length } };
          break;
        }
      }
      const end = lines.positionAt(file.text.length);
      const prefix = file.text.length === 0 || file.text.endsWith('\n') ? '' : '\n';
      ctx.report({
        at,
        messageId: 'missing',
        fixes: [{ title: 'Add -assumenosideeffects for android.util.Log (v, d, i)', kind: 'suggestion', edits: [ctx.fix.insertAfter({ start: end, end }, prefix + BLOCK)] }],
      });
    },
  },
});
