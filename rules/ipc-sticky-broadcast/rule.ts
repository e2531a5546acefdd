// Rule: sticky broadcasts (sendStickyBroadcast and friends), readable and replaceable by any app.
import { defineRule } from '../../server/src/engine/rule';

const STICKY = new Set(['sendStickyBroadcast', 'sendStickyOrderedBroadcast', 'sendStickyBroadcastAsUser', 'sendStickyOrderedBroadcastAsUser']);

export default defineRule({
  id: 'ipc-sticky-broadcast',
  meta: {
    title: 'Sticky broadcast',
    description: 'Flags sendStickyBroadcast and its ordered and per-user variants, whose last Intent stays readable and replaceable by every app.',
    severity: 'medium',
    messages: {
      sticky: '{{name}} keeps the last Intent in the system for any app to read (no permission can protect it) and lets any app with BROADCAST_STICKY replace it; send a normal broadcast with setPackage or a permission, and keep state in the app.',
    },
    tags: {
      cwe: [927],
      masvs: ['MASVS-PLATFORM-1'],
      owaspMobile2024: ['M8'],
      maswe: ['insecure-broadcast-receivers'],
      ituBp: ['DH-5'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (!STICKY.has(call.name)) return;
      if (call.receiverText && /LocalBroadcastManager/.test(call.receiverText)) return;
      const fixes = call.name === 'sendStickyBroadcast' && call.args.length === 1
        ? [{ title: 'Send a normal broadcast (sendBroadcast)', kind: 'suggestion' as const, edits: [ctx.fix.replace(call.nameNode, 'sendBroadcast')] }]
        : [];
      ctx.report({ at: call.nameNode, messageId: 'sticky', data: { name: call.name }, fixes });
    },
  },
});
