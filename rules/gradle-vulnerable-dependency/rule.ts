// Rule: dependencies on a bundled, dated list of vulnerable or withdrawn Android libraries.
import { defineRule } from '../../server/src/engine/rule';
import { parseGradle } from '../../server/src/parsing/gradle';
import { catalogsFromModel } from '../../server/src/project/catalog';
import { dependencyDeclarations, isTestConfiguration, offsetRange } from '../../server/src/project/dependencies';

/** Date of the advisory data below; shown in every message. Offline by design: no network look-ups. */
const LIST_DATE = '2025-11';

interface Advisory {
  group: string;
  name: RegExp;
  /** Versions strictly below this are affected; undefined: every version. */
  fixedIn?: string;
  /** Version the quick fix bumps to. */
  bumpTo?: string;
  why: string;
}

const ADVISORIES: Advisory[] = [
  {
    group: 'com.squareup.okhttp3',
    name: /^okhttp$/,
    fixedIn: '4.9.2',
    bumpTo: '4.12.0',
    why: 'OkHttp before 4.9.2 accepts certificates for the wrong host through OkHostnameVerifier (CVE-2021-0341); 3.x is not patched',
  },
  {
    group: 'com.squareup.okhttp',
    name: /^okhttp$/,
    why: 'OkHttp 2 is unmaintained (certificate-pinning bypass CVE-2016-2402 before 2.7.4, no later fixes); move to com.squareup.okhttp3:okhttp 4.12+',
  },
  {
    group: 'com.google.android.gms',
    name: /^play-services-safetynet$/,
    why: 'the SafetyNet Attestation API was shut down by Google; use the Play Integrity API with the verdict checked on your server',
  },
  {
    group: 'androidx.security',
    name: /^security-crypto(-ktx)?$/,
    why: 'androidx.security:security-crypto (EncryptedSharedPreferences, EncryptedFile) is deprecated and gets no more fixes; use a Keystore-backed AES-GCM wrapper',
  },
  {
    group: 'com.google.code.gson',
    name: /^gson$/,
    fixedIn: '2.8.9',
    bumpTo: '2.11.0',
    why: 'Gson before 2.8.9 can be driven into denial of service by crafted input (CVE-2022-25647)',
  },
  {
    group: 'org.bouncycastle',
    name: /^bcprov-jdk15on$/,
    why: 'bcprov-jdk15on stopped at 1.70 and misses later fixes (for example CVE-2024-29857, CVE-2024-30171); use bcprov-jdk18on 1.78 or later',
  },
  {
    group: 'org.bouncycastle',
    name: /^bcprov-jdk18on$/,
    fixedIn: '1.78',
    bumpTo: '1.78.1',
    why: 'Bouncy Castle before 1.78 has timing and denial-of-service flaws (CVE-2024-30171, CVE-2024-29857, CVE-2024-30172)',
  },
  {
    group: 'org.jsoup',
    name: /^jsoup$/,
    fixedIn: '1.15.3',
    bumpTo: '1.18.1',
    why: 'jsoup before 1.15.3 lets crafted HTML through its sanitizer (XSS, CVE-2022-36033)',
  },
  {
    group: 'org.apache.commons',
    name: /^commons-text$/,
    fixedIn: '1.10.0',
    bumpTo: '1.12.0',
    why: 'commons-text before 1.10.0 evaluates script and URL lookups in interpolated strings (Text4Shell, CVE-2022-42889)',
  },
  {
    group: 'commons-io',
    name: /^commons-io$/,
    fixedIn: '2.7',
    bumpTo: '2.16.1',
    why: 'commons-io before 2.7 allows path traversal in FileNameUtils.normalize (CVE-2021-29425)',
  },
  {
    group: 'org.apache.httpcomponents',
    name: /^httpclient$/,
    fixedIn: '4.5.13',
    bumpTo: '4.5.14',
    why: 'Apache HttpClient before 4.5.13 can send requests to the wrong host for malformed URIs (CVE-2020-13956)',
  },
];

/** Compares dotted numeric versions (`4.9.2` < `4.10.0`); qualifiers like `-alpha01` sort below the release. */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core, qualifier] = v.split(/[-+]/, 2);
    return { nums: core.split('.').map((x) => Number.parseInt(x, 10) || 0), qualifier };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < Math.max(x.nums.length, y.nums.length); i++) {
    const d = (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
    if (d !== 0) return d;
  }
  if (x.qualifier && !y.qualifier) return -1;
  if (!x.qualifier && y.qualifier) return 1;
  return 0;
}

/** A concrete version (not `1.+`, `latest.release`, a range or a template). */
const CONCRETE = /^\d+(\.\d+)*([-.][A-Za-z0-9.]+)?$/;

export default defineRule({
  id: 'gradle-vulnerable-dependency',
  meta: {
    title: 'Dependency with a known vulnerability or withdrawn API',
    description: 'Flags dependencies on a bundled, dated list of vulnerable or withdrawn libraries (old OkHttp, SafetyNet, security-crypto, Gson, Bouncy Castle …).',
    severity: 'medium',
    messages: {
      vulnerable: '{{coordinate}}: {{why}}; update to {{fixed}} or later (offline list of ' + LIST_DATE + ').',
      withdrawn: '{{coordinate}}: {{why}} (offline list of ' + LIST_DATE + ').',
    },
    tags: {
      cwe: [1395],
      masvs: ['MASVS-CODE-3'],
      owaspMobile2024: ['M2'],
      maswe: ['dependencies-with-known-vulnerabilities'],
      ituBp: ['AD-2'],
    },
    fix: 'suggestion',
    files: ['gradle', 'gradle-kts'],
  },
  on: {
    file(file, ctx) {
      const doc = parseGradle(file.text);
      for (const d of dependencyDeclarations(doc, catalogsFromModel(ctx.project.catalogLibraries))) {
        if (d.buildscript || isTestConfiguration(d.configuration)) continue;
        for (const c of d.coordinates) {
          if (c.platform) continue;
          const adv = ADVISORIES.find((a) => a.group === c.group && a.name.test(c.name));
          if (!adv) continue;
          const coordinate = `${c.group}:${c.name}${c.version ? `:${c.version}` : ''}`;
          const at = c.versionOffsets
            ? offsetRange(file, c.versionOffsets.start, c.versionOffsets.end)
            : offsetRange(file, d.valueOffset, d.valueOffset + d.value.length);
          if (!adv.fixedIn) {
            ctx.report({ at, messageId: 'withdrawn', data: { coordinate, why: adv.why } });
            continue;
          }
          // Unknown (`$okhttpVersion`), dynamic (`+`) or BOM-managed versions are not judged here.
          if (!c.version || !CONCRETE.test(c.version) || compareVersions(c.version, adv.fixedIn) >= 0) continue;
          const fixes = c.versionOffsets && adv.bumpTo
            ? [{ title: `Update to ${adv.bumpTo}`, kind: 'suggestion' as const, edits: [ctx.fix.replace(at, adv.bumpTo)] }]
            : [];
          ctx.report({ at, messageId: 'vulnerable', data: { coordinate, why: adv.why, fixed: adv.fixedIn }, fixes });
        }
      }
    },
  },
});
