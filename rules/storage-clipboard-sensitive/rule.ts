// Rule: sensitive values copied to the clipboard without ClipDescription.EXTRA_IS_SENSITIVE.
import type { Node } from 'web-tree-sitter';
import { enclosingFunction } from '../../server/src/engine/ast';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import type { CallView } from '../../server/src/engine/view';
import { localInitializer } from '../ipc-broadcast-no-permission/intents';
import { secretValuesIn, type LeakHit } from '../storage-log-sensitive/rule';

const SENSITIVE_FLAG = /EXTRA_IS_SENSITIVE|android\.content\.extra\.IS_SENSITIVE/;
const CLIP_FACTORIES = /^(newPlainText|newHtmlText|newRawUri|newUri|newIntent)$/;

type Msg = 'clip';

/** The secret inside `ClipData.newPlainText(label, value)` (or a local clip built that way). */
function clipSecret(arg: Node): LeakHit | undefined {
  const expr = arg.type === 'identifier' ? (localInitializer(arg) ?? arg) : arg;
  const factories = [expr, ...expr.descendantsOfType(['method_invocation', 'call_expression']).filter((c): c is Node => c !== null)];
  for (const f of factories) {
    const name = f.type === 'method_invocation' ? f.childForFieldName('name')?.text : f.type === 'call_expression' ? f.namedChildren[0]?.text.split('.').pop() : undefined;
    if (!name || !CLIP_FACTORIES.test(name)) continue;
    const list = f.type === 'method_invocation' ? f.childForFieldName('arguments') : f.namedChildren.find((c) => c?.type === 'value_arguments');
    const args = (list?.namedChildren ?? []).filter((c): c is Node => c !== null).map((a) => (a.type === 'value_argument' ? a.namedChildren.at(-1)! : a));
    // The label (first argument) is shown to the user, not the content.
    const hit = args.slice(1).flatMap((a) => secretValuesIn(a))[0];
    if (hit) return hit;
  }
  return undefined;
}

function markSensitiveFix(call: CallView, arg: Node, ctx: RuleContext<Msg>) {
  const key = '"android.content.extra.IS_SENSITIVE"';
  if (call.lang === 'kotlin') {
    const text = `${arg.text}.apply { description.extras = android.os.PersistableBundle().apply { putBoolean(${key}, true) } }`;
    return [{ title: 'Mark the clip as sensitive (EXTRA_IS_SENSITIVE)', kind: 'suggestion' as const, edits: [ctx.fix.replace(arg, text)] }];
  }
  const stmt = call.node.parent?.type === 'expression_statement' ? call.node.parent : undefined;
  if (!stmt || arg.type !== 'identifier' || stmt.parent?.type !== 'block') return [];
  const indent = ctx.fix.indentOf(stmt);
  const text =
    `android.os.PersistableBundle clipExtras = new android.os.PersistableBundle();\n${indent}` +
    `clipExtras.putBoolean(${key}, true);\n${indent}` +
    `${arg.text}.getDescription().setExtras(clipExtras);\n${indent}`;
  return [{ title: 'Mark the clip as sensitive (EXTRA_IS_SENSITIVE)', kind: 'suggestion' as const, edits: [ctx.fix.insertBefore(stmt, text)] }];
}

export default defineRule({
  id: 'storage-clipboard-sensitive',
  meta: {
    title: 'Sensitive value copied to the clipboard',
    description: 'Flags setPrimaryClip and Compose clipboard setText calls that copy a PIN, OTP, token, card or account number without marking the clip EXTRA_IS_SENSITIVE.',
    severity: 'medium',
    messages: {
      clip: 'The clipboard receives {{name}} ({{term}}); other apps, keyboards and the clipboard preview can read it. Avoid copying secrets; if the user asked for the copy, mark it with ClipDescription.EXTRA_IS_SENSITIVE so Android hides it.',
    },
    tags: {
      cwe: [200],
      masvs: ['MASVS-STORAGE-2', 'MASVS-PLATFORM-3'],
      owaspMobile2024: ['M6'],
      maswe: ['data-leak-ui'],
      ituBp: ['DH-4'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      const arg = call.args[0];
      if (!arg) return;
      let hit: LeakHit | undefined;
      let fixable = false;
      if (call.name === 'setPrimaryClip') {
        hit = clipSecret(arg.node);
        fixable = true;
      } else if (call.name === 'setText' && /clipboard/i.test(call.receiverText ?? '')) {
        hit = secretValuesIn(arg.node)[0];
      }
      if (!hit) return;
      const fn = enclosingFunction(call.node);
      if (SENSITIVE_FLAG.test(fn?.text ?? ctx.file.text)) return;
      const term = hit.match.term.length <= 4 ? hit.match.term.toUpperCase() : hit.match.term;
      const name = hit.range ? hit.node.text.slice(hit.range.start.character - hit.node.startPosition.column + 1, hit.range.end.character - hit.node.startPosition.column) : hit.node.text;
      ctx.report({ at: arg.node, messageId: 'clip', data: { name, term }, fixes: fixable ? markSensitiveFix(call, arg.node, ctx) : [] });
    },
  },
});
