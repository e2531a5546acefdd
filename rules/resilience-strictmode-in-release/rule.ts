// Rule: StrictMode.setThreadPolicy / setVmPolicy with penalties outside a debug guard.
import type { Node } from 'web-tree-sitter';
import { findAncestor, isDebugGuarded } from '../../server/src/engine/ast';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { localInitializer } from '../ipc-broadcast-no-permission/intents';

const PENALTY = /\.\s*penalty[A-Z]\w*\s*\(/;
const NAMED_FUNCTIONS = ['method_declaration', 'function_declaration'];

type Msg = 'strictMode';

/** The statement the call forms on its own, when it can be wrapped in an `if` without changing meaning. */
function ownStatement(call: Node): Node | undefined {
  const p = call.parent;
  if (!p) return undefined;
  if (call.type === 'method_invocation' && p.type === 'expression_statement' && p.parent?.type === 'block') return p;
  if (call.type === 'call_expression' && (p.type === 'statements' || p.type === 'block') && p.parent?.type !== 'lambda_literal') return call;
  return undefined;
}

/** Every call of the function declared by `fn` in the file is inside a debug guard (`if (BuildConfig.DEBUG) enableStrictMode()`). */
function onlyCalledInDebug(fn: Node, root: Node): boolean {
  const name = fn.childForFieldName('name')?.text;
  if (!name) return false;
  const calls = root.descendantsOfType(['method_invocation', 'call_expression']).filter((c): c is Node => {
    if (!c) return false;
    if (c.type === 'method_invocation') return c.childForFieldName('name')?.text === name;
    const callee = c.namedChildren[0];
    return (callee?.type === 'identifier' ? callee.text : callee?.type === 'navigation_expression' ? callee.lastNamedChild?.text : undefined) === name;
  });
  return calls.length > 0 && calls.every((c) => isDebugGuarded(c));
}

function debugWrap(ctx: RuleContext<Msg>, call: Node): Fix[] {
  const stmt = ownStatement(call);
  if (!stmt) return [];
  const indent = ctx.fix.indentOf(stmt);
  const body = stmt.text.split('\n').map((l, i) => (i === 0 ? l : `    ${l}`)).join('\n');
  return [{ title: 'Enable StrictMode in debug builds only (if (BuildConfig.DEBUG))', kind: 'suggestion', edits: [ctx.fix.replace(stmt, `if (BuildConfig.DEBUG) {\n${indent}    ${body}\n${indent}}`)] }];
}

export default defineRule({
  id: 'resilience-strictmode-in-release',
  meta: {
    title: 'StrictMode penalties enabled in release builds',
    description: 'Flags StrictMode.setThreadPolicy and setVmPolicy calls with penalty…() settings that are not guarded by BuildConfig.DEBUG.',
    severity: 'low',
    messages: {
      strictMode: 'StrictMode.{{call}} with penalties runs in the release build: it logs stack traces and file, network and intent details to logcat (or crashes the app with penaltyDeath) for customers; enable it only inside if (BuildConfig.DEBUG).',
    },
    tags: {
      cwe: [489],
      masvs: ['MASVS-RESILIENCE-3'],
      owaspMobile2024: ['M8'],
      maswe: ['non-production-resources'],
      ituBp: ['DI-2'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (call.name !== 'setThreadPolicy' && call.name !== 'setVmPolicy') return;
      if (call.receiverName !== 'StrictMode') return;
      const arg = call.args[0]?.node;
      if (!arg) return;
      const policy = arg.type === 'identifier' ? (localInitializer(arg) ?? arg) : arg;
      if (!PENALTY.test(policy.text)) return;
      if (isDebugGuarded(call.node)) return;
      const fn = findAncestor(call.node, NAMED_FUNCTIONS);
      if (fn && ctx.root && onlyCalledInDebug(fn, ctx.root)) return;
      ctx.report({ at: call.nameNode, messageId: 'strictMode', data: { call: call.name }, fixes: debugWrap(ctx, call.node) });
    },
  },
});
