// Rule: Safe Browsing turned off in code (WebSettings.setSafeBrowsingEnabled(false), WebSettingsCompat).
import { defineRule } from '../../server/src/engine/rule';

export default defineRule({
  id: 'webview-safe-browsing-disabled',
  meta: {
    title: 'WebView Safe Browsing disabled in code',
    description: 'Flags setSafeBrowsingEnabled(false) on WebSettings or WebSettingsCompat, and the Kotlin property safeBrowsingEnabled = false.',
    severity: 'medium',
    messages: {
      disabled: 'Safe Browsing is turned off for this WebView, so known phishing and malware pages (fake bank and wallet logins) load without a warning; remove the call or pass true.',
      bundled: 'Safe Browsing is turned off for a WebView that appears to serve bundled pages (WebViewAssetLoader); keep it on unless the WebView can never reach a remote page.',
    },
    tags: {
      cwe: [1021],
      masvs: ['MASVS-PLATFORM-2'],
      owaspMobile2024: ['M8'],
      maswe: ['webviews-untrusted-content'],
      ituBp: ['DI-1'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (call.name !== 'setSafeBrowsingEnabled') return;
      // WebSettings.setSafeBrowsingEnabled(b) or WebSettingsCompat.setSafeBrowsingEnabled(settings, b)
      const arg = call.args.length === 2 && call.receiverName === 'WebSettingsCompat' ? call.args[1] : call.args.length === 1 ? call.args[0] : undefined;
      if (!arg || (arg.text !== 'false' && ctx.constValue(arg.node) !== false)) return;
      const bundled = !!ctx.root && /\bWebViewAssetLoader\b/.test(ctx.root.text);
      ctx.report({
        at: arg.node,
        messageId: bundled ? 'bundled' : 'disabled',
        severity: bundled ? 'low' : undefined,
        fixes: [{ title: 'Keep Safe Browsing on (true)', kind: 'suggestion', edits: [ctx.fix.replace(arg.node, 'true')] }],
      });
    },
  },
});
