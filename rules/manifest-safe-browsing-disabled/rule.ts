// Rule: <meta-data android:name="android.webkit.WebView.EnableSafeBrowsing" android:value="false"/>:
// Safe Browsing turned off for every WebView of the app.
import { defineRule } from '../../server/src/engine/rule';
import { androidAttr } from '../../server/src/engine/manifest';

const KEY = 'android.webkit.WebView.EnableSafeBrowsing';

export default defineRule({
  id: 'manifest-safe-browsing-disabled',
  meta: {
    title: 'WebView Safe Browsing disabled in the manifest',
    description: 'Flags the android.webkit.WebView.EnableSafeBrowsing meta-data set to false, which turns off Safe Browsing for every WebView in the app.',
    severity: 'medium',
    messages: {
      disabled:
        'EnableSafeBrowsing="false" turns off Google Safe Browsing in every WebView of the app, so a phishing or malware page reached through a link, an ad or a redirect loads without a warning; remove the meta-data or set it to "true".',
    },
    tags: {
      cwe: [693],
      masvs: ['MASVS-PLATFORM-2'],
      owaspMobile2024: ['M8'],
      maswe: ['webviews-untrusted-content'],
      ituBp: ['CS-1'],
    },
    fix: 'safe',
    files: ['manifest'],
    precision: 'high',
  },
  on: {
    xmlElement(el, ctx) {
      if (el.name !== 'meta-data' || el.parent?.name !== 'application' || androidAttr(el, 'name') !== KEY) return;
      const valueAttr = el.attr('android:value');
      if (!valueAttr || valueAttr.value?.trim().toLowerCase() !== 'false') return;
      ctx.report({
        at: valueAttr,
        messageId: 'disabled',
        fixes: [{ title: 'Turn Safe Browsing back on (android:value="true")', kind: 'safe', edits: [ctx.fix.setAttribute(valueAttr, 'true')] }],
      });
    },
  },
});
