// Rule: buildConfigField / resValue entries that put a secret-looking literal into the APK.
import { defineRule } from '../../server/src/engine/rule';
import { sensitiveName, splitWords } from '../../server/src/engine/sensitive';
import { gradleString } from '../../server/src/parsing/gradle';
import { offsetRange, splitTopLevel } from '../../server/src/project/dependencies';

/** Keys that are public by design (Firebase, Maps, crash-reporter DSNs) or not secrets at all. */
const PUBLIC_NAME = /maps|geo|firebase|google_app_id|gcm|sender|dsn|project_id|public|publishable|url|host|endpoint|path|version|flavor|enabled|timeout/i;
/** Secret formats that give themselves away whatever the name. */
const SECRET_FORMAT = /^(sk_live_|rk_live_|AKIA[0-9A-Z]{16}|ghp_|xox[bpa]-|-----BEGIN [A-Z ]*PRIVATE KEY)/;
const PLACEHOLDER = /^(|null|todo|changeme|dummy|placeholder|your[_ -].*|x+|\*+|<.*>|\$\{?[\w.]+\}?)$/i;

export default defineRule({
  id: 'gradle-buildconfig-secret',
  meta: {
    title: 'Secret compiled into BuildConfig or resources',
    description: 'Flags buildConfigField and resValue entries whose name or value looks like a secret and whose value is a literal.',
    severity: 'medium',
    messages: {
      secret:
        '"{{name}}" puts a secret into the APK ({{kind}}), where anyone can read it with apktool in a minute; keep real secrets (client secrets, signing or encryption keys) on your server and issue short-lived tokens to the app instead.',
    },
    tags: {
      cwe: [798],
      masvs: ['MASVS-AUTH-1'],
      owaspMobile2024: ['M1'],
      maswe: ['api-keys-hardcoded-app-package'],
      ituBp: ['DH-6'],
    },
    fix: 'guidance',
    files: ['gradle', 'gradle-kts'],
  },
  on: {
    gradleSetting(s, ctx) {
      if (s.key !== 'buildConfigField' && s.key !== 'resValue') return;
      const parts = splitTopLevel(s.value);
      if (parts.length !== 3) return;
      const name = gradleString(parts[1].text);
      const raw = gradleString(parts[2].text);
      if (name === undefined || raw === undefined) return;
      // buildConfigField values are Java source: `"\"abc\""` (or Groovy `'"abc"'`).
      let value = raw;
      if (s.key === 'buildConfigField') {
        const q = /^(?:\\"(.*)\\"|"(.*)")$/.exec(raw.trim());
        if (!q) return; // a number, a boolean, or an expression
        value = q[1] ?? q[2];
        if (/\\?"\s*\+|\+\s*\\?"/.test(value)) return;
      }
      value = value.trim();
      if (PLACEHOLDER.test(value) || /^https?:\/\//i.test(value) || value.length < 8) return;
      const byFormat = SECRET_FORMAT.test(value);
      const match = sensitiveName(name);
      const byName = match?.category === 'credential' && !PUBLIC_NAME.test(name) && !splitWords(name).includes('id');
      if (!byFormat && !byName) return;
      const start = s.valueStartOffset + parts[2].offset;
      ctx.report({
        at: offsetRange(ctx.file, start, start + parts[2].text.length),
        messageId: 'secret',
        data: { name, kind: s.key === 'buildConfigField' ? 'BuildConfig field' : 'generated resource' },
      });
    },
  },
});
