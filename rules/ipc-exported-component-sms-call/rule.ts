// Rule: an exported component (per the manifest) that sends an SMS or starts ACTION_CALL with data taken from
// the incoming intent: any app can make the wallet send premium SMS or dial USSD/premium numbers.
import type { Node } from 'web-tree-sitter';
import { codeText, enclosingClass, enclosingFunction } from '../../server/src/engine/ast';
import type { ComponentFact } from '../../server/src/engine/project';
import { defineRule } from '../../server/src/engine/rule';
import { localInitializer } from '../ipc-broadcast-no-permission/intents';

const SMS_SENDS = /^(sendTextMessage|sendMultipartTextMessage|sendDataMessage|sendTextMessageWithoutPersisting)$/;
/** Values that come from the incoming intent. */
const FROM_INTENT = /\b(getIntent\(\)|intent|incoming|received)\s*[?!]*\.\s*(get\w*Extra|getExtras|extras|data|getData|dataString|getDataString|getBundleExtra)\b|\bget\w*Extra\s*\(|\bgetExtras\s*\(\)|\bextras\s*[?!]*\.\s*get\w*\s*\(/;
const CALL_ACTION = /\b(Intent\s*\.\s*)?ACTION_CALL\b|"android\.intent\.action\.CALL"/;

type Msg = 'sms' | 'call';

/** The initializer of a local named `name` declared before `at` in the same function (for Kotlin `"$name"`). */
function localNamed(at: Node, name: string): Node | undefined {
  const fn = enclosingFunction(at);
  let found: Node | undefined;
  for (const d of fn?.descendantsOfType(['variable_declarator', 'property_declaration']) ?? []) {
    if (!d || d.startIndex >= at.startIndex) continue;
    if (d.type === 'variable_declarator' && d.childForFieldName('name')?.text === name) found = d.childForFieldName('value') ?? undefined;
    if (d.type === 'property_declaration' && d.namedChildren.find((c) => c?.type === 'variable_declaration')?.namedChildren[0]?.text === name) {
      const value = d.namedChildren.at(-1);
      if (value && value.type !== 'variable_declaration') found = value;
    }
  }
  return found;
}

function fromIntent(node: Node, depth = 0): boolean {
  if (FROM_INTENT.test(codeText(node))) return true;
  if (depth > 2) return false;
  for (const str of [node, ...node.descendantsOfType('string_literal')]) {
    if (!str || str.type !== 'string_literal') continue;
    for (const m of str.text.matchAll(/(?<!\\)\$\{?([A-Za-z_]\w*)/g)) {
      const init = localNamed(str, m[1]);
      if (init && fromIntent(init, depth + 1)) return true;
    }
  }
  for (const id of [node, ...node.descendantsOfType(['identifier', 'simple_identifier'])]) {
    if (!id || id.type !== 'identifier') continue;
    const init = localInitializer(id);
    if (init && fromIntent(init, depth + 1)) return true;
  }
  return false;
}

function exportedComponent(components: ComponentFact[], className: string, pkg: string | undefined, targetSdk: number | undefined): ComponentFact | undefined {
  const match = components.find((c) => {
    const name = c.name.trim();
    if (!name) return false;
    if (name.includes('.') && !name.startsWith('.') && pkg) return name === `${pkg}.${className}`;
    return name.split('.').pop() === className;
  });
  if (!match || match.tag === 'provider') return undefined;
  const exported = match.exported ?? (match.hasIntentFilter && targetSdk !== undefined && targetSdk < 31 ? true : undefined);
  return exported === true && !match.permission ? match : undefined;
}

export default defineRule({
  id: 'ipc-exported-component-sms-call',
  meta: {
    title: 'Exported component sends SMS or places calls with caller-supplied data',
    description: 'Flags exported activities, services and receivers that send an SMS (SmsManager) or start ACTION_CALL with a number or text taken from the incoming intent.',
    severity: 'high',
    messages: {
      sms: 'This exported {{tag}} sends an SMS whose number or text comes from the incoming intent: any app on the phone can make the wallet send premium-rate SMS or mobile-money SMS commands in the customer\'s name; set android:exported="false" or require a signature permission, and confirm every SMS with the user.',
      call: 'This exported {{tag}} starts ACTION_CALL with a number from the incoming intent: any app can make the wallet dial premium numbers or USSD codes (*150*…#) that move money, without the dialer\'s confirmation; set android:exported="false" or require a signature permission, and use ACTION_DIAL so the user confirms.',
    },
    tags: {
      cwe: [441, 926],
      masvs: ['MASVS-PLATFORM-1'],
      owaspMobile2024: ['M3', 'M8'],
      maswe: ['unauthenticated-ipc'],
      ituBp: ['DH-5'],
      ituLab: ['T1.4'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
    dfsSpecific: true,
  },
  on: {
    call(call, ctx) {
      let messageId: Msg | undefined;
      let value: Node | undefined;
      if (SMS_SENDS.test(call.name) && call.args.length >= 3) {
        // sendTextMessage(destination, scAddress, text, …): either the number or the text from the caller
        const dest = call.args[0].node;
        const text = call.args[2].node;
        value = fromIntent(dest) ? dest : fromIntent(text) ? text : undefined;
        messageId = 'sms';
      } else if ((call.name === 'Intent' && call.isConstructor) || call.name === 'setAction' || call.name === 'setData' || call.name === 'setDataAndType') {
        // Intent(ACTION_CALL, uri) or an intent whose action is ACTION_CALL in the same function
        const fn = enclosingFunction(call.node);
        if (!fn || !CALL_ACTION.test(codeText(fn))) return;
        const uriArg = call.name === 'Intent' ? call.args[1]?.node : call.name === 'setAction' ? undefined : call.args[0]?.node;
        if (call.name === 'Intent' && !CALL_ACTION.test(call.args[0]?.text ?? '')) return;
        if (!uriArg || !fromIntent(uriArg)) return;
        value = uriArg;
        messageId = 'call';
      }
      if (!messageId || !value) return;
      const components = ctx.project.components;
      if (!components) return;
      // The nearest named class (an anonymous listener inside an activity belongs to the activity).
      let cls = enclosingClass(call.node);
      while (cls && (cls.type === 'object_literal' || cls.type === 'object_creation_expression')) cls = enclosingClass(cls);
      const className = cls?.childForFieldName('name')?.text ?? cls?.namedChildren.find((c) => c?.type === 'type_identifier' || c?.type === 'identifier')?.text;
      if (!className) return;
      const pkg = /^\s*package\s+([\w.]+)/m.exec(ctx.file.text)?.[1];
      const component = exportedComponent(components, className, pkg, ctx.project.targetSdk);
      if (!component) return;
      const isSms = messageId === 'sms';
      ctx.report({ at: value, messageId: isSms ? 'sms' : 'call', data: { tag: component.tag } });
    },
  },
});
