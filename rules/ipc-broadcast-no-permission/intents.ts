// Intent helpers shared by the ipc-* rules: where an Intent variable was created and whether it is implicit.
import type { Node } from 'web-tree-sitter';
import { enclosingFunction } from '../../server/src/engine/ast';
import type { RuleContext } from '../../server/src/engine/rule';

/** The initialiser of a local declared before `id` in the same function (Java local or Kotlin val/var). */
export function localInitializer(id: Node): Node | undefined {
  if (id.type !== 'identifier') return undefined;
  const fn = enclosingFunction(id);
  if (!fn) return undefined;
  let found: Node | undefined;
  for (const d of fn.descendantsOfType(['variable_declarator', 'property_declaration'])) {
    if (!d || d.startIndex >= id.startIndex) continue;
    if (d.type === 'variable_declarator' && d.childForFieldName('name')?.text === id.text) found = d.childForFieldName('value') ?? undefined;
    if (d.type === 'property_declaration') {
      const name = d.namedChildren.find((c) => c?.type === 'variable_declaration')?.namedChildren[0];
      const value = d.namedChildren.at(-1);
      if (name?.text === id.text && value && value.type !== 'variable_declaration') found = value;
    }
  }
  return found;
}

/** Arguments of `new Intent(…)` / `Intent(…)`, or undefined when the node is not an Intent constructor call. */
export function intentConstructorArgs(node: Node): Node[] | undefined {
  let n = node;
  // `Intent(ACTION).apply { … }` / `.also { }`: look at the receiver.
  while (n.type === 'call_expression' && n.namedChildren[0]?.type === 'navigation_expression') {
    const nav = n.namedChildren[0];
    const fname = nav.namedChildren.at(-1)?.text ?? '';
    if (!/^(apply|also|putExtra|putExtras|addFlags|setFlags|addCategory)$/.test(fname)) return undefined;
    n = nav.namedChildren[0]!;
  }
  while (n.type === 'method_invocation' && /^(putExtra|putExtras|addFlags|setFlags|addCategory)$/.test(n.childForFieldName('name')?.text ?? '')) {
    n = n.childForFieldName('object')!;
  }
  if (n.type === 'object_creation_expression' && /^(android\.content\.)?Intent$/.test(n.childForFieldName('type')?.text ?? '')) {
    return n.childForFieldName('arguments')?.namedChildren.filter((c): c is Node => c !== null) ?? [];
  }
  if (n.type === 'call_expression' && /^(android\.content\.)?Intent$/.test(n.namedChildren[0]?.text ?? '')) {
    const list = n.namedChildren.find((c) => c?.type === 'value_arguments');
    return list?.namedChildren.filter((c): c is Node => c?.type === 'value_argument').map((a) => a.namedChildren.at(-1)!) ?? [];
  }
  return undefined;
}

/** Text of everything an Intent expression is built from: its initialiser and the function's later calls on it. */
const EXPLICIT_CALL = /\.\s*(setClass|setClassName|setComponent|setPackage)\s*\(|\.\s*(component|`package`|selector)\s*=|\b(setClass|setClassName|setComponent|setPackage)\s*\(|\b(component|`package`)\s*=/;

/**
 * True when the Intent is visibly implicit: created in view (inline or as a local) with an action or nothing,
 * and given no class, component or package anywhere in the function. Unknown origin → false.
 */
export function isVisiblyImplicit(node: Node, ctx: RuleContext<string>): boolean {
  const init = node.type === 'identifier' ? localInitializer(node) : node;
  if (!init) return false;
  const args = intentConstructorArgs(init);
  if (!args) return false;
  // Intent(context, Target::class.java), Intent(action, uri, context, cls) are explicit.
  if (args.length >= 2) {
    const second = args[1].text;
    if (/::class|\.class$|class\.java/.test(second) || args.length === 4) return false;
    if (!/^(Uri|android\.net\.Uri)\.|uri|Uri/.test(second)) return false;
  }
  if (args.length === 1 && /::class|\.class$|Intent\b/.test(args[0].text) && !/ACTION|^"/.test(args[0].text)) return false;
  if (EXPLICIT_CALL.test(init.text)) return false;
  if (node.type === 'identifier') {
    const fn = enclosingFunction(node);
    const uses = new RegExp(`\\b${node.text}\\s*\\.\\s*(setClass|setClassName|setComponent|setPackage|component\\s*=|\`package\`\\s*=|selector\\s*=)|\\b${node.text}\\s*\\.\\s*apply\\s*\\{[^}]*\\b(setClass|setClassName|setComponent|setPackage|component\\s*=|\`package\`\\s*=)`);
    if (fn && uses.test(fn.text)) return false;
  }
  void ctx;
  return true;
}

/** A receiver that is a LocalBroadcastManager (in-process only), by its text or its declaration. */
export function isLocalBroadcastManager(receiverText: string | undefined, root: Node | undefined): boolean {
  if (!receiverText) return false;
  if (/LocalBroadcastManager|localBroadcast|^lbm$|^localManager$|^broadcastManager$/i.test(receiverText)) return true;
  const name = receiverText.split('.').pop()!;
  if (!root || !/^\w+$/.test(name)) return false;
  return new RegExp(`\\b${name}\\b[^\\n;]*LocalBroadcastManager`).test(root.text);
}
