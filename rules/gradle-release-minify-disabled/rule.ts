// Rule: the release build type of an app module without `minifyEnabled true` / `isMinifyEnabled = true`.
import { defineRule, type FileInfo } from '../../server/src/engine/rule';
import { gradleBoolean, parseGradle, type GradleBlock, type GradleSetting } from '../../server/src/parsing/gradle';
import { androidModuleKind, offsetRange } from '../../server/src/project/dependencies';

const MINIFY = /^(minifyEnabled|isMinifyEnabled|setMinifyEnabled)$/;

interface State {
  releases: GradleBlock[];
  minify: GradleSetting[];
}
const states = new WeakMap<FileInfo, State>();
const stateOf = (file: FileInfo) => {
  let s = states.get(file);
  if (!s) states.set(file, (s = { releases: [], minify: [] }));
  return s;
};

const isReleaseType = (path: string[], name?: string) => {
  const full = name === undefined ? path : [...path, name];
  const n = full.length;
  return n >= 2 && full[n - 1] === 'release' && full[n - 2] === 'buildTypes';
};

export default defineRule({
  id: 'gradle-release-minify-disabled',
  meta: {
    title: 'Release build is not minified or obfuscated',
    description: 'Flags the release build type of an app module that does not enable R8 (minifyEnabled true / isMinifyEnabled = true).',
    severity: 'medium',
    messages: {
      disabled:
        'R8 is off for the release build, so the APK ships readable class and method names that map straight to the PIN, transfer and root-check logic; set {{key}} to true (with shrinkResources) and keep only what reflection needs in proguard-rules.pro.',
      missing:
        'The release build type does not enable R8 (minification is off by default), so the APK ships readable code that maps straight to the PIN, transfer and root-check logic; add {{key}} to the release block.',
    },
    tags: {
      cwe: [693],
      masvs: ['MASVS-RESILIENCE-3'],
      owaspMobile2024: ['M7'],
      maswe: ['code-obfuscation'],
      ituLab: ['T9.1'],
    },
    fix: 'suggestion',
    files: ['gradle', 'gradle-kts'],
  },
  on: {
    gradleBlock(block, ctx) {
      if (isReleaseType(block.path, block.name)) stateOf(ctx.file).releases.push(block);
    },
    gradleSetting(s, ctx) {
      if (MINIFY.test(s.key) && isReleaseType(s.path)) stateOf(ctx.file).minify.push(s);
    },
    file(file, ctx) {
      const state = states.get(file);
      states.delete(file);
      if (!state || state.releases.length === 0) return;
      // Library modules are minified by the app that consumes them; an unknown module kind is not judged.
      const kind = androidModuleKind(parseGradle(file.text), file.text);
      if (ctx.project.isLibrary === true || kind === 'library') return;
      if (kind !== 'application' && ctx.project.isLibrary !== false) return;
      const kts = file.kind === 'gradle-kts';
      const key = kts ? 'isMinifyEnabled = true' : 'minifyEnabled true';
      const values = state.minify.map((s) => gradleBoolean(s.value));
      if (values.some((v) => v !== false)) {
        // Enabled somewhere, or set from an expression we cannot evaluate.
        return;
      }
      for (const s of state.minify) {
        ctx.report({
          at: s.valueRange,
          messageId: 'disabled',
          data: { key: s.key.replace(/^set([A-Z])/, (_, c: string) => c.toLowerCase()) },
          fixes: [{ title: 'Enable R8 for release (check keep rules)', kind: 'suggestion', edits: [ctx.fix.replace(s.valueRange, 'true')] }],
        });
      }
      if (state.minify.length > 0) return;
      const block = state.releases[0];
      const brace = file.text.indexOf('{', block.endOffset);
      const fixes = [];
      if (brace >= 0) {
        const indent = ctx.fix.indentOf(block);
        const at = offsetRange(file, brace + 1, brace + 1);
        fixes.push({ title: `Add ${key}`, kind: 'suggestion' as const, edits: [ctx.fix.insertAfter(at, `\n${indent}    ${key}`)] });
      }
      ctx.report({ at: block, messageId: 'missing', data: { key }, fixes });
    },
  },
});
