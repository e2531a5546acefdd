// Rule: notifications whose title or text shows a PIN, OTP, balance, amount or account value and that are
// visible on the lock screen (VISIBILITY_PUBLIC), or keep the default visibility without a redacted public version.
import type { Node } from 'web-tree-sitter';
import { codeText, findAncestor } from '../../server/src/engine/ast';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import type { CallView } from '../../server/src/engine/view';
import { secretValuesIn, type LeakHit } from '../storage-log-sensitive/rule';
import { callsIn, type ScopedCall } from './calls';

/** Builder and style setters whose text is shown in the notification. */
const CONTENT = /^(setContentTitle|setContentText|setSubText|setTicker|bigText|setBigContentTitle|setSummaryText|addLine)$/;
/** The scope builds a notification (platform or AndroidX builder or style). */
const NOTIFICATION_BUILDER = /\b(NotificationCompat|Notification)\s*\.\s*(Builder|BigTextStyle|InboxStyle)\b/;
const SCOPES = ['method_declaration', 'constructor_declaration', 'function_declaration'];

type Msg = 'public' | 'default';
type Visibility = 'public' | 'private' | 'secret';

function visibilityOf(arg: Node | undefined): Visibility | undefined {
  const m = /\bVISIBILITY_(PUBLIC|PRIVATE|SECRET)$/.exec(arg?.text.replace(/\s+/g, '') ?? '');
  return m ? (m[1].toLowerCase() as Visibility) : undefined;
}

function firstHit(c: ScopedCall): LeakHit | undefined {
  const arg = c.args[0];
  return arg ? secretValuesIn(arg)[0] : undefined;
}

function hitStart(h: LeakHit): number {
  return h.range ? h.range.start.line * 100000 + h.range.start.character : h.node.startPosition.row * 100000 + h.node.startPosition.column;
}

/** Adds `.setVisibility(…VISIBILITY_SECRET)` right after a chained builder setter. */
function addSecretVisibility(call: CallView, ctx: RuleContext<Msg>, owner: string): Fix[] {
  const parent = call.node.parent;
  const chained =
    call.receiver !== undefined &&
    ((call.lang === 'java' && parent?.type === 'method_invocation' && parent.childForFieldName('object')?.id === call.node.id) ||
      (call.lang === 'kotlin' && parent?.type === 'navigation_expression' && parent.parent?.type === 'call_expression'));
  if (!chained || !/^setContent(Title|Text)$/.test(call.name)) return [];
  const multiline = call.nameNode.startPosition.row !== call.node.startPosition.row;
  const text = `${multiline ? `\n${ctx.fix.indentOf(call.nameNode)}` : ''}.setVisibility(${owner}.VISIBILITY_SECRET)`;
  return [{ title: 'Hide the notification on the lock screen (VISIBILITY_SECRET)', kind: 'suggestion', edits: [ctx.fix.insertAfter(call.node, text)] }];
}

export default defineRule({
  id: 'storage-notification-sensitive',
  meta: {
    title: 'Sensitive value shown in a notification on the lock screen',
    description: 'Flags notification builders whose title or text shows a PIN, OTP, balance, amount or account value with VISIBILITY_PUBLIC, or with the default visibility and no redacted public version.',
    severity: 'medium',
    messages: {
      public: 'The notification shows {{name}} ({{term}}) with VISIBILITY_PUBLIC, so anyone holding the locked phone can read it; use VISIBILITY_SECRET, or VISIBILITY_PRIVATE with a redacted setPublicVersion, and keep OTPs and balances out of notifications.',
      default: 'The notification shows {{name}} ({{term}}) with no redacted public version: unless the user chose to hide sensitive content the lock screen shows it, and notification listeners read it anyway; set VISIBILITY_SECRET or a setPublicVersion without the value.',
    },
    tags: {
      cwe: [200, 359],
      masvs: ['MASVS-PLATFORM-3', 'MASVS-STORAGE-2'],
      owaspMobile2024: ['M6'],
      maswe: ['data-leak-notifications'],
      ituBp: ['DH-4'],
      figi: ['C118'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (!CONTENT.test(call.name) || call.viaProperty) return;
      const arg = call.args[0];
      if (!arg) return;
      const hit = secretValuesIn(arg.node)[0];
      if (!hit) return;
      const scope = findAncestor(call.node, SCOPES);
      if (!scope) return;
      const text = codeText(scope);
      const builder = NOTIFICATION_BUILDER.exec(text);
      if (!builder) return;
      const calls = callsIn(scope);
      // One finding per notification scope: the first sensitive value shown.
      const first = calls
        .filter((c) => CONTENT.test(c.name))
        .map((c) => ({ c, h: firstHit(c) }))
        .filter((x): x is { c: ScopedCall; h: LeakHit } => !!x.h)
        .sort((a, b) => hitStart(a.h) - hitStart(b.h))[0];
      if (first && first.c.node.id !== call.node.id) return;
      const visibilities = calls.filter((c) => c.name === 'setVisibility').map((c) => ({ c, v: visibilityOf(c.args[0]) }));
      if (visibilities.some((x) => x.v === 'secret')) return;
      // A redacted public version replaces the content on the lock screen (its own builder may say PUBLIC).
      if (calls.some((c) => c.name === 'setPublicVersion')) return;
      const name = hit.range ? ctx.file.text.split('\n')[hit.range.start.line].slice(hit.range.start.character + 1, hit.range.end.character) : hit.node.text;
      const term = hit.match.term.length <= 4 ? hit.match.term.toUpperCase() : hit.match.term;
      const pub = visibilities.find((x) => x.v === 'public');
      if (pub) {
        const argNode = pub.c.args[0];
        const fixes: Fix[] = [{
          title: 'Hide the notification on the lock screen (VISIBILITY_SECRET)',
          kind: 'suggestion',
          edits: [ctx.fix.replace(argNode, argNode.text.replace(/VISIBILITY_PUBLIC$/, 'VISIBILITY_SECRET'))],
        }];
        ctx.report({ at: hit.range ?? hit.node, messageId: 'public', data: { name, term }, fixes });
        return;
      }
      const owner = /NotificationCompat/.test(builder[1]) ? 'NotificationCompat' : 'Notification';
      ctx.report({ at: hit.range ?? hit.node, messageId: 'default', data: { name, term }, severity: 'low', fixes: addSecretVisibility(call, ctx, owner) });
    },
  },
});
