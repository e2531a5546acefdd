// Rule: WebSettings.setMixedContentMode(MIXED_CONTENT_ALWAYS_ALLOW) (or compatibility mode, at low severity).
import { defineRule } from '../../server/src/engine/rule';

export default defineRule({
  id: 'webview-mixed-content',
  meta: {
    title: 'WebView allows mixed (http) content on https pages',
    description: 'Flags setMixedContentMode with MIXED_CONTENT_ALWAYS_ALLOW (and, at low severity, MIXED_CONTENT_COMPATIBILITY_MODE).',
    severity: 'medium',
    messages: {
      alwaysAllow: 'MIXED_CONTENT_ALWAYS_ALLOW lets an https page load scripts and frames over plain http, which anyone on the network can replace; use MIXED_CONTENT_NEVER_ALLOW and serve every resource over https.',
      compatibility: 'MIXED_CONTENT_COMPATIBILITY_MODE still loads some http resources (images, media) into https pages; use MIXED_CONTENT_NEVER_ALLOW once every resource is served over https.',
    },
    tags: {
      cwe: [319],
      masvs: ['MASVS-NETWORK-1', 'MASVS-PLATFORM-2'],
      owaspMobile2024: ['M5'],
      maswe: ['cleartext-traffic'],
      ituLab: ['T3.1'],
      ituBp: ['CS-1'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (call.name !== 'setMixedContentMode' || call.args.length !== 1) return;
      const arg = call.args[0];
      const text = arg.text.replace(/\s+/g, '');
      const value = ctx.constNumber(arg.node);
      let messageId: 'alwaysAllow' | 'compatibility';
      if (/(^|\.)MIXED_CONTENT_ALWAYS_ALLOW$/.test(text) || value === 0) messageId = 'alwaysAllow' as const;
      else if (/(^|\.)MIXED_CONTENT_COMPATIBILITY_MODE$/.test(text) || value === 2) messageId = 'compatibility' as const;
      else return;
      const replacement = /MIXED_CONTENT_/.test(text)
        ? arg.text.replace(/MIXED_CONTENT_(ALWAYS_ALLOW|COMPATIBILITY_MODE)\s*$/, 'MIXED_CONTENT_NEVER_ALLOW')
        : 'android.webkit.WebSettings.MIXED_CONTENT_NEVER_ALLOW';
      ctx.report({
        at: arg.node,
        messageId,
        severity: messageId === 'compatibility' ? 'low' : undefined,
        fixes: [{ title: 'Use MIXED_CONTENT_NEVER_ALLOW', kind: 'suggestion', edits: [ctx.fix.replace(arg.node, replacement)] }],
      });
    },
  },
});
