// Rule: dependency versions that float (`1.+`, `+`, `latest.release`, open ranges).
import { defineRule } from '../../server/src/engine/rule';
import { parseGradle } from '../../server/src/parsing/gradle';
import { catalogsFromModel } from '../../server/src/project/catalog';
import { dependencyDeclarations, isTestConfiguration, offsetRange } from '../../server/src/project/dependencies';

/** `+`, `1.+`, `latest.release`, `latest.integration`, `[1.0,)`, `(,2.0]`-style open ranges. */
const DYNAMIC = /(^|\.)\+$|^latest\.(release|integration|milestone)$|^[[(][^,\]]*,\s*[)\]]$/;

export default defineRule({
  id: 'gradle-dynamic-version',
  meta: {
    title: 'Dependency version floats (+, latest.release)',
    description: 'Flags Gradle dependencies whose version is dynamic (+, 1.+, latest.release or an open range), so each build may pull different code.',
    severity: 'medium',
    messages: {
      dynamic:
        '"{{version}}" lets every build pull whatever was published last, so a hijacked or malicious release of {{module}} flows straight into the wallet unreviewed; pin an exact version and update it on purpose (Dependabot or Renovate).',
    },
    tags: {
      cwe: [1357, 829],
      masvs: ['MASVS-CODE-3'],
      owaspMobile2024: ['M2'],
      maswe: ['dependencies-with-known-vulnerabilities'],
      ituBp: ['AD-2'],
    },
    fix: 'guidance',
    files: ['gradle', 'gradle-kts'],
  },
  on: {
    file(file, ctx) {
      const doc = parseGradle(file.text);
      for (const d of dependencyDeclarations(doc, catalogsFromModel(ctx.project.catalogLibraries))) {
        if (isTestConfiguration(d.configuration)) continue;
        for (const c of d.coordinates) {
          const version = c.version ?? rawVersion(d.value);
          if (!version || !DYNAMIC.test(version)) continue;
          const at = c.versionOffsets
            ? offsetRange(file, c.versionOffsets.start, c.versionOffsets.end)
            : offsetRange(file, d.valueOffset, d.valueOffset + d.value.length);
          ctx.report({ at, messageId: 'dynamic', data: { version, module: `${c.group}:${c.name}` } });
        }
      }
    },
  },
});

/** The version part of a single literal coordinate, even when it is not a plain version. */
function rawVersion(value: string): string | undefined {
  return /^["']([^"':]+):([^"':]+):([^"'@]+)/.exec(value.trim())?.[3];
}
