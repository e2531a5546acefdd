// Rule: SQLite tables and Room entities with credential or account columns in an app without database encryption.
import type { Node } from 'web-tree-sitter';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import { secretName } from '../storage-log-sensitive/rule';

type Msg = 'column' | 'entityField';

const label = (term: string) => (term.length <= 4 && !term.includes(' ') ? `a ${term.toUpperCase()}` : `the ${term}`);

/** Database encryption is known to be present (SQLCipher, SupportFactory) in the project or this file. */
function encryptedDb(ctx: RuleContext<Msg>): boolean | undefined {
  if (/net\.sqlcipher|net\.zetetic|SupportOpenHelperFactory|SupportFactory|encryptionKey\s*\(/.test(ctx.file.text)) return true;
  const deps = ctx.project.dependencies;
  const markers = ctx.project.markers;
  if (deps === undefined && markers === undefined) return undefined;
  if (deps?.some((d) => /sqlcipher|zetetic|realm/i.test(d))) return true;
  if (markers && (markers.has('SupportFactory') || markers.has('SupportOpenHelperFactory'))) return true;
  return false;
}

/** Column names declared in a CREATE TABLE statement. */
function columns(sql: string): string[] {
  const m = /CREATE\s+(?:TEMP\w*\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?[\w"`]+\s*\(([\s\S]*)\)/i.exec(sql);
  if (!m) return [];
  return m[1].split(',').map((c) => c.trim().split(/\s+/)[0]?.replace(/["`[\]]/g, '') ?? '').filter((c) => c && !/^(PRIMARY|FOREIGN|UNIQUE|CHECK|CONSTRAINT)$/i.test(c));
}

function hasEntityAnnotation(cls: Node): boolean {
  const mods = cls.namedChildren.find((c) => c?.type === 'modifiers');
  return !!mods && /@Entity\b/.test(mods.text);
}

export default defineRule({
  id: 'storage-sqlite-plaintext',
  meta: {
    title: 'Credential or account columns in an unencrypted database',
    description: 'Flags CREATE TABLE statements and Room @Entity fields named like PINs, passwords, tokens, card or account numbers when the project has no database encryption (SQLCipher).',
    severity: 'info',
    messages: {
      column: 'Column "{{name}}" stores {{term}} in a plain SQLite file; file-based encryption only protects a powered-off device. Encrypt the field with a Keystore-backed key, or the database with SQLCipher (key from the Keystore).',
      entityField: 'Room entity field "{{name}}" stores {{term}} in a plain SQLite file; encrypt the field with a Keystore-backed key, or the database with SQLCipher (key from the Keystore).',
    },
    tags: {
      cwe: [312, 311],
      masvs: ['MASVS-STORAGE-1'],
      owaspMobile2024: ['M9'],
      maswe: ['data-unencrypted-private-storage'],
      ituBp: ['DH-1'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
    kind: 'heuristic',
    enabledByDefault: false,
    precision: 'low',
  },
  on: {
    call(call, ctx) {
      if (call.name !== 'execSQL' || !call.args[0]) return;
      const sql = ctx.constString(call.args[0].node);
      if (!sql) return;
      const hits = columns(sql).map((c) => ({ c, m: secretName(c) })).filter((h) => h.m);
      if (hits.length === 0 || encryptedDb(ctx) !== false) return;
      const h = hits.find((x) => x.m!.critical) ?? hits[0];
      ctx.report({ at: call.args[0].node, messageId: 'column', data: { name: h.c, term: label(h.m!.term) } });
    },
    class(cls, ctx) {
      if (!hasEntityAnnotation(cls.node) || encryptedDb(ctx) !== false) return;
      // Kotlin primary-constructor properties and Java/Kotlin fields of the entity.
      const names: Node[] = [];
      for (const p of cls.node.descendantsOfType(['class_parameter', 'variable_declarator', 'property_declaration'])) {
        if (!p) continue;
        const id = p.type === 'variable_declarator' ? p.childForFieldName('name') : p.type === 'class_parameter' ? p.namedChildren.find((c) => c?.type === 'identifier') : p.namedChildren.find((c) => c?.type === 'variable_declaration')?.namedChildren[0];
        if (id) names.push(id);
      }
      for (const id of names) {
        const m = secretName(id.text);
        if (!m) continue;
        const decl = id.parent?.parent?.text ?? '';
        if (/encrypt|cipher|hash/i.test(id.text) || /TypeConverters?\s*\(\s*\w*(Encrypt|Cipher)/.test(decl)) continue;
        ctx.report({ at: id, messageId: 'entityField', data: { name: id.text, term: label(m.term) } });
      }
    },
  },
});
