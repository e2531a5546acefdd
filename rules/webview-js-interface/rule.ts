// Rule: WebView.addJavascriptInterface bridges (worse when the WebView loads a non-constant or http:// URL),
// and @JavascriptInterface methods that hand secrets (tokens, PINs, account numbers) to page scripts.
import type { Node } from 'web-tree-sitter';
import { isDebugGuarded, nodeRange } from '../../server/src/engine/ast';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import { sensitiveName } from '../../server/src/engine/sensitive';
import { compact } from '../../server/src/engine/view';

const LOADERS = new Set(['loadUrl', 'postUrl']);
/** Loopback and emulator hosts are not remote pages. */
const LOCAL_HTTP = /^http:\/\/(localhost|127(\.\d{1,3}){3}|10\.0\.2\.2|\[::1\])([:/?#]|$)/i;
/** Return values that carry nothing back to the page. */
const NO_VALUE = /^(void|Unit)$/;

const SCOPE_FUNCTIONS = new Set(['apply', 'run', 'also', 'let', 'with']);

function normalize(text: string): string {
  const t = compact(text).replace(/!!|\?/g, '').replace(/^this\./, '');
  return t === 'this' || t === 'it' ? '' : t;
}

/** The object a Kotlin scope function around `node` works on (`x.apply { … }`, `with(x) { … }`). */
function scopeReceiver(node: Node): string | undefined {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === 'function_declaration' || p.type === 'method_declaration') return undefined;
    if (p.type !== 'lambda_literal' || p.parent?.type !== 'annotated_lambda') continue;
    const call = p.parent.parent;
    const callee = call?.type === 'call_expression' ? call.namedChildren[0] : undefined;
    if (callee?.type === 'identifier' && callee.text === 'with') {
      const arg = call!.namedChildren.find((c) => c?.type === 'value_arguments')?.namedChildren[0];
      return arg ? normalize(arg.text) : undefined;
    }
    if (callee?.type === 'navigation_expression' && SCOPE_FUNCTIONS.has(callee.lastNamedChild?.text ?? '') && callee.firstNamedChild) {
      return normalize(callee.firstNamedChild.text);
    }
  }
  return undefined;
}

/** `webView`, `this.webView`, `binding.webView!!` → comparable text; `this` or none → the scope object or ''. */
function receiverKey(call: Node, receiver: Node | undefined): string {
  const key = receiver ? normalize(receiver.text) : '';
  return key !== '' ? key : (scopeReceiver(call) ?? '');
}

