// Rule: WebViewClient.onReceivedSslError overrides that call handler.proceed().
import { findAncestor, isDebugGuarded } from '../../server/src/engine/ast';
import { defineRule } from '../../server/src/engine/rule';
import { functionView } from '../../server/src/engine/view';

export default defineRule({
  id: 'webview-ssl-error-proceed',
  meta: {
    title: 'WebView proceeds despite a TLS certificate error',
    description: 'Flags onReceivedSslError overrides that call SslErrorHandler.proceed(), which loads the page over a connection with an invalid certificate.',
    severity: 'high',
    messages: {
      proceed: 'handler.proceed() loads the page although its TLS certificate is invalid, so anyone on the network can read and change what the WebView shows and sends; call handler.cancel() (the default) and fix the server certificate.',
      debugOnly: 'handler.proceed() in a debug-only branch: release builds are safe only if the guard holds; prefer a debug network security config (<debug-overrides>) over proceeding in code, and call handler.cancel().',
    },
    tags: {
      cwe: [295],
      masvs: ['MASVS-NETWORK-1', 'MASVS-PLATFORM-2'],
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
      if (call.name !== 'proceed' || call.args.length !== 0 || !call.receiverText) return;
      const fnNode = findAncestor(call.node, ['method_declaration', 'function_declaration']);
      const fn = fnNode ? functionView(fnNode, call.lang) : undefined;
      if (!fn || fn.name !== 'onReceivedSslError' || fn.params.length < 2) return;
      const receiver = call.receiverText.replace(/[?!]/g, '');
      const handlerParams = fn.params.filter((p, i) => (p.type ?? '').replace(/\?$/, '').endsWith('SslErrorHandler') || (i === 1 && !p.type));
      if (!handlerParams.some((p) => p.name === receiver)) return;
      const guarded = isDebugGuarded(call.node);
      ctx.report({
        at: call.node,
        messageId: guarded ? 'debugOnly' : 'proceed',
        severity: guarded ? 'medium' : undefined,
        fixes: [{ title: 'Cancel the load instead of proceeding (handler.cancel())', kind: 'suggestion', edits: [ctx.fix.replace(call.nameNode, 'cancel')] }],
      });
    },
  },
});
