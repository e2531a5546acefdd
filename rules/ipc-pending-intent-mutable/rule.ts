// Rule: PendingIntent.get* without FLAG_IMMUTABLE, or FLAG_MUTABLE around an implicit Intent.
import type { Node } from 'web-tree-sitter';
import { enclosingFunction } from '../../server/src/engine/ast';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';

const FACTORIES = new Set(['getActivity', 'getActivities', 'getService', 'getBroadcast', 'getForegroundService']);
/** Flags that say nothing about mutability. */
const NEUTRAL_FLAGS = /^(FLAG_UPDATE_CURRENT|FLAG_CANCEL_CURRENT|FLAG_ONE_SHOT|FLAG_NO_CREATE|FLAG_ALLOW_UNSAFE_IMPLICIT_INTENT)$/;

type Msg = 'missing' | 'missingCrash' | 'mutableImplicit';

/** The flags expression, with a local `flags` variable replaced by its initialiser. */
function resolveFlags(node: Node): Node {
  if (node.type !== 'identifier') return node;
  const fn = enclosingFunction(node);
  return (fn && declaredValue(fn, node, true)) ?? declaredValue(node.tree.rootNode, node, false) ?? node;
}

function declaredValue(scope: Node, node: Node, before: boolean): Node | undefined {
  for (const d of scope.descendantsOfType(['variable_declarator', 'property_declaration'])) {
    if (!d || (before && d.startIndex >= node.startIndex)) continue;
    // Outside the function only fields and top-level/class properties count, not other functions' locals.
    if (!before && !(d.parent?.type === 'field_declaration' || d.parent?.type === 'class_body' || d.parent?.type === 'source_file')) continue;
    if (d.type === 'variable_declarator' && d.childForFieldName('name')?.text === node.text) return d.childForFieldName('value') ?? node;
    if (d.type === 'property_declaration') {
      const id = d.namedChildren.find((c) => c?.type === 'variable_declaration')?.namedChildren[0];
      const value = d.namedChildren.at(-1);
      if (id?.text === node.text && value && value.type !== 'variable_declaration') return value;
    }
  }
  return undefined;
}

/** Simple names in a flags expression: `PendingIntent.FLAG_UPDATE_CURRENT or FLAG_ONE_SHOT` → both names; `0` → '0'. */
function flagNames(node: Node): string[] | undefined {
  const t = node.type;
  if (t === 'parenthesized_expression' && node.namedChildren[0]) return flagNames(node.namedChildren[0]);
  if (t === 'field_access' || t === 'navigation_expression' || t === 'identifier') return [node.text.replace(/\s+/g, '').split('.').pop()!];
  if (/integer_literal|number_literal/.test(t)) return node.text === '0' ? ['0'] : undefined;
  if (t === 'binary_expression' || t === 'infix_expression') {
    const kids = node.namedChildren.filter((c): c is Node => c !== null);
    const op = t === 'binary_expression' ? node.childForFieldName('operator')?.text : kids[1]?.text;
    if (op !== '|' && op !== 'or' && op !== '+') return undefined;
    const l = flagNames(kids[0]);
    const r = flagNames(kids.at(-1)!);
    return l && r ? [...l, ...r] : undefined;
  }
  return undefined;
}

/** The Intent passed in is visibly implicit: `Intent("action")` with no class, component or package set. */
function isImplicitIntent(node: Node, ctx: RuleContext<Msg>): boolean {
  let creation: Node | undefined = node;
  let name: string | undefined;
  if (node.type === 'identifier') {
    name = node.text;
    creation = undefined;
    const resolved = resolveFlags(node);
    if (resolved !== node) creation = resolved;
  }
  if (!creation) return false;
  let args: Node[] = [];
  if (creation.type === 'object_creation_expression' && /^Intent$/.test(creation.childForFieldName('type')?.text ?? '')) {
    args = creation.childForFieldName('arguments')?.namedChildren.filter((c): c is Node => c !== null) ?? [];
  } else if (creation.type === 'call_expression' && creation.namedChildren[0]?.text === 'Intent') {
    const list = creation.namedChildren.find((c) => c?.type === 'value_arguments');
    args = list?.namedChildren.filter((c): c is Node => c?.type === 'value_argument') ?? [];
    if (creation.namedChildren.some((c) => c?.type === 'annotated_lambda')) return false;
  } else return false;
  if (args.length !== 1) return false;
  const action = args[0].type === 'value_argument' ? args[0].namedChildren.at(-1)! : args[0];
  if (ctx.constString(action) === undefined && !/ACTION_\w+$/.test(action.text)) return false;
  if (name) {
    const fn = enclosingFunction(node);
    const body = fn?.text ?? '';
    const explicit = new RegExp(`\\b${name}\\s*\\.\\s*(setClass|setClassName|setComponent|setPackage|component\\s*=|\`?package\`?\\s*=|selector)`);
    if (explicit.test(body)) return false;
  }
  return true;
}

