// Rule: backup / data-extraction rules that include credential files by name, include a whole private
// domain (root, files, databases, shared prefs) with no <exclude>, or leave a section empty (= everything).
import { defineRule } from '../../server/src/engine/rule';
import { sensitiveName, splitWords } from '../../server/src/engine/sensitive';
import type { XmlElement } from '../../server/src/parsing/xml';

/** Private domains whose whole content typically holds tokens, keys and transaction databases. */
const PRIVATE_DOMAINS = new Set(['root', 'file', 'database', 'sharedpref', 'device_root', 'device_file', 'device_database', 'device_sharedpref']);
const BROAD_PATHS = new Set(['', '.', '/', './']);
/** Plural and storage words the identifier dictionary does not cover, for file names. */
const EXTRA_WORDS = new Set(['tokens', 'secrets', 'keys', 'keystore', 'passwords', 'pins']);
const SECTIONS = new Set(['cloud-backup', 'device-transfer', 'cross-platform-transfer']);

/** The credential a file path names (`auth_token.xml`, `pin_store.db`), if any. */
function credentialIn(path: string): string | undefined {
  const stem = path.replace(/\.(xml|db|json|bin|dat|txt|preferences_pb)$/i, '');
  const match = sensitiveName(stem);
  if (match?.category === 'credential') return match.term;
  return splitWords(stem).find((w) => EXTRA_WORDS.has(w));
}

/** The section an <include>/<exclude> belongs to: the <full-backup-content> root or a data-extraction section. */
function sectionLabel(section: XmlElement): string {
  return section.name === 'full-backup-content' ? 'full-backup-content' : `<${section.name}>`;
}

export default defineRule({
  id: 'backup-rules-include-sensitive',
  meta: {
    title: 'Backup rules copy tokens, keys or whole private storage',
    description: 'Flags backup and data-extraction rules that include credential files by name, include a whole private domain without any <exclude>, or leave a section empty so everything is copied.',
    severity: 'medium',
    messages: {
      sensitive: 'These backup rules copy "{{path}}", whose name says it holds credentials ({{term}}); restored on another phone it can give that phone the customer\'s session or keys. Remove it from {{section}} and add <exclude domain="{{domain}}" path="{{path}}"/> to both <cloud-backup> and <device-transfer>.',
      broad: 'This <include> copies the whole "{{domain}}" domain in {{section}} and nothing is excluded from it, so session tokens, key material and transaction databases go to the cloud backup or the new phone; add <exclude> entries for them (in both <cloud-backup> and <device-transfer>) or include only the files you need.',
      everything: '{{section}} has no <include> or <exclude>, so all app data (tokens, databases, preferences) is copied; exclude credential and transaction files, or include only what the user needs restored.',
    },
    tags: {
      cwe: [212, 530],
      masvs: ['MASVS-STORAGE-2'],
      owaspMobile2024: ['M9'],
      maswe: ['data-not-excluded-backup'],
      ituLab: ['T1.1'],
    },
    fix: 'suggestion',
    files: ['res-xml'],
  },
  on: {
    xmlElement(el, ctx) {
      const root = ctx.xml?.root;
      if (!root || (root.name !== 'full-backup-content' && root.name !== 'data-extraction-rules')) return;
      const isSection = (e: XmlElement) => (root.name === 'full-backup-content' ? e === root : e.parent === root && SECTIONS.has(e.name));

      if (isSection(el)) {
        const rules = el.children.filter((c) => c.name === 'include' || c.name === 'exclude');
        if (rules.length === 0) ctx.report({ at: el.nameRange, messageId: 'everything', severity: 'low', data: { section: sectionLabel(el) } });
        return;
      }
      if (el.name !== 'include' || !el.parent || !isSection(el.parent)) return;
      const section = el.parent;
      const domain = el.attr('domain')?.value?.trim() ?? '';
      const pathAttr = el.attr('path');
      const path = pathAttr?.value?.trim() ?? '';
      const data = { domain, path, section: sectionLabel(section) };

      const term = path ? credentialIn(path.split('/').pop() ?? path) : undefined;
      if (pathAttr && term) {
        // Dropping the line keeps the section in include mode only if another <include> remains.
        const others = section.children.filter((c) => c.name === 'include' && c !== el);
        const fixes =
          others.length > 0
            ? [{ title: `Stop backing up ${path}`, kind: 'suggestion' as const, edits: [ctx.fix.removeLines(el)] }]
            : [];
        ctx.report({ at: pathAttr, messageId: 'sensitive', data: { ...data, term }, fixes });
        return;
      }
      if (!PRIVATE_DOMAINS.has(domain) || !BROAD_PATHS.has(path)) return;
      const base = domain.replace(/^device_/, '');
      const excluded = section.children.some((c) => {
        if (c.name !== 'exclude') return false;
        const d = (c.attr('domain')?.value?.trim() ?? '').replace(/^device_/, '');
        return base === 'root' || d === base || d === 'root';
      });
      if (!excluded) ctx.report({ at: pathAttr ?? el.nameRange, messageId: 'broad', data });
    },
  },
});
