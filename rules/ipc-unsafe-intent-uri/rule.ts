// Rule: Intent.parseUri(…, URI_INTENT_SCHEME) whose result is launched without being made safe.
import type { Node } from 'web-tree-sitter';
import { enclosingFunction } from '../../server/src/engine/ast';
import { defineRule } from '../../server/src/engine/rule';

const LAUNCHERS = /\b(startActivity|startActivityForResult|startActivityIfNeeded|startService|startForegroundService|sendBroadcast|bindService|launch)\s*\(/;
/** Signs the parsed intent was restricted: BROWSABLE category, cleared component and selector. */
const SANITIZED = /CATEGORY_BROWSABLE[\s\S]*(component\s*=\s*null|setComponent\s*\(\s*null\s*\))|(component\s*=\s*null|setComponent\s*\(\s*null\s*\))[\s\S]*CATEGORY_BROWSABLE/;

/** `val intent = Intent.parseUri(…)` / `Intent intent = Intent.parseUri(…);`: the declared name and statement. */
function declaredVariable(call: Node): { name: string; stmt: Node } | undefined {
  const p = call.parent;
  if (p?.type === 'variable_declarator') {
    const name = p.childForFieldName('name')?.text;
    const stmt = p.parent;
    return name && stmt?.type === 'local_variable_declaration' ? { name, stmt } : undefined;
  }
  if (p?.type === 'property_declaration') {
    const name = p.namedChildren.find((c) => c?.type === 'variable_declaration')?.namedChildren[0]?.text;
    return name ? { name, stmt: p } : undefined;
  }
  return undefined;
}

export default defineRule({
  id: 'ipc-unsafe-intent-uri',
  meta: {
    title: 'intent:// URI parsed and launched without restrictions',
    description: 'Flags Intent.parseUri with URI_INTENT_SCHEME or URI_ANDROID_APP_SCHEME whose result is launched without adding CATEGORY_BROWSABLE and clearing the component and selector.',
    severity: 'medium',
    messages: {
      unsafe: 'An intent:// URI can name any component of this app, including non-exported ones, and set extras and a selector; before launching it add CATEGORY_BROWSABLE and set component and selector to null (or allow-list the target).',
    },
    tags: {
      cwe: [940, 926],
      masvs: ['MASVS-PLATFORM-1'],
      owaspMobile2024: ['M4'],
      maswe: ['insecure-intents'],
      ituBp: ['DH-5', 'DH-7'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (call.name !== 'parseUri' || call.receiverName !== 'Intent' || call.args.length < 2) return;
      if (!/URI_INTENT_SCHEME|URI_ANDROID_APP_SCHEME/.test(call.args[1].text)) return;
      const fn = enclosingFunction(call.node);
      if (!fn) return;
      const decl = declaredVariable(call.node);
      const body = fn.text;
      let outer = call.node.parent;
      while (outer && /^(argument_list|value_argument|value_arguments)$/.test(outer.type)) outer = outer.parent;
      const launchedInline = outer !== call.node.parent && !!outer && LAUNCHERS.test(outer.text.slice(0, outer.text.indexOf('(') + 1).replace(/^.*\./s, ''));
      const launched = launchedInline || (decl && new RegExp(`\\b(startActivity|startActivityForResult|startActivityIfNeeded|startService|startForegroundService|sendBroadcast|bindService|launch)\\s*\\(\\s*${decl.name}\\b`).test(body));
      if (!launched) return;
      const after = body.slice(call.node.endIndex - fn.startIndex);
      if (SANITIZED.test(after)) return;
      const fixes = [];
      if (decl) {
        const indent = ctx.fix.indentOf(decl.stmt);
        const owner = call.receiverText ?? 'Intent';
        const v = decl.name;
        const lines = call.lang === 'kotlin'
          ? [`${v}.addCategory(${owner}.CATEGORY_BROWSABLE)`, `${v}.component = null`, `${v}.selector = null`]
          : [`${v}.addCategory(${owner}.CATEGORY_BROWSABLE);`, `${v}.setComponent(null);`, `${v}.setSelector(null);`];
        fixes.push({
          title: 'Restrict the parsed intent (BROWSABLE, no component, no selector)',
          kind: 'suggestion' as const,
          edits: [ctx.fix.insertAfter(decl.stmt, lines.map((l) => `\n${indent}${l}`).join(''))],
        });
      }
      ctx.report({ at: call.nameNode, messageId: 'unsafe', fixes });
    },
  },
});
