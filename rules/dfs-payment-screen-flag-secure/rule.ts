// Rule: payment, PIN, OTP, transfer, statement, card and balance screens whose window never gets FLAG_SECURE,
// and clearFlags(FLAG_SECURE) anywhere.
import type { Node } from 'web-tree-sitter';
import { blockStatements } from '../../server/src/engine/ast';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import { splitWords } from '../../server/src/engine/sensitive';
import type { Fix } from '../../server/src/engine/types';
import type { ClassView } from '../../server/src/engine/view';
import { ownsLines } from '../dfs-sensitive-in-crash-report/support';

const SCREEN_WORDS = new Set(['payment', 'payments', 'pay', 'pin', 'otp', 'transfer', 'transfers', 'statement', 'statements', 'card', 'cards', 'balance', 'confirm', 'confirmation', 'checkout', 'withdraw', 'withdrawal', 'cvv', 'passcode', 'remittance', 'cashout']);
const ACTIVITIES = new Set(['Activity', 'AppCompatActivity', 'ComponentActivity', 'FragmentActivity']);
const DIALOGS = new Set(['DialogFragment', 'BottomSheetDialogFragment', 'AppCompatDialogFragment']);
const FRAGMENTS = new Set(['Fragment']);
const SETS_SECURE = /\b(setFlags|addFlags)\s*\([^;)]*FLAG_SECURE|SecureFlagPolicy\s*\.\s*SecureOn|\bsetSecure\s*\(\s*true/;

type Msg = 'missing' | 'cleared';

function isPaymentScreen(name: string): boolean {
  const words = splitWords(name);
  if (words.includes('send') && words.includes('money')) return true;
  return words.some((w) => SCREEN_WORDS.has(w));
}

function onCreateFix(ctx: RuleContext<Msg>, cls: ClassView): Fix[] {
  const onCreate = cls.methods.find((m) => m.name === 'onCreate');
  if (!onCreate?.body) return [];
  const stmts = blockStatements(onCreate.body);
  if (stmts.length === 0) return [];
  const imported = /^import\s+android\.view\.WindowManager\s*;?\s*$/m.test(ctx.file.text);
  const flag = imported ? 'WindowManager.LayoutParams.FLAG_SECURE' : 'android.view.WindowManager.LayoutParams.FLAG_SECURE';
  const line = cls.lang === 'java' ? `getWindow().setFlags(${flag}, ${flag});` : `window.setFlags(${flag}, ${flag})`;
  const first = stmts[0];
  const afterSuper = /^super\s*\.\s*onCreate\s*\(/.test(first.text);
  const anchor: Node = afterSuper ? first : first;
  const indent = ctx.fix.indentOf(anchor);
  const edit = afterSuper ? ctx.fix.insertAfter(anchor, `\n${indent}${line}`) : ctx.fix.insertBefore(anchor, `${line}\n${indent}`);
  return [{ title: 'Set FLAG_SECURE on the window in onCreate', kind: 'suggestion', edits: [edit] }];
}

export default defineRule({
  id: 'dfs-payment-screen-flag-secure',
  meta: {
    title: 'Payment or PIN screen without FLAG_SECURE',
    description: 'Flags payment, PIN, OTP, transfer, statement, card and balance activities and dialogs whose window never sets FLAG_SECURE, and any clearFlags(FLAG_SECURE).',
    severity: 'medium',
    messages: {
      missing: '{{name}} shows payment or credential data but never sets FLAG_SECURE: screenshots, screen recording, casting, the Recents thumbnail and screen-reading malware capture PINs, OTPs, balances and account numbers; call window.setFlags(FLAG_SECURE, FLAG_SECURE) in onCreate (or in a shared base class).',
      cleared: 'clearFlags(FLAG_SECURE) makes this window capturable again (screenshots, recording, Recents thumbnail); keep FLAG_SECURE on while payment or credential data is on screen.',
    },
    tags: {
      cwe: [200],
      masvs: ['MASVS-PLATFORM-3', 'MASVS-STORAGE-2'],
      owaspMobile2024: ['M6', 'M9'],
      maswe: ['data-leak-screenshots'],
      ituBp: ['DH-4'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
    dfsSpecific: true,
  },
  on: {
    class(cls, ctx) {
      if (!cls.name || !cls.nameNode || !cls.body || !isPaymentScreen(cls.name)) return;
      const supers = cls.supertypes;
      const isActivity = supers.some((s) => ACTIVITIES.has(s));
      const isDialog = supers.some((s) => DIALOGS.has(s));
      const isFragment = supers.some((s) => FRAGMENTS.has(s));
      const markers = ctx.project.markers;
      const noSecureAnywhere = markers !== undefined && !markers.has('FLAG_SECURE') && !markers.has('SecureOn');
      if (!isActivity && !isDialog && !isFragment) {
        // A project base class (BaseActivity, SecureActivity…): fine if it sets the flag in this file, by its name,
        // or possibly elsewhere; only report when the project has no FLAG_SECURE at all.
        const base = supers.find((s) => /Activity$|DialogFragment$|BottomSheet/.test(s));
        if (!base || !noSecureAnywhere || /^Secure/.test(base)) return;
      }
      if (isFragment && !noSecureAnywhere) return; // the hosting activity may set it
      if (SETS_SECURE.test(cls.body.text)) return;
      // A base class in the same file that sets it.
      const root = cls.node.tree.rootNode;
      for (const other of root.descendantsOfType(['class_declaration'])) {
        const name = other?.childForFieldName('name')?.text ?? other?.namedChildren.find((c) => c?.type === 'type_identifier' || c?.type === 'identifier')?.text;
        if (other && name && supers.includes(name) && SETS_SECURE.test(other.text)) return;
      }
      if (supers.some((s) => /^Secure/.test(s))) return;
      ctx.report({ at: cls.nameNode, messageId: 'missing', data: { name: cls.name }, fixes: isActivity ? onCreateFix(ctx, cls) : [] });
    },
    call(call, ctx) {
      if (call.name !== 'clearFlags' || !call.args.some((a) => /FLAG_SECURE$/.test(a.text))) return;
      const stmt = call.node.parent?.type === 'expression_statement' ? call.node.parent : (call.node.parent?.type === 'statements' || call.node.parent?.type === 'block') ? call.node : undefined;
      ctx.report({
        at: call.nameNode, messageId: 'cleared',
        fixes: stmt && ownsLines(stmt, ctx.file.text) ? [{ title: 'Remove clearFlags(FLAG_SECURE)', kind: 'suggestion', edits: [ctx.fix.removeLines(stmt)] }] : [],
      });
    },
  },
});
