// Rule: PINs, tokens or account data written in plain text to files in internal storage (filesDir, cacheDir).
import { codeText, findAncestor } from '../../server/src/engine/ast';
import { defineRule } from '../../server/src/engine/rule';
import { secretName, secretValuesIn } from '../storage-log-sensitive/rule';

const WRITES = new Set(['write', 'writeText', 'writeBytes', 'appendText', 'appendBytes', 'writeUTF', 'writeObject', 'print', 'println', 'append']);
const INTERNAL = /\b(filesDir|getFilesDir|cacheDir|getCacheDir|noBackupFilesDir|getNoBackupFilesDir|dataDir|getDataDir|openFileOutput|getDir)\b/;
const PROTECTED = /encrypt|Cipher|EncryptedFile|seal|Tink|Aead/;

export default defineRule({
  id: 'storage-internal-file-unencrypted',
  meta: {
    title: 'Sensitive data in an unencrypted internal file',
    description: 'Flags writes of PINs, passwords, tokens, card or account numbers to files under filesDir or cacheDir (openFileOutput, FileOutputStream, FileWriter, writeText) without encryption.',
    severity: 'low',
    messages: {
      content: '{{name}} ({{term}}) is written in plain text to an internal file; it is exposed by backups, rooted or lost devices and any file-disclosure bug. Encrypt it with a Keystore-backed AES-GCM key, or do not store it.',
      fileName: 'The file "{{file}}" is named for {{term}} data and written in plain text to internal storage; encrypt its content with a Keystore-backed AES-GCM key, or do not store it.',
    },
    tags: {
      cwe: [312],
      masvs: ['MASVS-STORAGE-1'],
      owaspMobile2024: ['M9'],
      maswe: ['data-unencrypted-private-storage'],
      ituBp: ['DH-1'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      // Cheap name filters first: the enclosing function's text is only needed for candidate calls.
      const isOpen = call.name === 'openFileOutput' && call.args.length > 0;
      if (!isOpen && (!WRITES.has(call.name) || !call.receiver)) return;
      const fn = findAncestor(call.node, ['method_declaration', 'constructor_declaration', 'function_declaration']);
      const body = fn ? codeText(fn) : '';
      if (isOpen) {
        const file = ctx.constString(call.args[0].node);
        const match = file !== undefined ? secretName(file.replace(/\.\w+$/, '')) : undefined;
        if (match && !PROTECTED.test(body)) ctx.report({ at: call.args[0].node, messageId: 'fileName', data: { file: file!, term: match.term.length <= 4 ? match.term.toUpperCase() : match.term } });
        return;
      }
      if (!WRITES.has(call.name) || !call.receiver) return;
      if (/^System\.(out|err)$|^(Log|Timber)$/.test(call.receiverText ?? '')) return;
      if (!INTERNAL.test(body) || PROTECTED.test(body) || /getExternal|externalCacheDir|Environment\./.test(body)) return;
      const hits = call.args.flatMap((a) => secretValuesIn(a.node));
      const hit = hits.find((h) => h.match.critical) ?? hits[0];
      if (!hit) return;
      const name = hit.range ? hit.node.text.slice(hit.range.start.character - hit.node.startPosition.column + 1, hit.range.end.character - hit.node.startPosition.column) : hit.node.text;
      ctx.report({ at: hit.range ?? hit.node, messageId: 'content', data: { name, term: hit.match.term.length <= 4 ? hit.match.term.toUpperCase() : hit.match.term } });
    },
  },
});
