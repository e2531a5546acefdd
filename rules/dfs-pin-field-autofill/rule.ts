// Rule: PIN and CVV fields that autofill services may save and fill (no importantForAutofill="no"),
// including transaction PINs declared as passwords (autofillHints="password").
import { defineRule } from '../../server/src/engine/rule';
import { splitWords } from '../../server/src/engine/sensitive';
import type { XmlElement } from '../../server/src/parsing/xml';

const PIN_WORDS = new Set(['pin', 'mpin', 'upin', 'passcode', 'cvv', 'cvc', 'cvv2']);

const simpleName = (el: XmlElement) => el.name.slice(el.name.lastIndexOf('.') + 1);

function isTextField(el: XmlElement): boolean {
  const name = simpleName(el);
  return /EditText$/.test(name) || /^(Pin|Passcode)(Entry)?(View|EditText|Field|Input)$/.test(name);
}

function nameOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (v.startsWith('@{') || v.startsWith('?')) return undefined;
  const m = /^@(?:\+)?(?:[\w.]+:)?\w+\/([\w.]+)$/.exec(v);
  return m ? m[1] : v.startsWith('@') ? undefined : v;
}

/** The PIN or CVV word naming the field (id, hint, class, wrapping TextInputLayout), or a CVV autofill hint. */
function pinTerm(el: XmlElement, hints: string[]): string | undefined {
  const labels = [nameOf(el.attr('android:id')?.value), nameOf(el.attr('android:hint')?.value), simpleName(el)];
  if (el.parent && /TextInputLayout$/.test(el.parent.name)) {
    labels.push(nameOf(el.parent.attr('android:id')?.value), nameOf(el.parent.attr('android:hint')?.value));
  }
  for (const label of labels) {
    const word = label && splitWords(label).find((w) => PIN_WORDS.has(w));
    if (word) return word === 'passcode' ? 'passcode' : word.toUpperCase();
  }
  return hints.includes('creditCardSecurityCode') ? 'CVV' : undefined;
}

function excludedFromAutofill(el: XmlElement): boolean {
  const own = el.attr('android:importantForAutofill')?.value?.trim() ?? '';
  if (/^no(ExcludeDescendants)?$/.test(own)) return true;
  for (let p = el.parent; p; p = p.parent) {
    if (p.attr('android:importantForAutofill')?.value?.trim() === 'noExcludeDescendants') return true;
  }
  return false;
}

export default defineRule({
  id: 'dfs-pin-field-autofill',
  meta: {
    title: 'PIN or CVV field open to autofill services',
    description: 'Flags layout PIN and CVV fields without importantForAutofill="no" (or noExcludeDescendants on a parent), and PIN fields declared as passwords with autofillHints="password".',
    severity: 'low',
    messages: {
      autofill: 'This {{term}} field is open to autofill: password managers and other autofill services may offer to save the {{term}} and fill it for whoever holds the phone, turning a transaction secret into a stored one; add android:importantForAutofill="no".',
      passwordHint: 'autofillHints="password" on this {{term}} field asks autofill services to store the {{term}} like a login password, so it can be filled for whoever holds the phone; remove the hint and add android:importantForAutofill="no".',
    },
    tags: {
      cwe: [200, 522],
      masvs: ['MASVS-STORAGE-2'],
      owaspMobile2024: ['M6'],
      maswe: ['data-leak-ui'],
      ituBp: ['DH-4'],
    },
    fix: 'safe',
    files: ['layout'],
    dfsSpecific: true,
  },
  on: {
    xmlElement(el, ctx) {
      if (!isTextField(el)) return;
      const hintsAttr = el.attr('android:autofillHints');
      const hints = (hintsAttr?.value ?? '').split(',').map((h) => h.trim());
      // OTP fields use the platform's SMS code autofill on purpose.
      if (hints.includes('smsOTPCode')) return;
      const term = pinTerm(el, hints);
      if (!term || excludedFromAutofill(el)) return;
      const own = el.attr('android:importantForAutofill');
      const exclude = own ? ctx.fix.setAttribute(own, 'no') : ctx.fix.addAttribute(el, 'android:importantForAutofill', 'no');
      if (hintsAttr && hints.includes('password')) {
        ctx.report({
          at: hintsAttr,
          messageId: 'passwordHint',
          data: { term },
          fixes: [{ title: 'Remove autofillHints and set importantForAutofill="no"', kind: 'safe', edits: [ctx.fix.removeAttribute(hintsAttr), exclude] }],
        });
        return;
      }
      ctx.report({
        at: el.nameRange,
        messageId: 'autofill',
        data: { term },
        fixes: [{ title: 'Set android:importantForAutofill="no"', kind: 'safe', edits: [exclude] }],
      });
    },
  },
});
