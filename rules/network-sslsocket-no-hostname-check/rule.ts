// Rule: SSLCertificateSocketFactory.getInsecure, and raw SSLSockets used without a host name check.
import type { Node } from 'web-tree-sitter';
import { findAncestor } from '../../server/src/engine/ast';
import { defineRule } from '../../server/src/engine/rule';

/** Calls that verify the peer's host name (or make the handshake do it). */
const HOST_CHECK = /\.verify\s*\(|setEndpointIdentificationAlgorithm|endpointIdentificationAlgorithm\s*=|getDefaultHostnameVerifier|HostnameVerifier/;

/** True when the value of `call` is cast to SSLSocket (`(SSLSocket) f.createSocket(…)`, `… as SSLSocket`) or stored in one. */
function usedAsSslSocket(node: Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'cast_expression') return /\bSSLSocket$/.test(parent.childForFieldName('type')?.text ?? '');
  if (parent.type === 'as_expression') return /\bSSLSocket\??$/.test(parent.namedChildren.at(-1)?.text ?? '');
  if (parent.type === 'variable_declarator') return /\bSSLSocket$/.test(parent.parent?.childForFieldName('type')?.text ?? '');
  return false;
}

export default defineRule({
  id: 'network-sslsocket-no-hostname-check',
  meta: {
    title: 'TLS socket without host name verification',
    description: 'Flags SSLCertificateSocketFactory.getInsecure and SSLSockets created from a socket factory in a function that never verifies the host name.',
    severity: 'medium',
    messages: {
      insecure: 'SSLCertificateSocketFactory.getInsecure() turns off certificate and host name checks, so anyone on the network can impersonate the server; use getDefault(…) or, better, OkHttp / HttpsURLConnection.',
      noVerify: 'An SSLSocket does not check that the certificate belongs to the host you connected to, and this function never verifies it; after the handshake call HttpsURLConnection.getDefaultHostnameVerifier().verify(host, socket.session), or set sslParameters.endpointIdentificationAlgorithm = "HTTPS".',
    },
    tags: {
      cwe: [297, 295],
      masvs: ['MASVS-NETWORK-1'],
      owaspMobile2024: ['M5'],
      maswe: ['insecure-cert-val'],
      ituLab: ['T3.2'],
      ituBp: ['CS-7'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (call.name === 'getInsecure' && call.receiverName === 'SSLCertificateSocketFactory') {
        ctx.report({
          at: call.nameNode,
          messageId: 'insecure',
          severity: 'high',
          fixes: [{ title: 'Use SSLCertificateSocketFactory.getDefault (validates certificates and host names)', kind: 'suggestion', edits: [ctx.fix.replace(call.nameNode, 'getDefault')] }],
        });
        return;
      }
      if (call.name !== 'createSocket' || !usedAsSslSocket(call.node)) return;
      const fn = findAncestor(call.node, ['method_declaration', 'constructor_declaration', 'function_declaration']);
      if (!fn || HOST_CHECK.test(fn.text)) return;
      ctx.report({ at: call.nameNode, messageId: 'noVerify' });
    },
  },
});