export default defineRule({
  id: 'ipc-pending-intent-mutable',
  meta: {
    title: 'PendingIntent without FLAG_IMMUTABLE',
    description: 'Flags PendingIntent.getActivity/getService/getBroadcast/getForegroundService calls whose flags lack FLAG_IMMUTABLE, or that make an implicit Intent mutable.',
    severity: 'medium',
    messages: {
      missing: 'This PendingIntent is mutable by default: the app that receives it can fill in the action, data or extras and run it with your app\'s identity; add PendingIntent.FLAG_IMMUTABLE (use FLAG_MUTABLE only for inline replies, with an explicit Intent).',
      missingCrash: 'The flags give neither FLAG_IMMUTABLE nor FLAG_MUTABLE, which throws IllegalArgumentException from targetSdk 31 and otherwise leaves the PendingIntent mutable; add PendingIntent.FLAG_IMMUTABLE.',
      mutableImplicit: 'A mutable PendingIntent around an implicit Intent lets the receiving app redirect it to any component with your app\'s permissions; make the Intent explicit (setClass/setPackage) or use FLAG_IMMUTABLE.',
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
      if (!FACTORIES.has(call.name) || call.receiverName !== 'PendingIntent') return;
      const flagsArg = call.args.find((a) => a.name === 'flags') ?? (call.args.some((a) => a.name) ? undefined : call.args[3]);
      if (!flagsArg) return;
      const names = flagNames(resolveFlags(flagsArg.node));
      if (!names) return; // flags computed elsewhere: unknown, do not guess
      if (names.includes('FLAG_IMMUTABLE')) return;
      const qualifier = call.receiverText && /PendingIntent$/.test(call.receiverText) ? call.receiverText : 'android.app.PendingIntent';
      if (names.includes('FLAG_MUTABLE')) {
        const intentArg = call.args.find((a) => a.name === 'intent') ?? call.args[2];
        if (!intentArg || !isImplicitIntent(intentArg.node, ctx)) return;
        const mutable = flagsArg.node.type === 'identifier' || /MUTABLE/.test(flagsArg.text) ? findName(flagsArg.node, 'FLAG_MUTABLE') : undefined;
        const fixes = mutable
          ? [{ title: 'Use FLAG_IMMUTABLE', kind: 'suggestion' as const, edits: [ctx.fix.replace(mutable, mutable.text.replace(/FLAG_MUTABLE$/, 'FLAG_IMMUTABLE'))] }]
          : [];
        ctx.report({ at: flagsArg.node, messageId: 'mutableImplicit', fixes });
        return;
      }
      if (!names.every((n) => n === '0' || NEUTRAL_FLAGS.test(n))) return;
      const immutable = `${qualifier}.FLAG_IMMUTABLE`;
      const node = flagsArg.node;
      const edit = node.text === '0'
        ? ctx.fix.replace(node, immutable)
        : ctx.fix.insertAfter(node, call.lang === 'kotlin' ? ` or ${immutable}` : ` | ${immutable}`);
      const crash = ctx.project.targetSdk !== undefined && ctx.project.targetSdk >= 31;
      ctx.report({
        at: node,
        messageId: crash ? 'missingCrash' : 'missing',
        severity: crash ? 'high' : 'medium',
        fixes: [{ title: 'Add FLAG_IMMUTABLE', kind: 'suggestion', edits: [edit] }],
      });
    },
  },
});

function findName(node: Node, name: string): Node | undefined {
  if ((node.type === 'field_access' || node.type === 'navigation_expression' || node.type === 'identifier') && node.text.replace(/\s+/g, '').endsWith(name)) return node;
  for (const c of node.namedChildren) {
    const f = c && findName(c, name);
    if (f) return f;
  }
  return undefined;
}
