// Rule: files placed on external (shared) storage; medium when the file name or written content is sensitive.
import type { Node } from 'web-tree-sitter';
import { enclosingFunction } from '../../server/src/engine/ast';
import { defineRule, type RuleContext, table } from '../../server/src/engine/rule';
import { splitWords } from '../../server/src/engine/sensitive';
import type { Range } from '../../server/src/engine/types';
import { secretName, secretValuesIn } from '../storage-log-sensitive/rule';

/** Shared storage, readable by other apps (with storage permission) on every API level. */
const PUBLIC_DIRS = new Set(['getExternalStorageDirectory', 'getExternalStoragePublicDirectory']);
/** App-specific external dirs: private from Android 11 (API 30), shared before. */
const APP_DIRS = table<{ java: string; kotlin: string }>({
  getExternalFilesDir: { java: 'getFilesDir()', kotlin: 'filesDir' },
  getExternalCacheDir: { java: 'getCacheDir()', kotlin: 'cacheDir' },
  externalCacheDir: { java: 'getCacheDir()', kotlin: 'cacheDir' },
  getExternalFilesDirs: { java: '', kotlin: '' },
  getExternalCacheDirs: { java: '', kotlin: '' },
});
/** File-name words that mark customer financial documents. */
const DOC_WORDS = new Set(['statement', 'statements', 'receipt', 'receipts', 'transaction', 'transactions', 'kyc', 'passport', 'selfie', 'invoice', 'payslip']);
const WRITES = /^(write|writeText|writeBytes|appendText|appendBytes|append|print|println|writeUTF|writeObject|compress|copyTo)$/;

/** `a PIN`, `an OTP`, `an account number`. */
function termLabel(term: string): string {
  const label = term.length <= 4 && !term.includes(' ') ? term.toUpperCase() : term;
  return `${/^[aeiouAEIOU]|^(OTP|MSISDN|IBAN|MPIN)$/.test(label) ? 'an' : 'a'} ${label}`;
}

type Msg = 'publicDir' | 'appDir' | 'sensitive';

function callName(n: Node): string | undefined {
  if (n.type === 'method_invocation') return n.childForFieldName('name')?.text;
  if (n.type === 'call_expression') return n.namedChildren[0]?.text.split('.').pop();
  if (n.type === 'object_creation_expression') return n.childForFieldName('type')?.text;
  return undefined;
}

function callArgs(n: Node): Node[] {
  const list = n.type === 'call_expression' ? n.namedChildren.find((c) => c?.type === 'value_arguments') : n.childForFieldName('arguments');
  return (list?.namedChildren ?? []).filter((c): c is Node => c !== null).map((a) => (a.type === 'value_argument' ? a.namedChildren.at(-1)! : a));
}

/** What makes this use sensitive: a sensitive file name next to the directory, or a secret written in the function. */
function sensitiveUse(node: Node, ctx: RuleContext<Msg>): string | undefined {
  // File(dir, "statement_$account.pdf"): the sibling arguments of the File constructor.
  let p = node.parent;
  while (p && (p.type === 'value_argument' || p.type === 'value_arguments' || p.type === 'argument_list')) p = p.parent;
  if (p && callName(p) === 'File') {
    for (const a of callArgs(p)) {
      if (a.id === node.id || a.startIndex <= node.startIndex && a.endIndex >= node.endIndex) continue;
      const name = ctx.constString(a) ?? a.text;
      const words = splitWords(name);
      const doc = words.find((w) => DOC_WORDS.has(w));
      if (doc) return `a ${doc} file`;
      const hit = secretValuesIn(a)[0];
      if (hit) return termLabel(hit.match.term);
      const literal = secretName(name.replace(/\.\w+$/, ''));
      if (literal) return termLabel(literal.term);
    }
  }
  const fn = enclosingFunction(node);
  if (!fn) return undefined;
  for (const c of fn.descendantsOfType(['method_invocation', 'call_expression'])) {
    if (!c || !WRITES.test(callName(c) ?? '')) continue;
    const hit = callArgs(c).flatMap((a) => secretValuesIn(a))[0];
    if (hit) return termLabel(hit.match.term);
  }
  return undefined;
}

function report(ctx: RuleContext<Msg>, name: string, nameNode: Node, whole: Node, args: Node[], lang: 'java' | 'kotlin'): void {
  const isPublic = PUBLIC_DIRS.has(name);
  if (!isPublic && ctx.project.minSdk !== undefined && ctx.project.minSdk >= 30) return;
  const range: Range = {
    start: { line: nameNode.startPosition.row, character: nameNode.startPosition.column },
    end: { line: whole.endPosition.row, character: whole.endPosition.column },
  };
  const why = sensitiveUse(whole, ctx);
  const replacement = APP_DIRS[name]?.[lang];
  const fixable = replacement && (args.length === 0 || (args.length === 1 && args[0].text === 'null'));
  const fixes = fixable
    ? [{ title: `Use internal storage (${replacement})`, kind: 'suggestion' as const, edits: [ctx.fix.replace(range, replacement)] }]
    : [];
  if (why) ctx.report({ at: range, messageId: 'sensitive', data: { what: why }, severity: 'medium', fixes });
  else ctx.report({ at: range, messageId: isPublic ? 'publicDir' : 'appDir', fixes });
}

export default defineRule({
  id: 'storage-external-write',
  meta: {
    title: 'Data written to external storage',
    description: 'Flags files placed under getExternalStorageDirectory, getExternalStoragePublicDirectory, getExternalFilesDir or the external cache; medium when the file name or the written data is sensitive.',
    severity: 'low',
    messages: {
      publicDir: 'Shared external storage is readable and writable by other apps (with storage permission) and survives uninstall; keep app data in filesDir, and let the user export documents with ACTION_CREATE_DOCUMENT.',
      appDir: 'App-specific external storage is readable by other apps before Android 11 and on removable media; keep app data in filesDir/cacheDir unless it is meant to be shared.',
      sensitive: 'This external-storage location receives {{what}}; other apps can read or replace it (and it survives uninstall on shared storage). Keep it in filesDir, encrypted, or let the user export it with ACTION_CREATE_DOCUMENT.',
    },
    tags: {
      cwe: [922, 312],
      masvs: ['MASVS-STORAGE-1'],
      owaspMobile2024: ['M9'],
      maswe: ['data-unencrypted-shared-storage-no-user-interaction'],
      ituLab: ['T2.1'],
      ituBp: ['DH-3'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (call.viaProperty) return;
      if (PUBLIC_DIRS.has(call.name) && call.receiverName !== 'Environment') return;
      if (!PUBLIC_DIRS.has(call.name) && !(call.name in APP_DIRS)) return;
      report(ctx, call.name, call.nameNode, call.node, call.args.map((a) => a.node), call.lang);
    },
    member(member, ctx) {
      if (member.name !== 'externalCacheDir') return;
      report(ctx, member.name, member.nameNode, member.node, [], member.lang);
    },
  },
});
