// Rule: biometric prompts that accept weak biometrics or the device PIN/pattern, or skip the explicit confirmation.
import type { Node } from 'web-tree-sitter';
import { enclosingFunction } from '../../server/src/engine/ast';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import type { CallView } from '../../server/src/engine/view';

type Msg = 'weak' | 'deviceCredential' | 'legacyCredential' | 'noConfirmation';

/** The function (or lambda) the builder lives in, to see whether a negative button is set. */
function builderScope(call: CallView): string {
  return (enclosingFunction(call.node) ?? call.node).text;
}

function identifiersIn(node: Node, names: RegExp): Node[] {
  return node.descendantsOfType(['identifier', 'simple_identifier']).filter((n): n is Node => !!n && names.test(n.text)).concat(names.test(node.text) && (node.type === 'identifier') ? [node] : []);
}

function strongFix(ctx: RuleContext<Msg>, call: CallView, arg: Node): Fix[] {
  // Without DEVICE_CREDENTIAL the builder throws unless a negative button is set.
  if (!/setNegativeButtonText|negativeButtonText/.test(builderScope(call))) return [];
  const weak = identifiersIn(arg, /^(BIOMETRIC_WEAK|DEVICE_CREDENTIAL)$/)[0];
  const qualifier = weak?.parent && /navigation_expression|field_access/.test(weak.parent.type) ? weak.parent.text.slice(0, weak.parent.text.lastIndexOf('.') + 1) : '';
  return [{ title: 'Allow only BIOMETRIC_STRONG', kind: 'suggestion', edits: [ctx.fix.replace(arg, `${qualifier.replace(/\s+/g, '')}BIOMETRIC_STRONG`)] }];
}

export default defineRule({
  id: 'auth-biometric-weak-or-fallback',
  meta: {
    title: 'Biometric prompt accepts weak biometrics or the device PIN',
    description: 'Flags BIOMETRIC_WEAK or DEVICE_CREDENTIAL in setAllowedAuthenticators, setDeviceCredentialAllowed(true) and setConfirmationRequired(false) on biometric prompts.',
    severity: 'medium',
    messages: {
      weak: 'BIOMETRIC_WEAK accepts Class 2 biometrics (many face-unlock implementations) that cannot unlock Keystore keys and are easier to spoof; require BIOMETRIC_STRONG for payments and logins.',
      deviceCredential: 'DEVICE_CREDENTIAL lets the phone\'s screen-lock PIN or pattern approve the action: on shared phones and with shoulder-surfed unlock patterns that is not the customer\'s own authentication; allow only BIOMETRIC_STRONG and fall back to the app\'s own PIN verified by the server.',
      legacyCredential: 'setDeviceCredentialAllowed(true) lets the screen-lock PIN or pattern approve the action (and is deprecated); remove it, require BIOMETRIC_STRONG and fall back to the app\'s own PIN verified by the server.',
      noConfirmation: 'setConfirmationRequired(false) lets passive biometrics (face) approve as soon as the customer looks at the phone; keep the explicit confirmation for payments.',
    },
    tags: {
      cwe: [288, 287],
      masvs: ['MASVS-AUTH-2', 'MASVS-AUTH-3'],
      owaspMobile2024: ['M3'],
      maswe: ['no-biometric-fallback'],
      ituBp: ['UA-4', 'UA-2'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
    dfsSpecific: true,
  },
  on: {
    call(call, ctx) {
      if (!/^(setAllowedAuthenticators|setDeviceCredentialAllowed|setConfirmationRequired|setIsConfirmationRequired|authenticate)$/.test(call.name)) return;
      const arg = call.args[0]?.node;
      if (!arg) return;
      if (call.name === 'setAllowedAuthenticators') {
        const weak = identifiersIn(arg, /^BIOMETRIC_WEAK$/)[0];
        const device = identifiersIn(arg, /^DEVICE_CREDENTIAL$/)[0];
        const hit = device ?? weak;
        if (!hit) return;
        ctx.report({ at: hit, messageId: device ? 'deviceCredential' : 'weak', fixes: strongFix(ctx, call, arg) });
        return;
      }
      if (call.name === 'setDeviceCredentialAllowed' && ctx.constValue(arg) === true || call.name === 'setDeviceCredentialAllowed' && arg.text === 'true') {
        const fixes: Fix[] = /setNegativeButtonText|negativeButtonText/.test(builderScope(call))
          ? [{ title: 'Do not allow the device credential', kind: 'suggestion', edits: [ctx.fix.replace(arg, 'false')] }] : [];
        ctx.report({ at: arg, messageId: 'legacyCredential', fixes });
        return;
      }
      if (call.name === 'setConfirmationRequired' && (arg.text === 'false' || ctx.constValue(arg) === false)) {
        ctx.report({ at: arg, messageId: 'noConfirmation', fixes: [{ title: 'Require explicit confirmation', kind: 'suggestion', edits: [ctx.fix.replace(arg, 'true')] }] });
      }
    },
  },
});
