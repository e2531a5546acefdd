// Rule: WebView.setWebContentsDebuggingEnabled(true) outside a debug-only guard.
import { isDebugGuarded } from '../../server/src/engine/ast';
import { defineRule } from '../../server/src/engine/rule';

export default defineRule({
  id: 'webview-debugging',
  meta: {
    title: 'WebView remote debugging enabled in release',
    description: 'Flags WebView.setWebContentsDebuggingEnabled(true) that is not guarded by BuildConfig.DEBUG.',
    severity: 'high',
    messages: {
      debugging: 'setWebContentsDebuggingEnabled(true) lets anyone with USB access open Chrome DevTools on this app\'s WebViews and read or change payment pages, cookies and tokens; pass BuildConfig.DEBUG instead.',
    },
    tags: {
      cwe: [489],
      masvs: ['MASVS-RESILIENCE-4', 'MASVS-PLATFORM-2'],
      owaspMobile2024: ['M7', 'M8'],
      maswe: ['web-content-debugging'],
      ituBp: ['DI-2'],
    },
    fix: 'safe',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (call.name !== 'setWebContentsDebuggingEnabled' || call.args.length !== 1) return;
      if (call.receiverName && call.receiverName !== 'WebView') return;
      const arg = call.args[0];
      if (arg.text !== 'true' && ctx.constValue(arg.node) !== true) return;
      if (isDebugGuarded(call.node)) return;
      ctx.report({
        at: arg.node,
        messageId: 'debugging',
        fixes: [{ title: 'Enable WebView debugging only in debug builds (BuildConfig.DEBUG)', kind: 'safe', edits: [ctx.fix.replace(arg.node, 'BuildConfig.DEBUG')] }],
      });
    },
  },
});
