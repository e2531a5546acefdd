// Rule: JavaScript and file access enabled on the same WebSettings (file:// pages can script local files).
import type { Node } from 'web-tree-sitter';
import { findAncestor, nodeRange } from '../../server/src/engine/ast';
import { defineRule, type RuleContext, table } from '../../server/src/engine/rule';
import { functionView, type CallView } from '../../server/src/engine/view';

const FILE_SETTERS = table<'fileAccess' | 'fileUrls'>({
  setAllowFileAccess: 'fileAccess',
  setAllowFileAccessFromFileURLs: 'fileUrls',
  setAllowUniversalAccessFromFileURLs: 'fileUrls',
});
const SCOPE_FUNCTIONS = new Set(['apply', 'run', 'also', 'let', 'with']);
const SCOPE_TYPES = ['method_declaration', 'constructor_declaration', 'function_declaration', 'anonymous_initializer', 'static_initializer'];

interface Setting {
  call: CallView;
  key: string;
  scope: number;
  /** The key starts with a parameter or local variable of the enclosing function. */
  local: boolean;
  reported?: boolean;
}
interface FileState {
  js: Setting[];
  files: Setting[];
}
const state = new WeakMap<object, FileState>();

/** `webView.getSettings()` and `webView.settings` name the same object; `this.`, `?`, `!!` do not matter. */
function normalize(text: string): string {
  return text.replace(/\s+/g, '').replace(/!!|\?/g, '').replace(/^this\./, '').replace(/getSettings\(\)/g, 'settings');
}

/** The receiver of a Kotlin scope function around `node` (`x.apply { … }`, `with(x) { … }`). */
function scopeReceiver(node: Node): string | undefined {
  const lambda = findAncestor(node, ['lambda_literal']);
  const call = lambda?.parent?.type === 'annotated_lambda' ? lambda.parent.parent : undefined;
  if (!call || call.type !== 'call_expression') return undefined;
  const callee = call.namedChildren[0];
  if (!callee) return undefined;
  if (callee.type === 'identifier' && callee.text === 'with') {
    const arg = call.namedChildren.find((c) => c?.type === 'value_arguments')?.namedChildren[0];
    return arg ? normalize(arg.text) : undefined;
  }
  if (callee.type === 'navigation_expression') {
    const parts = callee.namedChildren.filter((c): c is Node => c !== null);
    const name = parts.at(-1)?.text ?? '';
    if (SCOPE_FUNCTIONS.has(name) && parts.length > 1) return normalize(parts[0].text);
  }
  return undefined;
}

function settingsKey(call: CallView): string {
  if (call.receiverText && call.receiverText !== 'it') return normalize(call.receiverText);
  return scopeReceiver(call.node) ?? '';
}

function isTrue(call: CallView, ctx: RuleContext): boolean {
  const arg = call.args[0];
  return !!arg && call.args.length === 1 && (arg.text === 'true' || ctx.constValue(arg.node) === true);
}

function sameSettings(a: Setting, b: Setting): boolean {
  if (a.key !== b.key) return false;
  // A key rooted in a field (`webView.settings`) names the same object across functions; a parameter or local only within one.
  return a.scope === b.scope || (!a.local && !b.local && a.key !== '');
}

/** True when the first segment of `key` is a parameter or local variable of the function around `node`. */
function rootIsLocal(key: string, scopeNode: Node | undefined, lang: 'java' | 'kotlin'): boolean {
  if (!scopeNode) return false;
  const root = key.split('.')[0];
  if (!root) return false;
  const fn = scopeNode.type === 'anonymous_initializer' || scopeNode.type === 'static_initializer' ? undefined : functionView(scopeNode, lang);
  if (fn?.params.some((p) => p.name === root)) return true;
  const decls = scopeNode.descendantsOfType(lang === 'java' ? ['variable_declarator'] : ['variable_declaration']);
  return decls.some((d) => (lang === 'java' ? d?.childForFieldName('name')?.text : d?.namedChildren[0]?.text) === root);
}

export default defineRule({
  id: 'webview-javascript-file-access',
  meta: {
    title: 'WebView with JavaScript and file access both enabled',
    description: 'Flags WebView settings that enable JavaScript together with file access or file-URL access on the same settings object.',
    severity: 'medium',
    messages: {
      fileAccess: 'JavaScript is enabled on this WebView and {{setting}} lets pages read files (file://), so one injected script can read the app\'s private files (tokens, cached statements); set it to false and serve local content through WebViewAssetLoader.',
      fileUrls: 'JavaScript is enabled on this WebView and {{setting}} lets a file:// page read other files or any origin, so an injected script can exfiltrate the app\'s private data; set it to false and serve local content through WebViewAssetLoader.',
    },
    tags: {
      cwe: [79, 200],
      masvs: ['MASVS-PLATFORM-2'],
      owaspMobile2024: ['M4', 'M8'],
      maswe: ['webviews-local-resources', 'js-untrusted-sources'],
      ituBp: ['DH-5'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    // Settings are paired as calls arrive (the tree is gone by the time a `file` handler runs).
    call(call, ctx) {
      const kind = FILE_SETTERS[call.name];
      if (call.name !== 'setJavaScriptEnabled' && !kind) return;
      if (!isTrue(call, ctx)) return;
      let s = state.get(ctx);
      if (!s) state.set(ctx, (s = { js: [], files: [] }));
      const scopeNode = findAncestor(call.node, SCOPE_TYPES);
      const key = settingsKey(call);
      const setting: Setting = { call, key, scope: scopeNode?.id ?? 0, local: rootIsLocal(key, scopeNode, call.lang) };
      if (kind) {
        s.files.push(setting);
        const js = s.js.find((j) => sameSettings(j, setting));
        if (js) report(setting, js, ctx);
      } else {
        s.js.push(setting);
        for (const f of s.files) if (!f.reported && sameSettings(f, setting)) report(f, setting, ctx);
      }
    },
  },
});

function report(f: Setting, js: Setting, ctx: RuleContext<'fileAccess' | 'fileUrls'>): void {
  f.reported = true;
  const isUrls = FILE_SETTERS[f.call.name] === 'fileUrls';
  const setting = f.call.viaProperty ? f.call.nameNode.text : `${f.call.name}(true)`;
  ctx.report({
    at: f.call.nameNode,
    messageId: isUrls ? 'fileUrls' : 'fileAccess',
    data: { setting },
    severity: isUrls ? 'high' : undefined,
    related: [{ path: ctx.file.path, range: nodeRange(js.call.node), message: 'JavaScript is enabled here' }],
    fixes: [{ title: `Turn ${f.call.nameNode.text} off`, kind: 'suggestion', edits: [ctx.fix.replace(f.call.args[0].node, 'false')] }],
  });
}
