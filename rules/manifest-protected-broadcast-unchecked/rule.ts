// Rule: a manifest receiver registered for system (protected) broadcasts whose onReceive never checks the action,
// so any app can trigger it with an explicit intent that carries no action (or forged extras).
import { codeText } from '../../server/src/engine/ast';
import type { ComponentFact } from '../../server/src/engine/project';
import { defineRule } from '../../server/src/engine/rule';

/** Actions only the system may send (android.intent.action.BOOT_COMPLETED, Telephony.SMS_RECEIVED, …). */
const SYSTEM_ACTION = /^android\.(intent\.action|provider\.Telephony|net\.conn|net\.wifi|bluetooth\.\w+\.action|app\.action|location|hardware\.\w+\.action|media\.\w+)\.|^com\.android\./;
/** Reads of the action: `intent.action`, `intent?.action`, `getAction()`, `when (intent.action)`, Telephony helpers that check it. */
const READS_ACTION = /\.\s*action\b|\bgetAction\s*\(|\bhasAction\s*\(|\bmatchAction\s*\(/;

function receiverFor(components: ComponentFact[], className: string, pkg: string | undefined): ComponentFact | undefined {
  return components.find((c) => {
    if (c.tag !== 'receiver') return false;
    const name = c.name.trim();
    if (name.includes('.') && !name.startsWith('.') && pkg) return name === `${pkg}.${className}` || name.split('.').pop() === className && name.split('.').slice(0, -1).join('.') === pkg;
    return name.split('.').pop() === className;
  });
}

export default defineRule({
  id: 'manifest-protected-broadcast-unchecked',
  meta: {
    title: 'Receiver for system broadcasts does not check the intent action',
    description: 'Flags BroadcastReceiver classes declared in the manifest for system (protected) actions whose onReceive never reads intent.action.',
    severity: 'medium',
    messages: {
      unchecked: 'This receiver is declared for {{action}} but onReceive never checks intent.action: the receiver is exported, so any app can send it an explicit intent with no action and forged extras and it will act as if the system sent it; return early unless intent.action equals the expected action.',
    },
    tags: {
      cwe: [925],
      masvs: ['MASVS-PLATFORM-1'],
      owaspMobile2024: ['M4'],
      maswe: ['insecure-broadcast-receivers'],
      ituBp: ['DH-5', 'DH-7'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
  },
  on: {
    class(cls, ctx) {
      if (!cls.name || !cls.supertypes.includes('BroadcastReceiver')) return;
      const onReceive = cls.methods.find((m) => m.name === 'onReceive');
      if (!onReceive?.body) return;
      const components = ctx.project.components;
      if (!components) return;
      const pkg = /^\s*package\s+([\w.]+)/m.exec(ctx.file.text)?.[1];
      const receiver = receiverFor(components, cls.name, pkg);
      // Actions unknown (older project model) or no system action: do not guess.
      const action = receiver?.actions?.find((a) => SYSTEM_ACTION.test(a));
      if (!receiver || !action || receiver.exported === false || receiver.permission) return;
      if (READS_ACTION.test(codeText(onReceive.body))) return;
      ctx.report({ at: onReceive.nameNode, messageId: 'unchecked', data: { action } });
    },
  },
});
