// Rule: `debuggable true` / `isDebuggable = true` (or the JNI variant) in the release build type.
import { gradleBoolean, type GradleSetting } from '../../server/src/parsing/gradle';
import { defineRule } from '../../server/src/engine/rule';

const KEYS = /^(debuggable|isDebuggable|jniDebuggable|isJniDebuggable|setDebuggable|setJniDebuggable)$/;

function inReleaseBuildType(s: GradleSetting): boolean {
  const n = s.path.length;
  return n >= 2 && s.path[n - 1] === 'release' && s.path[n - 2] === 'buildTypes';
}

export default defineRule({
  id: 'gradle-release-debuggable',
  meta: {
    title: 'Release build type is debuggable',
    description: 'Flags debuggable or jniDebuggable set to true in the release build type of a Gradle build file.',
    severity: 'high',
    messages: {
      debuggable:
        'The release build is debuggable: anyone with the APK can attach a debugger, read PINs and tokens from memory and change amounts at run time; set {{key}} to false (AGP makes only the debug build type debuggable).',
    },
    tags: {
      cwe: [489],
      masvs: ['MASVS-RESILIENCE-4'],
      owaspMobile2024: ['M7', 'M8'],
      maswe: ['debuggable-flag'],
      ituLab: ['T1.2'],
      ituBp: ['DI-2'],
    },
    fix: 'safe',
    files: ['gradle', 'gradle-kts'],
  },
  on: {
    gradleSetting(s, ctx) {
      if (!KEYS.test(s.key) || !inReleaseBuildType(s)) return;
      if (gradleBoolean(s.value) !== true) return;
      const key = s.key.replace(/^set([A-Z])/, (_, c: string) => c.toLowerCase());
      ctx.report({
        at: s.valueRange,
        messageId: 'debuggable',
        data: { key },
        fixes: [{ title: `Set ${key} to false`, kind: 'safe', edits: [ctx.fix.replace(s.valueRange, 'false')] }],
      });
    },
  },
});
