// Rule: payment-confirmation, PIN-entry, transfer and send-money activities that never call
// setHideOverlayWindows(true) (API 31+), so overlay malware can draw over the confirm button or PIN pad.
import { blockStatements } from '../../server/src/engine/ast';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import { splitWords } from '../../server/src/engine/sensitive';
import type { Fix } from '../../server/src/engine/types';
import type { ClassView } from '../../server/src/engine/view';

/** Words that make a screen a place where the customer confirms money movement or types a credential. */
const SCREEN_WORDS = new Set(['pin', 'mpin', 'upin', 'passcode', 'otp', 'transfer', 'transfers', 'payment', 'pay', 'checkout', 'withdraw', 'withdrawal', 'cashout', 'remittance', 'remit', 'payout']);
/** Words that make it a read-only or informational screen instead. */
const READ_ONLY_WORDS = new Set(['history', 'list', 'receipt', 'receipts', 'success', 'result', 'status', 'settings', 'help', 'faq', 'tutorial', 'intro', 'onboarding', 'info', 'statement', 'statements', 'report', 'reports', 'splash', 'reminder', 'reminders']);
const ACTIVITIES = new Set(['Activity', 'AppCompatActivity', 'ComponentActivity', 'FragmentActivity']);
const HIDES = /\bsetHideOverlayWindows\s*\(\s*true\s*\)/;

type Msg = 'missing';

function isConfirmationScreen(name: string): boolean {
  const words = splitWords(name);
  if (!words.includes('activity')) return false;
  if (words.some((w) => READ_ONLY_WORDS.has(w))) return false;
  if (words.includes('send') && words.includes('money')) return true;
  if (words.includes('confirm') || words.includes('confirmation')) return true;
  return words.some((w) => SCREEN_WORDS.has(w));
}

function onCreateFix(ctx: RuleContext<Msg>, cls: ClassView): Fix[] {
  const onCreate = cls.methods.find((m) => m.name === 'onCreate');
  if (!onCreate?.body) return [];
  const first = blockStatements(onCreate.body)[0];
  if (!first || !/^super\s*\.\s*onCreate\s*\(/.test(first.text)) return [];
  const indent = ctx.fix.indentOf(first);
  const line = cls.lang === 'java'
    ? 'if (android.os.Build.VERSION.SDK_INT >= 31) getWindow().setHideOverlayWindows(true);'
    : 'if (android.os.Build.VERSION.SDK_INT >= 31) window.setHideOverlayWindows(true)';
  return [{
    title: 'Hide non-system overlays on this window (API 31+, needs HIDE_OVERLAY_WINDOWS)',
    kind: 'suggestion',
    edits: [ctx.fix.insertAfter(first, `\n${indent}${line}`)],
  }];
}

export default defineRule({
  id: 'dfs-overlay-hide-windows',
  meta: {
    title: 'Payment confirmation or PIN screen does not hide overlay windows',
    description: 'Flags payment-confirmation, PIN-entry, transfer and send-money activities that never call window.setHideOverlayWindows(true), so overlay malware can cover or mimic the screen.',
    severity: 'low',
    messages: {
      missing: '{{name}} confirms a payment or takes a PIN but never calls setHideOverlayWindows(true): banking trojans draw overlays over the PIN pad or the confirm button to steal the PIN or trick the customer into approving a transfer; call window.setHideOverlayWindows(true) in onCreate under Build.VERSION.SDK_INT >= 31 and declare <uses-permission android:name="android.permission.HIDE_OVERLAY_WINDOWS"/> in the manifest.',
    },
    tags: {
      cwe: [1021],
      masvs: ['MASVS-PLATFORM-3'],
      owaspMobile2024: ['M8'],
      maswe: ['tapjacking-attacks'],
      ituBp: ['UA-2'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
    dfsSpecific: true,
    kind: 'heuristic',
  },
  on: {
    class(cls, ctx) {
      if (!cls.name || !cls.nameNode || !cls.body || !isConfirmationScreen(cls.name)) return;
      const supers = cls.supertypes;
      const markers = ctx.project.markers;
      if (!supers.some((s) => ACTIVITIES.has(s))) {
        // A project base activity may hide overlays for every screen: only report when the project never calls it.
        const base = supers.find((s) => /Activity$/.test(s));
        if (!base || markers === undefined || markers.has('setHideOverlayWindows')) return;
      }
      if (HIDES.test(cls.body.text)) return;
      // A base class in the same file that hides overlays.
      for (const other of cls.node.tree.rootNode.descendantsOfType(['class_declaration'])) {
        const name = other?.childForFieldName('name')?.text ?? other?.namedChildren.find((c) => c?.type === 'type_identifier' || c?.type === 'identifier')?.text;
        if (other && name && supers.includes(name) && HIDES.test(other.text)) return;
      }
      ctx.report({ at: cls.nameNode, messageId: 'missing', data: { name: cls.name }, fixes: onCreateFix(ctx, cls) });
    },
  },
});
