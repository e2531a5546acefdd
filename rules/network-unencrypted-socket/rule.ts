// Rule: plain java.net Socket, ServerSocket and DatagramSocket (no TLS), except loopback and printer ports.
import type { Node } from 'web-tree-sitter';
import { enclosingClass } from '../../server/src/engine/ast';
import { defineRule } from '../../server/src/engine/rule';

const LOOPBACK = /\blocalhost\b|127\.0\.0\.1|\bgetLoopbackAddress\b|\bLOOPBACK\b|^"?::1"?$/;
/** Raw printing (JetDirect), LPD and IPP: local-network printers speak these without TLS. */
const PRINTER_PORTS = new Set([9100, 515, 631]);

export default defineRule({
  id: 'network-unencrypted-socket',
  meta: {
    title: 'Plain (unencrypted) socket',
    description: 'Flags java.net Socket, ServerSocket and DatagramSocket and SocketFactory.getDefault().createSocket, which send data without TLS.',
    severity: 'medium',
    messages: {
      socket: 'A plain {{type}} sends everything in cleartext, so anyone on the network can read and change it; use SSLSocketFactory (with host name verification) or an HTTPS client such as OkHttp.',
      server: 'A ServerSocket opens a port on the device that other apps and, on Wi-Fi, other devices can connect to, without TLS or authentication; remove it, or bind it to the loopback address and authenticate the peer.',
    },
    tags: {
      cwe: [319],
      masvs: ['MASVS-NETWORK-1'],
      owaspMobile2024: ['M5'],
      maswe: ['cleartext-traffic'],
      ituLab: ['T3.1'],
      ituBp: ['CS-1'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      let type: string | undefined;
      if (call.isConstructor && ['Socket', 'ServerSocket', 'DatagramSocket'].includes(call.name) && (!call.receiverText || call.receiverText === 'java.net')) type = call.name;
      else if (call.name === 'createSocket' && call.receiverText?.replace(/^javax\.net\./, '') === 'SocketFactory.getDefault()') type = 'Socket';
      if (!type) return;
      // Kotlin constructor detection is a capitalisation heuristic: `Socket(…)` must take arguments a socket takes.
      for (const arg of call.args) {
        const value = ctx.constValue(arg.node);
        if (LOOPBACK.test(arg.text) || (typeof value === 'string' && LOOPBACK.test(value))) return;
        if (typeof value === 'number' && PRINTER_PORTS.has(value)) return;
      }
      const cls = enclosingClass(call.node);
      const className = cls?.childForFieldName('name')?.text ?? (cls as Node | undefined)?.namedChildren.find((c) => c?.type === 'identifier')?.text ?? '';
      if (/Printer|Printing/.test(className)) return;
      const isServer = type === 'ServerSocket';
      ctx.report({ at: call.nameNode, messageId: isServer ? 'server' : 'socket', data: { type }, severity: isServer ? 'high' : undefined });
    },
  },
});
