// Rule: File.createTempFile for statements, receipts, PINs or account data in shared external storage.
import type { Node } from 'web-tree-sitter';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import { sensitiveName, splitWords } from '../../server/src/engine/sensitive';
import type { Fix } from '../../server/src/engine/types';
import { localInitializer } from '../ipc-broadcast-no-permission/intents';
import { secretValuesIn } from '../storage-log-sensitive/rule';

/** Directories other apps (or anyone with a USB cable) can read. */
const SHARED_DIR = /\b(getExternalStorageDirectory|getExternalStoragePublicDirectory|getExternalCacheDir|getExternalCacheDirs|getExternalFilesDir|getExternalFilesDirs|externalCacheDir|externalCacheDirs|getExternalMediaDirs|externalMediaDirs)\b|\bDIRECTORY_(DOWNLOADS|DOCUMENTS|PICTURES|DCIM)\b|"\/(sdcard|storage\/emulated)\b/;
/** Words of DFS documents in a temp-file prefix: `statement_`, `receipt`, `kyc-id`. */
const DOCUMENT_WORDS = new Set(['statement', 'statements', 'receipt', 'receipts', 'transaction', 'transactions', 'txn', 'kyc', 'invoice', 'payslip', 'ledger', 'export', 'backup', 'wallet', 'card', 'passport', 'selfie', 'id']);

type Msg = 'temp';

function sensitiveLabel(ctx: RuleContext<Msg>, arg: Node | undefined): string | undefined {
  if (!arg) return undefined;
  const literal = ctx.constString(arg);
  if (literal !== undefined) {
    const match = sensitiveName(literal);
    if (match) return match.term;
    const doc = splitWords(literal).find((w) => DOCUMENT_WORDS.has(w));
    return doc;
  }
  return secretValuesIn(arg)[0]?.match.term;
}

/** `externalCacheDir` → `cacheDir`, `ctx.getExternalCacheDir()` → `ctx.getCacheDir()`: the app-private cache. */
function privateCacheFix(ctx: RuleContext<Msg>, dir: Node): Fix[] {
  const text = dir.text;
  const replaced = text
    .replace(/\bexternalCacheDir\b(?!s)/, 'cacheDir')
    .replace(/\bgetExternalCacheDir\(\)/, 'getCacheDir()');
  if (replaced === text || /externalCacheDir|getExternalCacheDir/.test(replaced)) return [];
  return [{ title: 'Create the temporary file in the app-private cache directory', kind: 'suggestion', edits: [ctx.fix.replace(dir, replaced)] }];
}

export default defineRule({
  id: 'storage-temp-file',
  meta: {
    title: 'Temporary file with sensitive data in shared storage',
    description: 'Flags File.createTempFile calls that put statements, receipts, KYC documents, PIN or account data in external (shared) storage.',
    severity: 'low',
    messages: {
      temp: 'This temporary {{what}} file is created in shared external storage ({{dir}}), where other apps with storage access, backups and USB connections can read it and it outlives the session; create it in context.cacheDir (app-private) and delete it after use.',
    },
    tags: {
      cwe: [377, 379],
      masvs: ['MASVS-STORAGE-2'],
      owaspMobile2024: ['M9'],
      maswe: ['data-unencrypted-shared-storage-no-user-interaction'],
      ituBp: ['DH-3', 'DH-4'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (call.name !== 'createTempFile') return;
      if (call.receiverName !== 'File' && !(call.lang === 'kotlin' && !call.receiver)) return;
      const named = (n: string) => call.args.find((a) => a.name === n);
      const prefix = named('prefix') ?? call.args.find((a) => !a.name);
      const directory = named('directory') ?? (call.args.every((a) => !a.name) ? call.args[2] : undefined);
      if (!directory) return; // the default temp dir (java.io.tmpdir) is app-private on Android
      const dirNode = directory.node.type === 'identifier' ? (localInitializer(directory.node) ?? directory.node) : directory.node;
      const dirMatch = SHARED_DIR.exec(dirNode.text);
      if (!dirMatch) return;
      const what = sensitiveLabel(ctx, prefix?.node) ?? sensitiveLabel(ctx, (named('suffix') ?? call.args.filter((a) => !a.name)[1])?.node);
      if (!what) return;
      const label = what === 'txn' ? 'transaction' : what.length <= 4 && what !== 'card' ? what.toUpperCase() : what;
      const fixes = dirNode === directory.node ? privateCacheFix(ctx, directory.node) : [];
      ctx.report({ at: directory.node, messageId: 'temp', data: { what: label, dir: dirMatch[0] }, fixes });
    },
  },
});
