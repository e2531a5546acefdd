// Rule: the release build type signed with the debug signing config.
import { defineRule, type FileInfo } from '../../server/src/engine/rule';
import type { GradleSetting } from '../../server/src/parsing/gradle';

const DEBUG_CONFIG = /^(?:android\.)?signingConfigs(?:\.debug|\.getByName\(\s*["']debug["']\s*\)|\.named\(\s*["']debug["']\s*\)\.get\(\)|\[\s*["']debug["']\s*\]|\.maybeCreate\(\s*["']debug["']\s*\))$/;

interface State {
  hasReleaseConfig: boolean;
  hits: GradleSetting[];
}
const states = new WeakMap<FileInfo, State>();

const isReleaseType = (path: string[]) => {
  const n = path.length;
  return n >= 2 && path[n - 1] === 'release' && path[n - 2] === 'buildTypes';
};

export default defineRule({
  id: 'gradle-release-debug-signing',
  meta: {
    title: 'Release build signed with the debug key',
    description: 'Flags a release build type whose signingConfig is the debug signing config.',
    severity: 'high',
    messages: {
      debugSigned:
        'The release build is signed with the debug key, which is public (every Android SDK has one) and lets anyone ship a look-alike update of the app; sign release builds with your own upload key, loaded from CI secrets or an untracked keystore.properties.',
    },
    tags: {
      cwe: [347],
      masvs: ['MASVS-RESILIENCE-2'],
      owaspMobile2024: ['M7', 'M2'],
      maswe: ['app-integrity'],
      ituBp: ['DI-3'],
    },
    fix: 'suggestion',
    files: ['gradle', 'gradle-kts'],
  },
  on: {
    gradleBlock(block, ctx) {
      if (block.name === 'release' && block.path[block.path.length - 1] === 'signingConfigs') {
        const s = states.get(ctx.file) ?? { hasReleaseConfig: false, hits: [] };
        s.hasReleaseConfig = true;
        states.set(ctx.file, s);
      }
    },
    gradleSetting(setting, ctx) {
      if (!/^(signingConfig|setSigningConfig)$/.test(setting.key) || !isReleaseType(setting.path)) return;
      if (!DEBUG_CONFIG.test(setting.value.replace(/\s+/g, ''))) return;
      const s = states.get(ctx.file) ?? { hasReleaseConfig: false, hits: [] };
      s.hits.push(setting);
      states.set(ctx.file, s);
    },
    file(file, ctx) {
      const s = states.get(file);
      states.delete(file);
      if (!s) return;
      const replacement = file.kind === 'gradle-kts' ? 'signingConfigs.getByName("release")' : 'signingConfigs.release';
      for (const hit of s.hits) {
        // Only offer the switch when the file declares a release signing config to switch to.
        const fixes = s.hasReleaseConfig
          ? [{ title: 'Sign with the release signing config', kind: 'suggestion' as const, edits: [ctx.fix.replace(hit.valueRange, replacement)] }]
          : [];
        ctx.report({ at: hit.valueRange, messageId: 'debugSigned', fixes });
      }
    },
  },
});
