// Rule: SSLv3 / TLS 1.0 / TLS 1.1 requested by SSLContext, setEnabledProtocols or OkHttp ConnectionSpec.
import type { Node } from 'web-tree-sitter';
import { defineRule } from '../../server/src/engine/rule';

const WEAK = /^(SSLv2|SSLv2Hello|SSLv3|TLSv1|TLSv1\.1)$/;
const WEAK_OKHTTP = new Set(['TLS_1_0', 'TLS_1_1', 'SSL_3_0']);
const STRING_TYPES = ['string_literal', 'identifier', 'field_access', 'navigation_expression'];

export default defineRule({
  id: 'network-weak-tls-protocol',
  meta: {
    title: 'SSLv3, TLS 1.0 or TLS 1.1 enabled',
    description: 'Flags SSLContext.getInstance, setEnabledProtocols and OkHttp ConnectionSpec settings that request SSLv3, TLS 1.0 or TLS 1.1, and ConnectionSpec.COMPATIBLE_TLS.',
    severity: 'medium',
    messages: {
      protocol: '"{{protocol}}" is a deprecated protocol with known attacks (POODLE, BEAST) and no modern cipher suites; use "TLSv1.2" or later (SSLContext.getInstance("TLS") negotiates the best version).',
      okhttp: 'TlsVersion.{{protocol}} allows a deprecated protocol version; use TlsVersion.TLS_1_2 and TLS_1_3 (ConnectionSpec.MODERN_TLS).',
      compatible: 'ConnectionSpec.COMPATIBLE_TLS also accepts TLS 1.0 and 1.1 and older cipher suites; use ConnectionSpec.MODERN_TLS (or RESTRICTED_TLS).',
    },
    tags: {
      cwe: [327, 326],
      masvs: ['MASVS-NETWORK-1'],
      owaspMobile2024: ['M5'],
      maswe: ['cleartext-traffic'],
      ituBp: ['CS-1'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (call.name === 'getInstance' && call.receiverName === 'SSLContext') {
        const arg = call.args[0];
        const protocol = arg ? ctx.constString(arg.node) : undefined;
        if (!arg || !protocol || !WEAK.test(protocol)) return;
        const fixes = arg.node.type === 'string_literal' ? [{ title: 'Request TLSv1.2', kind: 'suggestion' as const, edits: [ctx.fix.replace(arg.node, '"TLSv1.2"')] }] : [];
        ctx.report({ at: arg.node, messageId: 'protocol', data: { protocol }, fixes });
        return;
      }
      if (call.name === 'setEnabledProtocols' || call.name === 'tlsVersions') {
        // Arrays (`new String[] {…}`, `arrayOf(…)`) and varargs: judge every element.
        const seen = new Set<number>();
        for (const arg of call.args) {
          const nodes: Node[] = [arg.node, ...arg.node.descendantsOfType(STRING_TYPES).filter((n): n is Node => n !== null)];
          for (const n of nodes) {
            if (seen.has(n.id) || !STRING_TYPES.includes(n.type)) continue;
            const protocol = ctx.constString(n);
            if (protocol && WEAK.test(protocol)) {
              seen.add(n.id);
              ctx.report({ at: n, messageId: 'protocol', data: { protocol } });
            }
          }
        }
      }
    },
    member(member, ctx) {
      if (/(^|\.)TlsVersion$/.test(member.receiverText) && WEAK_OKHTTP.has(member.name)) {
        ctx.report({
          at: member.node,
          messageId: 'okhttp',
          data: { protocol: member.name },
          fixes: [{ title: 'Use TlsVersion.TLS_1_2', kind: 'suggestion', edits: [ctx.fix.replace(member.nameNode, 'TLS_1_2')] }],
        });
      } else if (/(^|\.)ConnectionSpec$/.test(member.receiverText) && member.name === 'COMPATIBLE_TLS') {
        ctx.report({
          at: member.node,
          messageId: 'compatible',
          fixes: [{ title: 'Use ConnectionSpec.MODERN_TLS', kind: 'suggestion', edits: [ctx.fix.replace(member.nameNode, 'MODERN_TLS')] }],
        });
      }
    },
  },
});
