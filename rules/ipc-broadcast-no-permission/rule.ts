// Rule: sendBroadcast/sendOrderedBroadcast of a visibly implicit Intent with no receiver permission.
import { defineRule } from '../../server/src/engine/rule';
import { isLocalBroadcastManager, isVisiblyImplicit } from './intents';

export default defineRule({
  id: 'ipc-broadcast-no-permission',
  meta: {
    title: 'Implicit broadcast without a receiver permission',
    description: 'Flags sendBroadcast and sendOrderedBroadcast calls that send an implicit Intent with no receiver permission and no package, so any installed app can receive it.',
    severity: 'medium',
    messages: {
      open: 'Any installed app can register for this implicit broadcast and read its extras (or, when ordered, change or abort the result); set the package with setPackage(packageName), or require a signature-level receiver permission.',
    },
    tags: {
      cwe: [927],
      masvs: ['MASVS-PLATFORM-1'],
      owaspMobile2024: ['M8'],
      maswe: ['insecure-intents'],
      ituBp: ['DH-5'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (call.name !== 'sendBroadcast' && call.name !== 'sendOrderedBroadcast') return;
      if (isLocalBroadcastManager(call.receiverText, ctx.root)) return;
      const intent = call.args[0];
      if (!intent) return;
      const permission = call.args.find((a) => a.name === 'receiverPermission') ?? call.args[1];
      if (permission && permission.text !== 'null') return;
      if (!isVisiblyImplicit(intent.node, ctx)) return;
      // The fix scopes the broadcast to this app; bare calls run inside a Context subclass.
      const kotlin = call.lang === 'kotlin';
      const recv = call.receiverText;
      const pkg = recv ? (kotlin ? `${recv}.packageName` : `${recv}.getPackageName()`) : kotlin ? 'packageName' : 'getPackageName()';
      const simple = /^[\w.]+$/.test(intent.text) || /^(new\s+)?(android\.content\.)?Intent\s*\(/.test(intent.text);
      const fixes = simple
        ? [{ title: 'Deliver only inside this app (setPackage)', kind: 'suggestion' as const, edits: [ctx.fix.insertAfter(intent.node, `.setPackage(${pkg})`)] }]
        : [];
      ctx.report({ at: intent.node, messageId: 'open', fixes });
    },
  },
});
