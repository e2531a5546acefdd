// Rule: registerReceiver without RECEIVER_NOT_EXPORTED / RECEIVER_EXPORTED or a permission (app broadcasts only).
import type { Node } from 'web-tree-sitter';
import { enclosingFunction, findAncestor } from '../../server/src/engine/ast';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import type { CallView } from '../../server/src/engine/view';
import { isLocalBroadcastManager, localInitializer } from '../ipc-broadcast-no-permission/intents';

type Msg = 'unspecified' | 'unspecifiedCrash';

/** Actions only the system can send (protected broadcasts): `Intent.ACTION_SCREEN_OFF`, "android.intent.action.…". */
function isSystemAction(node: Node, ctx: RuleContext<Msg>): boolean {
  const text = node.text.replace(/\s+/g, '');
  if (/^(android\.content\.)?Intent\.ACTION_\w+$/.test(text)) return true;
  if (/^(ConnectivityManager\.CONNECTIVITY_ACTION|AudioManager\.\w+|BluetoothAdapter\.ACTION_\w+|BluetoothDevice\.ACTION_\w+|WifiManager\.\w+_ACTION|TelephonyManager\.ACTION_\w+|PowerManager\.ACTION_\w+|NfcAdapter\.ACTION_\w+|UsbManager\.ACTION_\w+|LocationManager\.\w+_ACTION|DownloadManager\.ACTION_\w+)$/.test(text)) return true;
  const value = ctx.constString(node);
  return value !== undefined && /^android\.(intent|net|bluetooth|media|os|location|nfc|hardware)\./.test(value);
}

/** The filter's actions, when all of them are visible in the function; undefined when unknown. */
function filterActions(filter: Node): Node[] | undefined {
  const init = filter.type === 'identifier' ? localInitializer(filter) : filter;
  if (!init) return undefined;
  const actions: Node[] = [];
  const ctor = /^(new\s+)?IntentFilter\s*\(/.test(init.text) ? init : undefined;
  if (!ctor) return undefined;
  const argList = ctor.childForFieldName?.('arguments') ?? ctor.namedChildren.find((c) => c?.type === 'value_arguments');
  const first = argList?.namedChildren[0];
  if (first) actions.push(first.type === 'value_argument' ? first.namedChildren.at(-1)! : first);
  if (filter.type === 'identifier') {
    const fn = enclosingFunction(filter);
    for (const call of fn?.descendantsOfType(['method_invocation', 'call_expression']) ?? []) {
      if (!call) continue;
      const t = call.text.replace(/\s+/g, '');
      if (!t.startsWith(`${filter.text}.addAction(`)) continue;
      const args = call.childForFieldName?.('arguments') ?? call.namedChildren.find((c) => c?.type === 'value_arguments');
      const a = args?.namedChildren[0];
      if (a) actions.push(a.type === 'value_argument' ? a.namedChildren.at(-1)! : a);
    }
    // Actions added inside `.apply { addAction(…) }` on the initialiser.
    for (const call of init.descendantsOfType('call_expression')) {
      if (call?.namedChildren[0]?.text === 'addAction') {
        const a = call.namedChildren.find((c) => c?.type === 'value_arguments')?.namedChildren[0];
        if (a) actions.push(a.namedChildren.at(-1)!);
      }
    }
  }
  return actions.length ? actions : undefined;
}

function hasExportFlag(node: Node | undefined): boolean {
  return !!node && /RECEIVER_(NOT_)?EXPORTED/.test(node.text);
}

function contextForFix(call: CallView): string | undefined {
  if (call.receiver) return call.receiverText;
  // A bare call uses `this`; inside anonymous classes, object expressions and lambdas with receivers `this` changes.
  if (findAncestor(call.node, ['object_literal', 'lambda_literal', 'class_body'])?.type !== 'class_body') return undefined;
  const body = findAncestor(call.node, ['class_body']);
  if (body?.parent?.type === 'object_creation_expression') return undefined;
  return 'this';
}

export default defineRule({
  id: 'ipc-dynamic-receiver-exported',
  meta: {
    title: 'Receiver registered without an export flag',
    description: 'Flags registerReceiver calls for app-defined broadcasts that pass neither RECEIVER_NOT_EXPORTED/RECEIVER_EXPORTED nor a broadcast permission, leaving the receiver open to every app.',
    severity: 'medium',
    messages: {
      unspecified: 'This receiver is registered without RECEIVER_NOT_EXPORTED or a permission, so any app can send it forged broadcasts (fake "payment done", "session expired"); register it with ContextCompat.RECEIVER_NOT_EXPORTED.',
      unspecifiedCrash: 'From targetSdk 34 registering a receiver for app broadcasts without RECEIVER_EXPORTED/RECEIVER_NOT_EXPORTED throws SecurityException, and before that any app can send it forged broadcasts; register it with ContextCompat.RECEIVER_NOT_EXPORTED.',
    },
    tags: {
      cwe: [925, 926],
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
      if (call.name !== 'registerReceiver') return;
      const args = call.args;
      const compat = call.receiverName === 'ContextCompat';
      if (compat) return; // ContextCompat.registerReceiver requires the flag
      if (isLocalBroadcastManager(call.receiverText, ctx.root)) return;
      if (args.length < 2) return;
      if (args.length === 3 || args.length === 5) {
        if (hasExportFlag(args[args.length - 1].node)) return;
        if (args.length === 3 && !/FLAG|RECEIVER|^0$|^\w+$/.test(args[2].text)) return;
      }
      if (args.length >= 4 && args[2].text !== 'null') return; // broadcast permission given
      if (args.length === 3 && /^"|PERMISSION/.test(args[2].text)) return;
      if (args[0].text === 'null') return; // reading a sticky broadcast once, no receiver
      const actions = filterActions(args[1].node);
      if (actions && actions.every((a) => isSystemAction(a, ctx))) return;
      const crash = ctx.project.targetSdk !== undefined && ctx.project.targetSdk >= 34;
      const fixes = [];
      const target = args.length === 2 ? contextForFix(call) : undefined;
      if (target) {
        const imported = /^\s*import\s+androidx\.core\.content\.ContextCompat\b/m.test(ctx.file.text);
        const cc = imported ? 'ContextCompat' : 'androidx.core.content.ContextCompat';
        const text = `${cc}.registerReceiver(${target}, ${args[0].text}, ${args[1].text}, ${cc}.RECEIVER_NOT_EXPORTED)`;
        fixes.push({ title: 'Register with ContextCompat.RECEIVER_NOT_EXPORTED', kind: 'suggestion' as const, edits: [ctx.fix.replace(call.node, text)] });
      }
      ctx.report({ at: call.nameNode, messageId: crash ? 'unspecifiedCrash' : 'unspecified', fixes });
    },
  },
});
