// Rule: a class that loads pages into a WebView and has a logout/signOut/clearSession function that does not
// clear the WebView's cache, form data, cookies and web storage.
import { codeText, isEmptyBody } from '../../server/src/engine/ast';
import { defineRule } from '../../server/src/engine/rule';
import { splitWords } from '../../server/src/engine/sensitive';
import type { FunctionView } from '../../server/src/engine/view';

/** `webView.loadUrl(`, `binding.paymentWebView.postUrl(`, `browser?.loadUrl(`. */
const WEBVIEW_LOAD = /([\w.?!]+?)\s*[?!]*\.\s*(loadUrl|postUrl)\s*\(/g;
const CLEARS: { what: string; re: RegExp }[] = [
  { what: 'clearCache(true)', re: /\bclearCache\s*\(\s*(includeDiskFiles\s*=\s*)?true\s*\)/ },
  { what: 'clearFormData()', re: /\bclearFormData\s*\(/ },
  { what: 'CookieManager.removeAllCookies', re: /\bremove(All|Session)Cookies?\b/ },
  { what: 'WebStorage.deleteAllData()', re: /\bdeleteAllData\s*\(/ },
];
/** A helper that clears WebView data: `clearWebViewData()`, `wipeBrowserCache()`. */
const CLEAR_HELPER = /\b((clear|wipe|purge|reset)\w*(Web|Browser|Cache|Cookie|Storage)\w*)\s*\(/gi;
/** The WebView's own methods, judged one by one in CLEARS (`clearCache(false)` is not a helper). */
const WEBVIEW_METHODS = new Set(['clearCache', 'clearFormData', 'clearHistory', 'clearSslPreferences', 'clearMatches', 'clearClientCertPreferences']);

function isLogoutName(name: string): boolean {
  const w = splitWords(name);
  const has = (a: string, b: string) => w.some((x, i) => x === a && w[i + 1] === b);
  return w.includes('logout') || w.includes('signout') || has('log', 'out') || has('sign', 'out')
    || has('clear', 'session') || has('end', 'session');
}

function loadsWebView(text: string): boolean {
  for (const m of text.matchAll(WEBVIEW_LOAD)) {
    const words = splitWords(m[1].split('.').pop() ?? '');
    if (words.includes('web') || words.includes('webview') || words.includes('browser')) return true;
  }
  return false;
}

/** The logout delegates to another logout (`super.logout()`, `session.signOut()`), which may clear the WebView. */
function delegates(fn: FunctionView, text: string): boolean {
  for (const m of text.matchAll(/(\.\s*)?([A-Za-z_]\w*)\s*\(/g)) {
    if ((m[1] || m[2] !== fn.name) && isLogoutName(m[2])) return true;
  }
  for (const m of text.matchAll(CLEAR_HELPER)) if (!WEBVIEW_METHODS.has(m[1])) return true;
  return false;
}

export default defineRule({
  id: 'dfs-webview-payment-form-cache',
  meta: {
    title: 'WebView data not cleared on logout',
    description: 'Flags logout, signOut and clearSession functions of classes that load pages into a WebView when they do not clear the WebView cache, form data, cookies and web storage.',
    severity: 'info',
    messages: {
      missing: '{{name}} ends the session but leaves the WebView\'s data behind (missing {{missing}}): cached payment pages, autofilled form values, session cookies and localStorage survive logout and are readable by the next user of a shared phone or from a backup; clear them on logout (webView.clearCache(true), clearFormData(), CookieManager.getInstance().removeAllCookies(null), WebStorage.getInstance().deleteAllData()) and serve payment pages with Cache-Control: no-store.',
    },
    tags: {
      cwe: [524, 613],
      masvs: ['MASVS-STORAGE-2'],
      owaspMobile2024: ['M9'],
      maswe: ['data-unencrypted-private-storage'],
      ituBp: ['DH-4'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
    dfsSpecific: true,
    kind: 'heuristic',
    enabledByDefault: false,
  },
  on: {
    class(cls, ctx) {
      if (!cls.body) return;
      const logouts = cls.methods.filter((m) => isLogoutName(m.name) && m.body);
      if (logouts.length === 0 || !loadsWebView(codeText(cls.body))) return;
      for (const fn of logouts) {
        const text = codeText(fn.body!);
        if (isEmptyBody(fn.body) || delegates(fn, text)) continue;
        const missing = CLEARS.filter((c) => !c.re.test(text)).map((c) => c.what);
        if (missing.length === 0) continue;
        ctx.report({ at: fn.nameNode, messageId: 'missing', data: { name: fn.name, missing: missing.join(', ') } });
      }
    },
  },
});
