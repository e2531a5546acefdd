// Rule: network-inspection libraries (Chucker, Flipper, Stetho) in configurations that ship in release.
import { defineRule } from '../../server/src/engine/rule';
import { parseGradle } from '../../server/src/parsing/gradle';
import { catalogsFromModel } from '../../server/src/project/catalog';
import { dependencyDeclarations, offsetRange, shipsInRelease } from '../../server/src/project/dependencies';

interface Tool {
  group: RegExp;
  name: RegExp;
  label: string;
}
const TOOLS: Tool[] = [
  { group: /^com\.github\.chuckerteam\.chucker$/i, name: /^library$/, label: 'Chucker' },
  { group: /^com\.readystatesoftware\.chuck$/, name: /^library$/, label: 'Chuck' },
  { group: /^com\.facebook\.flipper$/, name: /^flipper(-network-plugin|-leakcanary2-plugin|-fresco-plugin)?$/, label: 'Flipper' },
  { group: /^com\.facebook\.stetho$/, name: /^stetho(-okhttp3?|-urlconnection|-js-rhino)?$/, label: 'Stetho' },
];

export default defineRule({
  id: 'gradle-http-logging-release-deps',
  meta: {
    title: 'HTTP inspection library shipped in release builds',
    description: 'Flags Chucker, Flipper and Stetho declared in a configuration that ships in release (implementation, api, releaseImplementation) instead of debugImplementation.',
    severity: 'high',
    messages: {
      shipped:
        '{{tool}} is declared with {{configuration}}, so the release APK records full HTTP requests and responses (PINs, tokens, balances) where other apps, ADB or a desktop client can read them; declare it with debugImplementation and use the no-op artifact for release.',
    },
    tags: {
      cwe: [532],
      masvs: ['MASVS-STORAGE-2'],
      owaspMobile2024: ['M9', 'M6'],
      maswe: ['data-in-logs'],
      ituBp: ['DI-2'],
      figi: ['C118'],
    },
    fix: 'suggestion',
    files: ['gradle', 'gradle-kts'],
  },
  on: {
    file(file, ctx) {
      const doc = parseGradle(file.text);
      for (const d of dependencyDeclarations(doc, catalogsFromModel(ctx.project.catalogLibraries))) {
        if (d.buildscript || !shipsInRelease(d.configuration)) continue;
        const tool = d.coordinates.map((c) => TOOLS.find((t) => t.group.test(c.group) && t.name.test(c.name))).find(Boolean);
        if (!tool) continue;
        const keyStart = d.at.startOffset;
        const keyRange = offsetRange(file, keyStart, keyStart + d.configuration.length);
        const replacement = d.configuration === 'implementation' ? 'debugImplementation' : undefined;
        ctx.report({
          at: keyRange,
          messageId: 'shipped',
          data: { tool: tool.label, configuration: d.configuration },
          fixes: replacement
            ? [{ title: 'Use debugImplementation (add the no-op artifact for release if code references it)', kind: 'suggestion', edits: [ctx.fix.replace(keyRange, replacement)] }]
            : [],
        });
      }
    },
  },
});
