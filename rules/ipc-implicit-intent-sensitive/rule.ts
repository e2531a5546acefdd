// Rule: an implicit Intent carrying PINs, OTPs, tokens or account data passed to startActivity/startService.
import type { Node } from 'web-tree-sitter';
import { enclosingFunction } from '../../server/src/engine/ast';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import { localInitializer, isVisiblyImplicit } from '../ipc-broadcast-no-permission/intents';
import { secretName, secretValuesIn } from '../storage-log-sensitive/rule';
import type { SensitiveMatch } from '../../server/src/engine/sensitive';

const LAUNCHERS = new Set(['startActivity', 'startActivityForResult', 'startService', 'startForegroundService', 'bindService']);
const EXTRA_CALLS = new Set(['putExtra', 'putExtras', 'putStringArrayListExtra', 'putCharSequenceArrayListExtra']);

type Msg = 'implicit';

function argsOf(call: Node): Node[] {
  const list = call.type === 'method_invocation' ? call.childForFieldName('arguments') : call.namedChildren.find((c) => c?.type === 'value_arguments');
  return (list?.namedChildren ?? []).filter((c): c is Node => c !== null).map((a) => (a.type === 'value_argument' ? a.namedChildren.at(-1)! : a));
}

function nameOf(call: Node): string | undefined {
  if (call.type === 'method_invocation') return call.childForFieldName('name')?.text;
  const callee = call.namedChildren[0];
  return callee?.type === 'navigation_expression' ? callee.namedChildren.at(-1)?.text : callee?.text;
}

/** The sensitive extra put on the Intent: in its initialiser, or by `name.putExtra(…)` in the function. */
function sensitiveExtra(intent: Node, ctx: RuleContext<Msg>): { node: Node; match: SensitiveMatch } | undefined {
  const scopes: Node[] = [];
  if (intent.type === 'identifier') {
    const init = localInitializer(intent);
    if (init) scopes.push(init);
    const fn = enclosingFunction(intent);
    if (fn) {
      for (const c of fn.descendantsOfType(['method_invocation', 'call_expression'])) {
        if (c && c.text.replace(/\s+/g, '').startsWith(`${intent.text}.`) && c.startIndex < intent.startIndex) scopes.push(c);
      }
    }
  } else scopes.push(intent);
  for (const scope of scopes) {
    for (const c of [scope, ...scope.descendantsOfType(['method_invocation', 'call_expression'])]) {
      if (!c || !EXTRA_CALLS.has(nameOf(c) ?? '')) continue;
      const [key, value] = argsOf(c);
      if (!key) continue;
      const keyText = ctx.constString(key);
      const byKey = keyText !== undefined ? secretName(keyText.split('.').pop()!) : undefined;
      if (byKey) return { node: key, match: byKey };
      const hit = value ? secretValuesIn(value)[0] : undefined;
      if (hit) return { node: hit.node, match: hit.match };
    }
  }
  return undefined;
}

export default defineRule({
  id: 'ipc-implicit-intent-sensitive',
  meta: {
    title: 'Sensitive extras on an implicit Intent',
    description: 'Flags startActivity, startService and bindService calls with a visibly implicit Intent that carries a PIN, OTP, token, card or account number as an extra.',
    severity: 'medium',
    messages: {
      implicit: 'This implicit Intent carries {{what}} and can be resolved by another app that declares the same action; make it explicit (setPackage(packageName) or setClass) or pass a reference instead of the value.',
    },
    tags: {
      cwe: [927],
      masvs: ['MASVS-PLATFORM-1'],
      owaspMobile2024: ['M8', 'M6'],
      maswe: ['insecure-intents'],
      ituBp: ['DH-5'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (!LAUNCHERS.has(call.name)) return;
      const intent = call.args[0];
      if (!intent || !isVisiblyImplicit(intent.node, ctx)) return;
      const extra = sensitiveExtra(intent.node, ctx);
      if (!extra) return;
      // Share sheets with non-credential data (an account number the user chose to share) are a feature.
      const init = intent.node.type === 'identifier' ? localInitializer(intent.node) : intent.node;
      if (/ACTION_SEND|ACTION_SENDTO|createChooser/.test(init?.text ?? '') && extra.match.category !== 'credential') return;
      const kotlin = call.lang === 'kotlin';
      const recv = call.receiverText;
      const pkg = recv ? (kotlin ? `${recv}.packageName` : `${recv}.getPackageName()`) : kotlin ? 'packageName' : 'getPackageName()';
      const simple = /^[\w.]+$/.test(intent.text);
      const term = extra.match.term.length <= 4 ? extra.match.term.toUpperCase() : extra.match.term;
      const article = /^[aeiouAEIOU]|^(OTP|MSISDN|IBAN|MPIN)$/.test(term) ? 'an' : 'a';
      ctx.report({
        at: intent.node,
        messageId: 'implicit',
        data: { what: `${article} ${term}` },
        fixes: simple ? [{ title: 'Keep the Intent inside this app (setPackage)', kind: 'suggestion', edits: [ctx.fix.insertAfter(intent.node, `.setPackage(${pkg})`)] }] : [],
      });
    },
  },
});
