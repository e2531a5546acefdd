// Rule: JAXP XML factories (DocumentBuilderFactory, SAXParserFactory, XMLInputFactory, TransformerFactory) created in a
// function that never turns off DOCTYPE / external entities, and XmlPullParser with FEATURE_PROCESS_DOCDECL on.
import type { Node } from 'web-tree-sitter';
import { codeText, enclosingClass, enclosingFunction } from '../../server/src/engine/ast';
import { defineRule, table, type RuleContext } from '../../server/src/engine/rule';

const FACTORIES = table({ DocumentBuilderFactory: true, SAXParserFactory: true, XMLInputFactory: true, TransformerFactory: true });
const CREATORS = table({ newInstance: true, newFactory: true, newDefaultInstance: true, newDefaultFactory: true });
const PROCESS_DOCDECL = 'http://xmlpull.org/v1/doc/features.html#process-docdecl';

/** Any of the usual hardening calls, in Java or Kotlin (property) syntax. */
const PROTECTED = new RegExp(
  [
    'disallow-doctype-decl',
    'FEATURE_SECURE_PROCESSING',
    'http://javax\\.xml\\.XMLConstants/feature/secure-processing',
    'setExpandEntityReferences\\s*\\(\\s*false',
    'isExpandEntityReferences\\s*=\\s*false',
    'SUPPORT_DTD\\s*,\\s*(false|(java\\.lang\\.)?Boolean\\.FALSE)',
    'javax\\.xml\\.stream\\.supportDTD"\\s*,\\s*(false|(java\\.lang\\.)?Boolean\\.FALSE)',
    'IS_SUPPORTING_EXTERNAL_ENTITIES\\s*,\\s*(false|(java\\.lang\\.)?Boolean\\.FALSE)',
    'ACCESS_EXTERNAL_DTD\\s*,\\s*""',
    'external-general-entities"\\s*,\\s*false',
  ].join('|'),
);

type Msg = 'factory' | 'docdecl';

/** Hardening through a constant: `setFeature(DISALLOW, true)` with `DISALLOW = "…disallow-doctype-decl"`. */
function protectedViaConstant(scope: Node, ctx: RuleContext<Msg>): boolean {
  if (!/\bset(Feature|Property|Attribute)\b/.test(scope.text)) return false;
  for (const inv of scope.descendantsOfType(['method_invocation', 'call_expression'])) {
    if (!inv || !/\bset(Feature|Property|Attribute)\s*\(/.test(inv.text.slice(0, 200))) continue;
    const args = inv.childForFieldName('arguments') ?? inv.namedChildren.find((c) => c?.type === 'value_arguments');
    const first = args?.namedChildren.find((c) => c !== null && c.type !== 'line_comment' && c.type !== 'block_comment');
    if (!first) continue;
    const value = ctx.constString(first.type === 'value_argument' ? (first.namedChildren.at(-1) ?? first) : first);
    if (value && /disallow-doctype-decl|secure-processing/.test(value)) return true;
  }
  return false;
}

/** The factory is handed straight back to the caller (`return …newInstance()`, `= …newInstance()` body). */
function isReturned(call: Node): boolean {
  const p = call.parent;
  return !!p && (p.type === 'return_statement' || p.type === 'jump_expression' || p.type === 'function_body');
}

export default defineRule({
  id: 'code-xxe',
  meta: {
    title: 'XML parser with DOCTYPE and external entities enabled',
    description: 'Flags DocumentBuilderFactory, SAXParserFactory, XMLInputFactory and TransformerFactory instances created without disabling DOCTYPE declarations or external entities, and XmlPullParser with FEATURE_PROCESS_DOCDECL turned on.',
    severity: 'medium',
    messages: {
      factory: '{{factory}} is used with DOCTYPE declarations and external entities enabled, so a crafted XML document (a statement, a server response, an imported file) can read local files, reach internal hosts or exhaust memory (XXE, billion laughs); set "http://apache.org/xml/features/disallow-doctype-decl" to true (or FEATURE_SECURE_PROCESSING / SUPPORT_DTD=false) before parsing, or use XmlPullParser.',
      docdecl: 'FEATURE_PROCESS_DOCDECL makes XmlPullParser process DOCTYPE declarations and their entities, which opens the parser to entity expansion (billion laughs) and XXE; leave it off (the default).',
    },
    tags: {
      cwe: [611, 776],
      masvs: ['MASVS-CODE-4'],
      owaspMobile2024: ['M4'],
      maswe: ['insecure-parsing-escaping'],
      ituBp: ['DH-7'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (call.name === 'setFeature') {
        if (call.args.length !== 2) return;
        const feature = call.args[0];
        const on = call.args[1].text.trim();
        if (on !== 'true' && on !== 'java.lang.Boolean.TRUE' && on !== 'Boolean.TRUE') return;
        if (!/(^|\.)FEATURE_PROCESS_DOCDECL$/.test(feature.text) && ctx.constString(feature.node) !== PROCESS_DOCDECL) return;
        ctx.report({
          at: feature.node,
          messageId: 'docdecl',
          fixes: [{ title: 'Turn FEATURE_PROCESS_DOCDECL off', kind: 'suggestion', edits: [ctx.fix.replace(call.args[1].node, 'false')] }],
        });
        return;
      }
      if (!CREATORS[call.name] || !call.receiverName || !FACTORIES[call.receiverName]) return;
      const factory = call.receiverName;
      const scope = enclosingFunction(call.node) ?? enclosingClass(call.node);
      if (!scope) return;
      if (PROTECTED.test(codeText(scope)) || protectedViaConstant(scope, ctx)) return;
      // A factory helper that returns the bare instance: its callers may harden it; look at the whole file.
      if (isReturned(call.node) && ctx.root && PROTECTED.test(ctx.file.text)) return;
      // Hardened in the class (field initialised here, configured in init/constructor).
      const cls = enclosingClass(call.node);
      if (!enclosingFunction(call.node) && cls && (PROTECTED.test(codeText(cls)) || protectedViaConstant(cls, ctx))) return;
      // NOTE: no quick fix. Android's built-in DocumentBuilderFactory/SAXParserFactory throw on features they do
      // not know (ParserConfigurationException for disallow-doctype-decl), so an inserted setFeature call could
      // crash the app; the rule page explains the per-parser hardening instead.
      ctx.report({ at: call.node, messageId: 'factory', data: { factory } });
    },
  },
});
