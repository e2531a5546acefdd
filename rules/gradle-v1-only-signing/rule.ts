// Rule: a signing config that turns APK Signature Scheme v2 off without v3, leaving only v1 (JAR) signing.
import { defineRule, type FileInfo } from '../../server/src/engine/rule';
import { gradleBoolean, type GradleSetting } from '../../server/src/parsing/gradle';

const V2 = /^(enableV2Signing|v2SigningEnabled|isV2SigningEnabled|setEnableV2Signing|setV2SigningEnabled)$/;
const V3 = /^(enableV3Signing|setEnableV3Signing)$/;
const MIN_SDK = /^(minSdk|minSdkVersion)$/;

interface State {
  v2Off: GradleSetting[];
  v3On: Set<string>;
  minSdk?: number;
}
const states = new WeakMap<FileInfo, State>();
const stateOf = (f: FileInfo) => {
  let s = states.get(f);
  if (!s) states.set(f, (s = { v2Off: [], v3On: new Set() }));
  return s;
};

export default defineRule({
  id: 'gradle-v1-only-signing',
  meta: {
    title: 'APK signed with v1 (JAR) signing only',
    description: 'Flags signing configs that disable APK Signature Scheme v2 without enabling v3, so the APK carries only the weak v1 (JAR) signature.',
    severity: 'medium',
    messages: {
      v1Only:
        'With v2 signing off (and no v3), the APK carries only the JAR signature, which does not cover the whole file: on Android 5-8 a modified APK can still pass as your update (Janus, CVE-2017-13156); set {{key}} to true.',
    },
    tags: {
      cwe: [347],
      masvs: ['MASVS-RESILIENCE-2'],
      owaspMobile2024: ['M7'],
      maswe: ['app-integrity'],
      ituBp: ['DI-3'],
    },
    fix: 'safe',
    files: ['gradle', 'gradle-kts'],
  },
  on: {
    gradleSetting(s, ctx) {
      const st = stateOf(ctx.file);
      const config = s.path.join('/');
      if (V2.test(s.key) && s.path.includes('signingConfigs') && gradleBoolean(s.value) === false) st.v2Off.push(s);
      else if (V3.test(s.key) && gradleBoolean(s.value) === true) st.v3On.add(config);
      else if (MIN_SDK.test(s.key) && s.path[s.path.length - 1] === 'defaultConfig' && /^\d+$/.test(s.value.trim())) st.minSdk = Number(s.value.trim());
    },
    file(file, ctx) {
      const st = states.get(file);
      states.delete(file);
      if (!st) return;
      // At minSdk 24+ every device verifies v2/v3 and the v1 question does not arise.
      const minSdk = st.minSdk ?? ctx.project.minSdk;
      if (minSdk !== undefined && minSdk >= 24) return;
      for (const s of st.v2Off) {
        if (st.v3On.has(s.path.join('/'))) continue;
        const key = s.key.replace(/^set([A-Z])/, (_, c: string) => c.toLowerCase());
        ctx.report({
          at: s.valueRange,
          messageId: 'v1Only',
          data: { key },
          fixes: [{ title: `Set ${key} to true`, kind: 'safe', edits: [ctx.fix.replace(s.valueRange, 'true')] }],
        });
      }
    },
  },
});
