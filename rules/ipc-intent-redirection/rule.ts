// Rule: an exported component that launches an Intent taken from its incoming Intent's extras.
import type { Node } from 'web-tree-sitter';
import { codeText, enclosingClass, enclosingFunction } from '../../server/src/engine/ast';
import { defineRule } from '../../server/src/engine/rule';
import { localInitializer } from '../ipc-broadcast-no-permission/intents';

const LAUNCHERS = new Set(['startActivity', 'startActivityForResult', 'startActivities', 'startService', 'startForegroundService', 'bindService', 'sendBroadcast', 'sendOrderedBroadcast', 'setResult']);
/** Reading a nested Intent (or Parcelable) out of extras. */
const FROM_EXTRAS = /\b(getParcelableExtra|getParcelable|getParcelableArrayExtra|getParcelableArrayListExtra)\b/;
/** Checks that show the nested Intent is being validated before use. */
const VALIDATED = /resolveActivity|getComponent\s*\(\s*\)|\.component\b|callingPackage|getCallingPackage|getCallingActivity|callingActivity|checkCallingPermission|removeFlags|isAllowed|allowList|whitelist/;

export default defineRule({
  id: 'ipc-intent-redirection',
  meta: {
    title: 'Exported component launches an Intent from its extras',
    description: 'Flags exported activities, services and receivers that pass an Intent read with getParcelableExtra to startActivity, startService, sendBroadcast or setResult without checking its target.',
    severity: 'high',
    messages: {
      redirect: 'This exported {{tag}} launches an Intent taken from the incoming extras, so any app can make it open this app\'s private components or grant its URI permissions; resolve the nested Intent and allow-list its package and class, or accept a PendingIntent instead.',
    },
    tags: {
      cwe: [940, 926],
      masvs: ['MASVS-PLATFORM-1'],
      owaspMobile2024: ['M4'],
      maswe: ['insecure-intents'],
      ituBp: ['DH-5', 'DH-7'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (!LAUNCHERS.has(call.name)) return;
      const components = ctx.project.components;
      if (!components) return; // exported-ness unknown: do not guess
      const arg = call.name === 'setResult' ? call.args[1] : call.args[0];
      if (!arg) return;
      const source: Node | undefined = FROM_EXTRAS.test(arg.text) ? arg.node : arg.node.type === 'identifier' ? localInitializer(arg.node) : undefined;
      if (!source || !FROM_EXTRAS.test(source.text)) return;
      const fn = enclosingFunction(call.node);
      if (fn && VALIDATED.test(codeText(fn))) return;
      const cls = enclosingClass(call.node);
      const className = cls?.childForFieldName('name')?.text ?? cls?.namedChildren.find((c) => c?.type === 'type_identifier' || c?.type === 'identifier')?.text;
      if (!className) return;
      const component = components.find((c) => c.name.split('.').pop() === className);
      if (!component) return;
      const exported = component.exported ?? (component.hasIntentFilter && ctx.project.targetSdk !== undefined && ctx.project.targetSdk < 31 ? true : undefined);
      if (exported !== true || component.permission) return;
      ctx.report({ at: arg.node, messageId: 'redirect', data: { tag: component.tag } });
    },
  },
});
