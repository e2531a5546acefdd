// Rule: keystore and key passwords (and repository credentials) written as literals in Gradle files.
import { defineRule } from '../../server/src/engine/rule';
import { gradleString, type GradleSetting } from '../../server/src/parsing/gradle';

const SIGNING_KEYS = /^(storePassword|keyPassword|setStorePassword|setKeyPassword)$/;
const CREDENTIAL_KEYS = /^(password|setPassword)$/;

/** Values that are obviously not a real secret. */
const PLACEHOLDER = /^(|changeit|changeme|password|\*+|x+|todo|null|\$\{?[\w.]+\}?|<.*>|your[_-]?.*)$/i;

function envName(s: GradleSetting): string {
  const config = s.path[s.path.length - 1] ?? '';
  const key = s.key.replace(/^set/, '').replace(/^./, (c) => c.toLowerCase());
  if (CREDENTIAL_KEYS.test(s.key)) return 'REPOSITORY_PASSWORD';
  const prefix = /^(release|upload)$/i.test(config) || !config ? 'UPLOAD' : config.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
  return `${prefix}_${key === 'storePassword' ? 'STORE_PASSWORD' : 'KEY_PASSWORD'}`;
}

export default defineRule({
  id: 'gradle-hardcoded-signing-secret',
  meta: {
    title: 'Signing or repository password hard-coded in Gradle',
    description: 'Flags storePassword, keyPassword and repository credential passwords written as string literals in Gradle build files.',
    severity: 'high',
    messages: {
      signing:
        'The {{key}} of the signing key is written in the build file, so everyone with the repository (and its history) can sign builds as you; read it from an environment variable or an untracked keystore.properties and rotate the key if this was ever pushed.',
      credentials:
        'The repository password is written in the build file, so anyone with the repository can publish to or read from it; use Gradle credentials from ~/.gradle/gradle.properties or environment variables, and rotate it.',
    },
    tags: {
      cwe: [259, 798],
      masvs: ['MASVS-AUTH-1', 'MASVS-STORAGE-1'],
      owaspMobile2024: ['M1', 'M2'],
      maswe: ['api-keys-hardcoded-app-package'],
      ituBp: ['DH-6'],
    },
    fix: 'suggestion',
    files: ['gradle', 'gradle-kts'],
  },
  on: {
    gradleSetting(s, ctx) {
      const signing = SIGNING_KEYS.test(s.key) && s.path.includes('signingConfigs');
      const credentials = CREDENTIAL_KEYS.test(s.key) && s.path[s.path.length - 1] === 'credentials';
      if (!signing && !credentials) return;
      // The debug keystore's well-known password is not a secret.
      if (signing && s.path[s.path.length - 1] === 'debug') return;
      const value = gradleString(s.value);
      if (value === undefined || PLACEHOLDER.test(value.trim())) return;
      const env = envName(s);
      ctx.report({
        at: s.valueRange,
        messageId: signing ? 'signing' : 'credentials',
        data: { key: s.key.replace(/^set([A-Z])/, (_, c: string) => c.toLowerCase()) },
        fixes: [
          {
            title: `Read it from the ${env} environment variable`,
            kind: 'suggestion',
            edits: [ctx.fix.replace(s.valueRange, `System.getenv("${env}")`)],
          },
        ],
      });
    },
  },
});
