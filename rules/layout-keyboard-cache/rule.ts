// Rule: layout EditTexts for PINs, passwords, OTPs, CVVs and account or card numbers whose inputType
// lets the keyboard learn and suggest what is typed (no password variant, no textNoSuggestions).
import { defineRule } from '../../server/src/engine/rule';
import { sensitiveName } from '../../server/src/engine/sensitive';
import type { XmlElement } from '../../server/src/parsing/xml';

/** Terms typed as digits: masked with numberPassword. */
const NUMERIC_SECRETS = new Set(['pin', 'mpin', 'upin', 'otp', 'totp', 'cvv', 'cvc', 'cvv2']);
/** Secrets typed as text: masked with textPassword. */
const TEXT_SECRETS = new Set(['password', 'passwd', 'pwd', 'passcode', 'secret']);
/** Identifiers a keyboard must not learn, but that users need to see: textNoSuggestions. */
const VISIBLE_IDS = new Set(['pan', 'card number', 'cardnumber', 'iban', 'account number', 'accountnumber', 'acct no', 'acctno', 'account no', 'voucher']);

/** inputType flags that keep the keyboard from learning the text. */
const SAFE_FLAGS = new Set(['textPassword', 'textVisiblePassword', 'textWebPassword', 'numberPassword', 'textNoSuggestions']);
/** Classes that say the field is something else (a phone number to reset the PIN, an e-mail …). */
const OTHER_PURPOSE = new Set(['phone', 'textEmailAddress', 'textWebEmailAddress', 'textPersonName', 'textPostalAddress', 'textUri', 'datetime', 'date', 'time']);
const NUMERIC_CLASSES = new Set(['number', 'numberSigned', 'numberDecimal']);

const AUTOFILL_TERMS: Record<string, string> = {
  password: 'password',
  creditCardSecurityCode: 'cvv',
  creditCardNumber: 'card number',
};

const simpleName = (el: XmlElement) => el.name.slice(el.name.lastIndexOf('.') + 1);

function isTextField(el: XmlElement): boolean {
  const name = simpleName(el);
  return /EditText$/.test(name) || /^(Pin|Otp|OTP|Passcode|Password)(Entry)?(View|EditText|Field|Input)$/.test(name);
}

/** `@+id/et_pin` → `et_pin`; `@string/hint_card_number` → `hint_card_number`; a literal hint as is. */
function nameOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (v.startsWith('@{')) return undefined; // data binding expression
  const m = /^@(?:\+)?(?:[\w.]+:)?[\w]+\/([\w.]+)$/.exec(v);
  return m ? m[1] : v.startsWith('@') || v.startsWith('?') ? undefined : v;
}

interface Purpose {
  term: string;
  /** Where the term was found, for the message. */
  from: string;
}

/** What the field holds, from its id, hint, class name or autofill hints, and those of a wrapping TextInputLayout. */
function purposeOf(el: XmlElement): Purpose | undefined {
  const candidates: { text: string | undefined; from: string }[] = [
    { text: nameOf(el.attr('android:id')?.value), from: 'id' },
    { text: nameOf(el.attr('android:hint')?.value), from: 'hint' },
    { text: simpleName(el), from: 'class' },
  ];
  const wrapper = el.parent && /TextInputLayout$/.test(el.parent.name) ? el.parent : undefined;
  if (wrapper) {
    candidates.push({ text: nameOf(wrapper.attr('android:id')?.value), from: 'id' }, { text: nameOf(wrapper.attr('android:hint')?.value), from: 'hint' });
  }
  for (const c of candidates) {
    if (!c.text) continue;
    const match = sensitiveName(c.text);
    if (match && (NUMERIC_SECRETS.has(match.term) || TEXT_SECRETS.has(match.term) || VISIBLE_IDS.has(match.term))) {
      return { term: match.term, from: `${c.from} "${c.text}"` };
    }
  }
  const hints = (el.attr('android:autofillHints')?.value ?? '').split(',').map((h) => h.trim());
  for (const h of hints) if (AUTOFILL_TERMS[h]) return { term: AUTOFILL_TERMS[h], from: `autofillHints "${h}"` };
  return undefined;
}

