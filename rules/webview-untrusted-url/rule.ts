// Rule: WebView.loadUrl/postUrl with a URL taken from Intent extras or deep-link data in the same function,
// unchecked or checked only with contains/startsWith/endsWith.
import type { Node } from 'web-tree-sitter';
import { findAncestor } from '../../server/src/engine/ast';
import { defineRule } from '../../server/src/engine/rule';

const LOADERS = new Set(['loadUrl', 'postUrl']);
/** Calls that read attacker-controlled input (Intent extras, deep-link URIs). */
const SOURCE_CALLS = new Set([
  'getStringExtra', 'getCharSequenceExtra', 'getStringArrayExtra', 'getStringArrayListExtra', 'getQueryParameter',
  'getQueryParameters', 'getDataString',
]);
/** Members of an Intent that hold caller data: `intent.data`, `getIntent().getExtras()`. */
const INTENT_MEMBERS = new Set(['data', 'dataString', 'extras', 'getData', 'getExtras']);
/** Builders that put a value into one part of a URL (query, path, fragment) without changing its host. */
const PART_BUILDERS = new Set(['appendQueryParameter', 'appendPath', 'appendEncodedPath', 'encodedQuery', 'fragment', 'addQueryParameter', 'addPathSegment', 'addEncodedPathSegment', 'encode']);
/** A constant prefix that already fixes scheme and host: `"https://pay.example.com/" + path`. */
const FIXED_HOST = /^https:\/\/[^/?#\s$]+[/?#]/i;
const WEAK_CHECKS = new Set(['startsWith', 'endsWith', 'contains', 'matches', 'indexOf']);
/** Host equality (`uri.host == "…"`, `getHost().equals(…)`, `host in ALLOWED`, `ALLOWED.contains(uri.host)`, `when (uri.host)`). */
const EXACT_CHECK = new RegExp([
  String.raw`\b\w*(host|Host|authority|Authority)(\(\))?\s*[?!]*\s*(==|!=|\.equals(IgnoreCase)?\s*\()`,
  String.raw`(==|!=|\.equals(IgnoreCase)?\s*\()\s*[\w.?!]*(host|Host|authority|Authority)\b(\(\))?`,
  String.raw`\.contains\s*\(\s*[\w.?!]*(host|Host)\w*(\(\))?\s*\)`,
  String.raw`[\w.?!]*(host|Host)(\(\))?\s+!?in\s+`,
  String.raw`when\s*\(\s*[\w.?!]*(host|Host)(\(\))?\s*\)`,
].join('|'));
/** A call to the app's own validator: its body is not seen, so it counts as a check. */
const VALIDATOR = /\b(is|check|verify|validate|ensure|require)\w*(Allowed|Trusted|Valid|Safe|Whitelist\w*|Allowlist\w*|AllowList\w*|Origin|Host|Domain)\w*\s*\(/;

type Lang = 'java' | 'kotlin';

function kids(n: Node): Node[] {
  return n.namedChildren.filter((c): c is Node => c !== null);
}

/** Method name and receiver of a Java or Kotlin call node. */
function callParts(n: Node): { name: string; receiver?: Node; args: Node[] } | undefined {
  if (n.type === 'method_invocation') {
    const list = n.childForFieldName('arguments');
    return { name: n.childForFieldName('name')?.text ?? '', receiver: n.childForFieldName('object') ?? undefined, args: list ? kids(list) : [] };
  }
  if (n.type === 'call_expression') {
    const callee = kids(n)[0];
    const list = kids(n).find((c) => c.type === 'value_arguments');
    const args = list ? kids(list).map((a) => kids(a).at(-1)).filter((a): a is Node => !!a) : [];
    if (callee?.type === 'identifier') return { name: callee.text, args };
    if (callee?.type === 'navigation_expression') return { name: callee.lastNamedChild?.text ?? '', receiver: callee.firstNamedChild ?? undefined, args };
  }
  return undefined;
}

/** `identifier` nodes that name a variable (not `.member`, not a method name). */
function isVariableUse(id: Node): boolean {
  const p = id.parent;
  if (!p) return true;
  if (p.type === 'navigation_expression' && p.firstNamedChild?.id !== id.id) return false;
  if (p.type === 'field_access' && p.childForFieldName('field')?.id === id.id) return false;
  if (p.type === 'method_invocation' && p.childForFieldName('name')?.id === id.id) return false;
  if (p.type === 'call_expression' && p.firstNamedChild?.id === id.id) return false;
  return true;
}

class Taint {
  readonly names = new Set<string>();
  constructor(readonly lang: Lang) {}

  /** True when the expression's value comes from Intent extras or deep-link data (or a variable holding it). */
  tainted(n: Node): boolean {
    switch (n.type) {
      case 'string_literal':
      case 'multiline_string_literal': {
        const raw = n.text.replace(/^"+|"+$/g, '');
        if (FIXED_HOST.test(raw)) return false;
        if (this.lang === 'kotlin') for (const m of raw.matchAll(/\$\{?([A-Za-z_]\w*)/g)) if (this.names.has(m[1]) || /intent|extras/i.test(m[1])) return true;
        return kids(n).some((c) => c.type === 'interpolation' && this.tainted(c));
      }
      case 'binary_expression':
      case 'additive_expression': {
        const left = leftmost(n);
        if (left && /string_literal/.test(left.type) && FIXED_HOST.test(left.text.replace(/^"+/, ''))) return false;
        return kids(n).some((c) => this.tainted(c));
      }
      case 'identifier':
        return isVariableUse(n) && this.names.has(n.text);
      case 'lambda_literal':
      case 'lambda_expression':
        return false;
    }
    const call = callParts(n);
    if (call) {
      if (SOURCE_CALLS.has(call.name)) return true;
      if (INTENT_MEMBERS.has(call.name) && call.receiver && /intent$/i.test(call.receiver.text.replace(/[?!\s]|\(\)/g, ''))) return true;
      if (PART_BUILDERS.has(call.name)) return !!call.receiver && this.tainted(call.receiver);
    }
    if (n.type === 'navigation_expression' || n.type === 'field_access') {
      const parts = kids(n);
      if (INTENT_MEMBERS.has(parts.at(-1)?.text ?? '') && /intent$/i.test((parts[0]?.text ?? '').replace(/[?!\s]|\(\)/g, ''))) return true;
    }
    return kids(n).some((c) => this.tainted(c));
  }
}

function leftmost(n: Node): Node | undefined {
  let cur: Node | undefined = n;
  while (cur && (cur.type === 'binary_expression' || cur.type === 'additive_expression' || cur.type === 'parenthesized_expression')) cur = kids(cur)[0];
  return cur;
}

/** Collects the variables of a function that receive tainted values, in source order. */
function taintOf(fn: Node, lang: Lang, upTo: number): Taint {
  const t = new Taint(lang);
  const decls = fn.descendantsOfType(['variable_declarator', 'property_declaration', 'assignment_expression', 'assignment']);
  for (const d of decls) {
    if (!d || d.startIndex >= upTo) continue;
    let name: string | undefined;
    let value: Node | undefined;
    if (d.type === 'variable_declarator') {
      name = d.childForFieldName('name')?.text;
      value = d.childForFieldName('value') ?? undefined;
    } else if (d.type === 'property_declaration') {
      name = kids(d).find((c) => c.type === 'variable_declaration')?.firstNamedChild?.text;
      const v = kids(d).at(-1);
      value = v && v.type !== 'variable_declaration' ? v : undefined;
    } else {
      const left = d.childForFieldName('left');
      if (left?.type === 'identifier') name = left.text;
      value = d.childForFieldName('right') ?? undefined;
    }
    if (name && value && t.tainted(value)) t.names.add(name);
  }
  return t;
}

/** `src.let { loadUrl(it) }`, `src?.let { u -> loadUrl(u) }`: the scope function's receiver for `it`/the lambda parameter. */
function scopeSource(arg: Node): Node | undefined {
  if (arg.type !== 'identifier') return undefined;
  for (let p = arg.parent; p; p = p.parent) {
    if (p.type === 'function_declaration' || p.type === 'method_declaration') return undefined;
    if (p.type !== 'lambda_literal' || p.parent?.type !== 'annotated_lambda') continue;
    const params = kids(p).find((c) => c.type === 'lambda_parameters');
    const names = params ? params.descendantsOfType('identifier').map((i) => i?.text) : ['it'];
    if (!names.includes(arg.text)) continue;
    const call = p.parent.parent;
    const callee = call?.type === 'call_expression' ? call.firstNamedChild : undefined;
    if (callee?.type === 'navigation_expression' && /^(let|also|run|apply)$/.test(callee.lastNamedChild?.text ?? '')) return callee.firstNamedChild ?? undefined;
    return undefined;
  }
  return undefined;
}

export default defineRule({
  id: 'webview-untrusted-url',
  meta: {
    title: 'WebView loads a URL from an Intent or deep link',
    description: 'Flags WebView.loadUrl and postUrl calls whose URL comes from Intent extras or deep-link data in the same function, unchecked or checked only with contains/startsWith/endsWith.',
    severity: 'medium',
    messages: {
      untrusted: 'This URL comes from {{source}}, which any app or web link can set: the WebView will show an attacker\'s page inside your app (phishing for the PIN, access to JavaScript bridges and cookies); parse it with Uri.parse, require https and compare uri.host exactly against an allow-list before loading.{{headers}}',
      weakCheck: 'This URL from {{source}} is checked only with {{check}}(), which "https://pay.example.com.evil.io" or "https://evil.io/?pay.example.com" pass; parse it with Uri.parse, require https and compare uri.host exactly against an allow-list before loading.{{headers}}',
    },
    tags: {
      cwe: [601, 939],
      masvs: ['MASVS-PLATFORM-2', 'MASVS-CODE-4'],
      owaspMobile2024: ['M4'],
      maswe: ['webviews-untrusted-content'],
      ituBp: ['DH-7'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (!LOADERS.has(call.name) || call.viaProperty) return;
      const arg = call.args[0];
      if (!arg) return;
      const fn = findAncestor(call.node, ['method_declaration', 'constructor_declaration', 'function_declaration']);
      if (!fn) return;
      const taint = taintOf(fn, call.lang, call.node.startIndex);
      const scoped = scopeSource(arg.node);
      if (!taint.tainted(arg.node) && !(scoped && taint.tainted(scoped))) return;
      if (EXACT_CHECK.test(fn.text) || VALIDATOR.test(fn.text)) return;
      const source = /getQueryParameter|\.data\b|getData\(|dataString|getDataString/.test(fn.text) ? 'deep-link data' : 'Intent extras';
      // A contains/startsWith/endsWith on the URL (or a variable holding it) before the load.
      const weak = fn.descendantsOfType(['method_invocation', 'call_expression']).find((c) => {
        if (!c || c.startIndex >= call.node.startIndex) return false;
        const parts = callParts(c);
        return !!parts && WEAK_CHECKS.has(parts.name) && !!parts.receiver && (taint.tainted(parts.receiver) || /url|uri|link|host/i.test(parts.receiver.text));
      });
      // loadUrl(url, headers): the extra headers (usually a bearer token) go to the attacker's server too.
      const withHeaders = call.name === 'loadUrl' && call.args.length >= 2;
      const headers = withHeaders ? ' The additional HTTP headers passed here (often an Authorization token) are sent to that page too.' : '';
      const severity = withHeaders ? ('high' as const) : undefined;
      if (weak) {
        ctx.report({ at: arg.node, messageId: 'weakCheck', data: { source, check: callParts(weak)!.name, headers }, severity });
      } else {
        ctx.report({ at: arg.node, messageId: 'untrusted', data: { source, headers }, severity });
      }
    },
  },
});
