// Rule: Keystore keys that survive a new fingerprint/face enrolment (setInvalidatedByBiometricEnrollment(false)).
import type { Node } from 'web-tree-sitter';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import type { CallView } from '../../server/src/engine/view';
import { ownsLines } from '../dfs-sensitive-in-crash-report/support';

type Msg = 'notInvalidated';

/** Deletes the call: a `.setX(false)` segment of a builder chain, or the whole statement. */
function deletion(ctx: RuleContext<Msg>, call: CallView): Fix[] {
  const node = call.node;
  const receiver = call.receiver;
  const parent = node.parent;
  const chained = parent && (parent.type === 'field_access' || parent.type === 'method_invocation' && parent.childForFieldName('object')?.id === node.id ||
    parent.type === 'navigation_expression');
  if (receiver && !call.viaProperty && (chained || isBuilderExpression(receiver))) {
    // Keep the receiver, drop `.setInvalidatedByBiometricEnrollment(false)` (with the line break before it).
    const range = { start: { line: receiver.endPosition.row, character: receiver.endPosition.column }, end: { line: node.endPosition.row, character: node.endPosition.column } };
    return [{ title: 'Remove setInvalidatedByBiometricEnrollment(false) (the default is true)', kind: 'safe', edits: [ctx.fix.replace(range, '')] }];
  }
  const stmt = call.lang === 'java' ? (parent?.type === 'expression_statement' ? parent : undefined) : (parent?.type === 'statements' || parent?.type === 'block' || parent?.type === 'lambda_literal') ? node : undefined;
  if (stmt && ownsLines(stmt, ctx.file.text)) {
    return [{ title: 'Remove setInvalidatedByBiometricEnrollment(false) (the default is true)', kind: 'safe', edits: [ctx.fix.removeLines(stmt)] }];
  }
  return [];
}

/** `KeyGenParameterSpec.Builder(…).setX(…)`: the receiver is itself a builder call, so the chain value is used. */
function isBuilderExpression(n: Node): boolean {
  return n.type === 'method_invocation' || n.type === 'call_expression' || n.type === 'object_creation_expression';
}

export default defineRule({
  id: 'auth-keys-not-invalidated-on-enrollment',
  meta: {
    title: 'Biometric-bound key survives new biometric enrolment',
    description: 'Flags setInvalidatedByBiometricEnrollment(false) on Keystore key specs, which keeps biometric-bound keys usable after someone enrols a new fingerprint or face.',
    severity: 'high',
    messages: {
      notInvalidated: 'setInvalidatedByBiometricEnrollment(false) keeps this key usable after a new fingerprint or face is enrolled: anyone who learns the phone\'s screen-lock PIN can add their own finger and approve payments; remove the call (the default, true, invalidates the key) and re-enrol through the app\'s own PIN when the key is gone.',
    },
    tags: {
      cwe: [287],
      masvs: ['MASVS-AUTH-2', 'MASVS-CRYPTO-2'],
      owaspMobile2024: ['M3'],
      maswe: ['crypto-keys-biometric-enrollment'],
      ituBp: ['UA-4'],
    },
    fix: 'safe',
    files: ['java', 'kotlin'],
    dfsSpecific: true,
  },
  on: {
    call(call, ctx) {
      if (call.name !== 'setInvalidatedByBiometricEnrollment' || call.args.length !== 1) return;
      const arg = call.args[0].node;
      if (!(arg.text === 'false' || ctx.constValue(arg) === false)) return;
      ctx.report({ at: call.viaProperty ? call.node : arg, messageId: 'notInvalidated', fixes: deletion(ctx, call) });
    },
  },
});