/** The loads of the same WebView in this file that take a non-constant or http:// URL. */
function riskyLoad(bridge: Node, bridgeReceiver: Node | undefined, root: Node, ctx: RuleContext<string>): { node: Node; why: string } | undefined {
  const key = receiverKey(bridge, bridgeReceiver);
  for (const call of root.descendantsOfType(['method_invocation', 'call_expression'])) {
    if (!call) continue;
    let name: Node | undefined;
    let receiver: Node | undefined;
    let args: Node[] = [];
    if (call.type === 'method_invocation') {
      name = call.childForFieldName('name') ?? undefined;
      receiver = call.childForFieldName('object') ?? undefined;
      args = call.childForFieldName('arguments')?.namedChildren.filter((c): c is Node => c !== null && !c.type.endsWith('comment')) ?? [];
    } else {
      const callee = call.namedChildren[0];
      if (callee?.type === 'identifier') name = callee;
      else if (callee?.type === 'navigation_expression') {
        name = callee.lastNamedChild ?? undefined;
        receiver = callee.firstNamedChild ?? undefined;
      }
      const list = call.namedChildren.find((c) => c?.type === 'value_arguments');
      args = list?.namedChildren.filter((c): c is Node => c?.type === 'value_argument').map((a) => a.namedChildren.at(-1)!).filter(Boolean) ?? [];
    }
    if (!name || !LOADERS.has(name.text) || args.length === 0) continue;
    if (receiverKey(call, receiver) !== key) continue;
    const url = ctx.constString(args[0]);
    if (url === undefined) return { node: args[0], why: 'a URL built at run time' };
    if (/^http:\/\//i.test(url) && !LOCAL_HTTP.test(url)) return { node: args[0], why: 'a cleartext http:// page' };
  }
  return undefined;
}

/** `@JavascriptInterface` (or `@android.webkit.JavascriptInterface`) among a method's modifiers. */
function isBridgeMethod(fn: Node): boolean {
  const modifiers = fn.namedChildren.find((c) => c?.type === 'modifiers');
  return !!modifiers && /@(android\.webkit\.)?JavascriptInterface\b/.test(modifiers.text);
}

/** The declared return type; Kotlin expression bodies without a type still return a value. */
function returnsValue(fn: Node, lang: 'java' | 'kotlin'): boolean {
  if (lang === 'java') {
    const t = fn.childForFieldName('type');
    return !!t && !NO_VALUE.test(t.text);
  }
  const kids = fn.children.filter((c): c is Node => c !== null);
  const colon = kids.findIndex((c) => c.type === ':');
  if (colon >= 0) {
    const t = kids.slice(colon + 1).find((c) => c.isNamed);
    return !!t && !NO_VALUE.test(compact(t.text));
  }
  const body = kids.find((c) => c.type === 'function_body');
  return !!body && body.children.some((c) => c?.type === '=');
}

export default defineRule({
  id: 'webview-js-interface',
  meta: {
    title: 'JavaScript bridge exposed to WebView pages',
    description: 'Flags addJavascriptInterface calls (high when the same WebView loads a non-constant or http:// URL) and @JavascriptInterface methods that return tokens, PINs or account data.',
    severity: 'medium',
    messages: {
      bridge: 'addJavascriptInterface exposes every @JavascriptInterface method to any page this WebView shows, including frames and pages reached by redirects; load only your own https origins and prefer WebViewCompat.addWebMessageListener with an allowed-origin list.',
      bridgeRisky: 'addJavascriptInterface on a WebView that loads {{why}}: whoever controls that page can call the bridge\'s methods; load only constant https URLs of your own origin and use WebViewCompat.addWebMessageListener with an allowed-origin list.',
      bridgeAssets: 'addJavascriptInterface in a file that serves bundled pages through WebViewAssetLoader: keep the WebView on appassets.androidplatform.net (block other navigations in shouldOverrideUrlLoading) or switch to WebViewCompat.addWebMessageListener with an allowed-origin list.',
      sensitiveGetter: '@JavascriptInterface method "{{name}}" returns sensitive data ({{term}}) to page scripts: any script in the WebView (an injected ad, a compromised CDN, a redirect) can read it; keep secrets on the native side and send the web page only what it must display.',
    },
    tags: {
      cwe: [749, 200],
      masvs: ['MASVS-PLATFORM-2'],
      owaspMobile2024: ['M4'],
      maswe: ['js-bridges-webviews'],
      ituBp: ['DH-5'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (call.name !== 'addJavascriptInterface' || call.args.length !== 2 || call.viaProperty) return;
      if (isDebugGuarded(call.node)) return;
      const root = ctx.root;
      const risky = root ? riskyLoad(call.node, call.receiver, root, ctx) : undefined;
      if (risky) {
        ctx.report({
          at: call.nameNode,
          messageId: 'bridgeRisky',
          data: { why: risky.why },
          severity: 'high',
          related: [{ path: ctx.file.path, range: nodeRange(risky.node), message: 'the WebView loads this URL' }],
        });
        return;
      }
      if (/\bWebViewAssetLoader\b/.test(ctx.file.text)) {
        ctx.report({ at: call.nameNode, messageId: 'bridgeAssets', severity: 'low' });
        return;
      }
      ctx.report({ at: call.nameNode, messageId: 'bridge' });
    },
    function(fn, ctx) {
      if (!isBridgeMethod(fn.node) || !returnsValue(fn.node, fn.lang)) return;
      const match = sensitiveName(fn.name);
      // Amounts are what checkout pages display; they are not secrets.
      if (!match || match.term === 'amount') return;
      ctx.report({ at: fn.nameNode, messageId: 'sensitiveGetter', data: { name: fn.name, term: match.term }, severity: 'high' });
    },
  },
});
