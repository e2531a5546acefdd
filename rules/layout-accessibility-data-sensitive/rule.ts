// Rule: PIN pads, payment-confirmation buttons and balance/amount views that accessibility services other
// than real accessibility tools can read (no accessibilityDataSensitive="yes", no filterTouchesWhenObscured).
import { defineRule } from '../../server/src/engine/rule';
import { splitWords } from '../../server/src/engine/sensitive';
import type { XmlElement } from '../../server/src/parsing/xml';

const ACTIONS = new Set(['pay', 'payment', 'transfer', 'withdraw', 'withdrawal', 'checkout', 'purchase', 'cashout', 'topup', 'remit', 'approve', 'authorize', 'authorise']);
const CONFIRMS = new Set(['confirm', 'send', 'submit', 'proceed', 'ok']);
const FINANCIAL = new Set(['transaction', 'txn', 'money', 'amount', 'funds', 'pin', 'mpin']);
const NON_ACTIONS = new Set(['history', 'list', 'details', 'detail', 'view', 'settings', 'methods', 'method', 'options', 'info', 'help', 'receipt', 'status', 'report', 'statement', 'cancel', 'back', 'close', 'share', 'download', 'edit', 'label', 'title', 'hint', 'currency']);
const PADS = new Set(['pad', 'keypad', 'keyboard', 'numpad']);
const VALUES = new Set(['balance', 'amount']);
const BUTTON = /(^|\.)(AppCompat|Material)?(Image)?Button$/;
const TEXT_VIEW = /(^|\.)(AppCompat|Material)?(TextView|EditText)$|(^|\.)TextInputEditText$/;

const simpleName = (el: XmlElement) => el.name.slice(el.name.lastIndexOf('.') + 1);

function idOf(el: XmlElement): string | undefined {
  const m = /^@\+?id\/([\w.]+)$/.exec(el.attr('android:id')?.value?.trim() ?? '');
  return m?.[1];
}

/** What the view shows or does, from its id (and class name for pads). */
function sensitiveKind(el: XmlElement): 'pinPad' | 'action' | 'value' | undefined {
  const id = idOf(el);
  for (const label of [id, simpleName(el)]) {
    const words = label ? splitWords(label) : [];
    if ((words.includes('pin') || words.includes('mpin')) && words.some((w) => PADS.has(w))) return 'pinPad';
  }
  if (!id) return undefined;
  const words = splitWords(id);
  if (words.some((w) => NON_ACTIONS.has(w))) return undefined;
  if (BUTTON.test(el.name) && (words.some((w) => ACTIONS.has(w)) || (words.some((w) => CONFIRMS.has(w)) && words.some((w) => FINANCIAL.has(w))))) return 'action';
  if (TEXT_VIEW.test(el.name) && words.some((w) => VALUES.has(w))) return 'value';
  return undefined;
}

/** accessibilityDataSensitive="yes" here or above, or "auto" with filterTouchesWhenObscured here or above. */
function isProtected(el: XmlElement): boolean {
  for (let e: XmlElement | undefined = el; e; e = e.parent) {
    if (e.attr('android:accessibilityDataSensitive')?.value?.trim() === 'yes') return true;
    if (e.attr('android:accessibilityDataSensitive')?.value?.trim() === 'no') return false;
    if (e.attr('android:filterTouchesWhenObscured')?.value?.trim() === 'true') return true;
  }
  return false;
}

export default defineRule({
  id: 'layout-accessibility-data-sensitive',
  meta: {
    title: 'PIN pad, payment button or balance readable by accessibility malware',
    description: 'Flags layout PIN pads, payment-confirmation buttons and balance or amount views without accessibilityDataSensitive="yes" or filterTouchesWhenObscured on the view or a parent.',
    severity: 'low',
    messages: {
      pinPad: 'Any app granted accessibility access can read and press this PIN pad ("{{id}}"), the way banking trojans capture PINs; add android:accessibilityDataSensitive="yes" (API 34+) so only real accessibility tools see it.',
      action: 'Any app granted accessibility access can read and click "{{id}}", so malware can confirm payments on the user\'s behalf; add android:accessibilityDataSensitive="yes" (API 34+) so only real accessibility tools can act on it.',
      value: 'Any app granted accessibility access can read "{{id}}" (a balance or amount) from the screen; add android:accessibilityDataSensitive="yes" (API 34+) so only real accessibility tools can read it.',
    },
    tags: {
      cwe: [200],
      masvs: ['MASVS-PLATFORM-3'],
      owaspMobile2024: ['M6'],
      maswe: ['data-leak-ui'],
      ituBp: ['DH-5'],
    },
    fix: 'suggestion',
    files: ['layout'],
    kind: 'heuristic',
    precision: 'medium',
  },
  on: {
    xmlElement(el, ctx) {
      const kind = sensitiveKind(el);
      if (!kind || isProtected(el)) return;
      if (ctx.xml?.root?.name === 'merge') return;
      for (let p = el.parent; p; p = p.parent) if (sensitiveKind(p) === 'pinPad') return;
      // The attribute only compiles with compileSdk 34+; offer the edit when the build targets 34+ (compileSdk ≥ targetSdk).
      const fixes =
        (ctx.project.targetSdk ?? 0) >= 34
          ? [{ title: 'Add android:accessibilityDataSensitive="yes"', kind: 'suggestion' as const, edits: [ctx.fix.addAttribute(el, 'android:accessibilityDataSensitive', 'yes')] }]
          : [];
      const messageId = kind === 'pinPad' ? ('pinPad' as const) : kind === 'action' ? ('action' as const) : ('value' as const);
      ctx.report({ at: el.nameRange, messageId, data: { id: idOf(el) ?? simpleName(el) }, fixes });
    },
  },
});
