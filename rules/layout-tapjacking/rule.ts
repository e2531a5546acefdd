// Rule: payment-confirming buttons and PIN pads in layouts that accept touches while another app's
// window covers them (no filterTouchesWhenObscured on the view or a parent).
import { defineRule } from '../../server/src/engine/rule';
import { splitWords } from '../../server/src/engine/sensitive';
import type { XmlElement } from '../../server/src/parsing/xml';

/** Words that alone name a money-moving action. */
const ACTIONS = new Set(['pay', 'payment', 'payments', 'transfer', 'withdraw', 'withdrawal', 'checkout', 'purchase', 'cashout', 'topup', 'remit', 'remittance', 'disburse', 'authorize', 'authorise', 'approve']);
const ACTION_PAIRS = [['cash', 'out'], ['top', 'up'], ['send', 'money']];
/** Generic confirmations that count only next to a financial word. */
const CONFIRMS = new Set(['confirm', 'send', 'submit', 'proceed', 'ok']);
/** Buttons that navigate or cancel rather than move money (`btn_payment_history`, `btn_cancel_transfer`). */
const NON_ACTIONS = new Set(['history', 'list', 'details', 'detail', 'view', 'settings', 'setting', 'methods', 'method', 'options', 'info', 'help', 'receipt', 'receipts', 'status', 'report', 'reports', 'statement', 'statements', 'cancel', 'back', 'close', 'share', 'download', 'edit']);
const FINANCIAL = new Set(['transaction', 'txn', 'money', 'amount', 'funds', 'pin', 'mpin', 'order']);
const PADS = new Set(['pad', 'keypad', 'keyboard', 'numpad']);
const BUTTON = /(^|\.)(AppCompat|Material)?(Image)?Button$|(^|\.)(Extended)?FloatingActionButton$/;

/** Code-side protections anywhere in the project (the loader records names it sees). */
const CODE_MARKERS = ['setFilterTouchesWhenObscured', 'filterTouchesWhenObscured', 'onFilterTouchEventForSecurity', 'FLAG_WINDOW_IS_OBSCURED', 'FLAG_WINDOW_IS_PARTIALLY_OBSCURED'];

const simpleName = (el: XmlElement) => el.name.slice(el.name.lastIndexOf('.') + 1);

/** `@+id/btn_confirm_payment` → `btn_confirm_payment`; literal text as is; undefined for bindings and attrs. */
function nameOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (v.startsWith('@{') || v.startsWith('?')) return undefined;
  const m = /^@(?:\+)?(?:[\w.]+:)?\w+\/([\w.]+)$/.exec(v);
  return m ? m[1] : v.startsWith('@') ? undefined : v;
}

function hasPair(words: string[], pairs: string[][]): boolean {
  return pairs.some(([a, b]) => words.some((w, i) => w === a && words[i + 1] === b));
}

/** Why a view is sensitive, or undefined. */
function sensitiveWhy(el: XmlElement): { kind: 'action' | 'pinPad'; label: string } | undefined {
  const labels = [nameOf(el.attr('android:id')?.value), nameOf(el.attr('android:text')?.value), nameOf(el.attr('android:contentDescription')?.value)];
  for (const label of [...labels, simpleName(el)]) {
    if (!label) continue;
    const words = splitWords(label);
    if ((words.includes('pin') || words.includes('mpin')) && words.some((w) => PADS.has(w))) return { kind: 'pinPad', label };
  }
  if (!BUTTON.test(el.name)) return undefined;
  for (const label of labels) {
    if (!label) continue;
    const words = splitWords(label);
    if (words.some((w) => NON_ACTIONS.has(w))) continue;
    if (words.some((w) => ACTIONS.has(w)) || hasPair(words, ACTION_PAIRS)) return { kind: 'action', label };
    if (words.some((w) => CONFIRMS.has(w)) && words.some((w) => FINANCIAL.has(w))) return { kind: 'action', label };
  }
  return undefined;
}

function isProtected(el: XmlElement): boolean {
  for (let e: XmlElement | undefined = el; e; e = e.parent) {
    if (e.attr('android:filterTouchesWhenObscured')?.value?.trim() === 'true') return true;
  }
  return false;
}

export default defineRule({
  id: 'layout-tapjacking',
  meta: {
    title: 'Payment button or PIN pad accepts touches through overlays',
    description: 'Flags layout buttons that confirm payments or transfers, and PIN pads, without android:filterTouchesWhenObscured on the view or a parent.',
    severity: 'medium',
    messages: {
      action: '"{{label}}" confirms a money movement but accepts taps while another app\'s window covers it, so an overlay can trick the user into approving a payment (tapjacking); add android:filterTouchesWhenObscured="true" here or on a parent.',
      pinPad: 'The PIN pad "{{label}}" accepts taps while another app\'s window covers it, so an overlay can capture or misdirect PIN entry; add android:filterTouchesWhenObscured="true" to the pad or a parent.',
    },
    tags: {
      cwe: [1021],
      masvs: ['MASVS-PLATFORM-3'],
      owaspMobile2024: ['M8'],
      maswe: ['tapjacking-attacks'],
      ituBp: ['UA-2'],
    },
    fix: 'suggestion',
    files: ['layout'],
    kind: 'heuristic',
    precision: 'medium',
  },
  on: {
    xmlElement(el, ctx) {
      const why = sensitiveWhy(el);
      if (!why || isProtected(el)) return;
      // A <merge> root is inflated into a parent we cannot see, which may carry the attribute.
      if (ctx.xml?.root?.name === 'merge') return;
      // A sensitive ancestor (the PIN pad) is reported instead of each of its keys.
      for (let p = el.parent; p; p = p.parent) if (sensitiveWhy(p)) return;
      const markers = ctx.project.markers;
      if (markers && CODE_MARKERS.some((m) => markers.has(m))) return;
      const messageId = why.kind === 'pinPad' ? ('pinPad' as const) : ('action' as const);
      ctx.report({
        at: el.nameRange,
        messageId,
        data: { label: why.label },
        // From Android 12 untrusted overlays cannot pass touches through; the residual risk is partial overlays.
        severity: (ctx.project.minSdk ?? 0) >= 31 ? 'low' : undefined,
        fixes: [
          {
            title: 'Add android:filterTouchesWhenObscured="true"',
            kind: 'suggestion',
            edits: [ctx.fix.addAttribute(el, 'android:filterTouchesWhenObscured', 'true')],
          },
        ],
      });
    },
  },
});