export default defineRule({
  id: 'layout-keyboard-cache',
  meta: {
    title: 'Sensitive text field the keyboard can learn',
    description: 'Flags layout EditTexts for PINs, passwords, OTPs, CVVs and account or card numbers whose inputType has no password variant and no textNoSuggestions.',
    severity: 'medium',
    messages: {
      secret: 'This {{term}} field ({{from}}) uses inputType "{{type}}": the text is shown and third-party keyboards can learn it into their dictionaries and suggestions; use inputType="{{fix}}".',
      visible: 'This {{term}} field ({{from}}) uses inputType "{{type}}": the keyboard can learn it and offer it as a suggestion in other apps; add textNoSuggestions (inputType="{{fix}}").',
      numeric: 'This {{term}} field ({{from}}) uses inputType "{{type}}": the digits stay visible on screen and in screen recordings; use inputType="numberPassword".',
    },
    tags: {
      cwe: [524, 200],
      masvs: ['MASVS-STORAGE-2'],
      owaspMobile2024: ['M9', 'M8'],
      maswe: ['data-leak-ui'],
      ituBp: ['DH-4'],
    },
    fix: 'suggestion',
    files: ['layout'],
  },
  on: {
    xmlElement(el, ctx) {
      if (!isTextField(el)) return;
      if (el.attr('android:password')?.value?.trim() === 'true') return;
      const purpose = purposeOf(el);
      if (!purpose) return;
      const typeAttr = el.attr('android:inputType');
      const raw = typeAttr?.value?.trim();
      if (typeAttr && (raw === undefined || raw.startsWith('@') || raw.startsWith('?'))) return;
      const flags = (raw ?? 'text').split('|').map((f) => f.trim()).filter(Boolean);
      if (flags.some((f) => SAFE_FLAGS.has(f) || OTHER_PURPOSE.has(f))) return;
      const numeric = flags.some((f) => NUMERIC_CLASSES.has(f));
      const type = raw ?? 'text (default)';
      const at = typeAttr ?? el.nameRange;
      const edit = (value: string) => (typeAttr ? ctx.fix.setAttribute(typeAttr, value) : ctx.fix.addAttribute(el, 'android:inputType', value));

      if (VISIBLE_IDS.has(purpose.term)) {
        // Keyboards do not learn digits typed on a number pad.
        if (numeric) return;
        const fix = raw ? `${raw}|textNoSuggestions` : 'text|textNoSuggestions';
        ctx.report({
          at,
          messageId: 'visible',
          data: { term: purpose.term, from: purpose.from, type, fix },
          fixes: [{ title: `Set inputType="${fix}"`, kind: 'suggestion', edits: [edit(fix)] }],
        });
        return;
      }
      const fix = NUMERIC_SECRETS.has(purpose.term) || numeric ? 'numberPassword' : 'textPassword';
      const fixes = [{ title: `Mask the field: inputType="${fix}"`, kind: 'suggestion' as const, edits: [edit(fix)] }];
      if (numeric) {
        // One-time codes on a number pad: short-lived and not learnt; the platform's SMS autofill expects them visible.
        if (purpose.term === 'otp' || purpose.term === 'totp') return;
        ctx.report({ at, messageId: 'numeric', severity: 'low', data: { term: purpose.term.toUpperCase(), from: purpose.from, type }, fixes });
        return;
      }
      const term = purpose.term === 'password' || purpose.term === 'passcode' || purpose.term === 'secret' ? purpose.term : purpose.term.toUpperCase();
      ctx.report({ at, messageId: 'secret', data: { term, from: purpose.from, type, fix }, fixes });
    },
  },
});
