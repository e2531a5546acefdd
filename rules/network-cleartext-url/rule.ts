// Rule: "http://" URLs used as endpoints (baseUrl, URL(), Request.Builder().url, loadUrl, url/endpoint/host constants).
import type { Node } from 'web-tree-sitter';
import { isDebugGuarded } from '../../server/src/engine/ast';
import { defineRule } from '../../server/src/engine/rule';
import { splitWords } from '../../server/src/engine/sensitive';

/** Calls whose (first) string argument is a URL that will be requested. */
const ENDPOINT_CALLS = new Set([
  'baseUrl', 'url', 'URL', 'URI', 'create', 'loadUrl', 'postUrl', 'HttpGet', 'HttpPost', 'HttpPut', 'HttpDelete', 'HttpPatch',
  'StringRequest', 'JsonObjectRequest', 'JsonArrayRequest', 'setBaseUrl', 'setUrl', 'setEndpoint', 'endpoint', 'get', 'post', 'put', 'delete', 'patch', 'request',
  'toHttpUrl', 'toHttpUrlOrNull', 'parse', 'newCall',
]);
/** Calls named like HTTP verbs only count on an HTTP client receiver (Ktor `client.get("…")`). */
const VERBS = new Set(['get', 'post', 'put', 'delete', 'patch', 'request', 'create', 'parse']);
const ENDPOINT_WORDS = new Set(['url', 'uri', 'endpoint', 'host', 'server', 'api', 'backend', 'gateway', 'domain', 'baseurl']);
/** Hosts that are not remote endpoints: loopback, emulator host aliases, documentation and XML namespace hosts. */
const SAFE_HOST = /^(localhost|127(\.\d{1,3}){3}|10\.0\.2\.2|10\.0\.3\.2|0\.0\.0\.0|\[::1\])$|(^|\.)(example\.(com|org|net)|schemas\.android\.com|w3\.org|apache\.org|xmlpull\.org|json-schema\.org|purl\.org|schemas\.xmlsoap\.org|ns\.adobe\.com|schema\.org|xml\.org|opensource\.org)$/i;

/** The call an expression is an argument of (through concatenation and parentheses), with the argument's name. */
function argumentOf(node: Node): { call: Node; argName?: string } | undefined {
  let n = node;
  while (n.parent && (n.parent.type === 'binary_expression' || n.parent.type === 'parenthesized_expression' || n.parent.type === 'additive_expression')) n = n.parent;
  const p = n.parent;
  if (p?.type === 'argument_list' && p.parent) return { call: p.parent };
  if (p?.type === 'value_argument' && p.parent?.type === 'value_arguments' && p.parent.parent) {
    const named = p.namedChildren.length >= 2 && p.namedChildren[0]?.type === 'identifier' && p.children.some((c) => c?.type === '=');
    return { call: p.parent.parent, argName: named ? p.namedChildren[0]!.text : undefined };
  }
  return undefined;
}

function callName(call: Node): { name: string; receiver: string } | undefined {
  if (call.type === 'method_invocation') return { name: call.childForFieldName('name')?.text ?? '', receiver: call.childForFieldName('object')?.text ?? '' };
  if (call.type === 'object_creation_expression') {
    const t = (call.childForFieldName('type')?.text ?? '').replace(/<[\s\S]*$/, '');
    return { name: t.split('.').pop() ?? '', receiver: '' };
  }
  if (call.type === 'call_expression') {
    const callee = call.namedChildren[0];
    if (!callee) return undefined;
    if (callee.type === 'identifier') return { name: callee.text, receiver: '' };
    if (callee.type === 'navigation_expression') {
      const parts = callee.namedChildren.filter((c): c is Node => c !== null);
      return { name: parts.at(-1)?.text ?? '', receiver: parts.length > 1 ? parts[0].text : '' };
    }
  }
  return undefined;
}

/** The name a value is stored in: a field, local, Kotlin property or assignment target. */
function storedIn(node: Node): string | undefined {
  let n = node;
  while (n.parent && (n.parent.type === 'binary_expression' || n.parent.type === 'parenthesized_expression')) n = n.parent;
  const p = n.parent;
  if (!p) return undefined;
  if (p.type === 'variable_declarator') return p.childForFieldName('name')?.text;
  if (p.type === 'property_declaration') return p.namedChildren.find((c) => c?.type === 'variable_declaration')?.namedChildren[0]?.text;
  if (p.type === 'assignment_expression' || p.type === 'assignment') {
    const left = p.childForFieldName('left');
    return left?.text.split('.').pop();
  }
  return undefined;
}

function isEndpointName(name: string | undefined): boolean {
  return !!name && splitWords(name).some((w) => ENDPOINT_WORDS.has(w));
}

export default defineRule({
  id: 'network-cleartext-url',
  meta: {
    title: 'Cleartext http:// endpoint',
    description: 'Flags "http://" URLs passed to HTTP clients and WebViews or stored in url/endpoint/host constants, except loopback, emulator and namespace URLs.',
    severity: 'medium',
    messages: {
      cleartext: '"{{url}}" is plain http: requests and responses (tokens, PINs, balances) can be read and changed by anyone on the network, and the ITU HTTPS-only test fails; use https://.',
    },
    tags: {
      cwe: [319],
      masvs: ['MASVS-NETWORK-1'],
      owaspMobile2024: ['M5'],
      maswe: ['cleartext-traffic'],
      ituLab: ['T3.1'],
      ituBp: ['CS-1'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    string(str, ctx) {
      const m = /^http:\/\/([^/:?#"'\s]*)/i.exec(str.raw);
      if (!m) return;
      const host = m[1];
      if (host && !host.startsWith('$') && SAFE_HOST.test(host)) return;
      let endpoint = false;
      const arg = argumentOf(str.node);
      if (arg) {
        const c = callName(arg.call);
        if (c && ENDPOINT_CALLS.has(c.name)) endpoint = !VERBS.has(c.name) || /client|http|uri|url|retrofit/i.test(c.receiver);
        if (!endpoint && isEndpointName(arg.argName)) endpoint = true;
      }
      // Kotlin: "http://…".toHttpUrl()
      const parent = str.node.parent;
      if (!endpoint && parent?.type === 'navigation_expression' && /^(toHttpUrl|toHttpUrlOrNull)$/.test(parent.namedChildren.at(-1)?.text ?? '')) endpoint = true;
      if (!endpoint && isEndpointName(storedIn(str.node))) endpoint = true;
      if (!endpoint || isDebugGuarded(str.node)) return;
      const quote = str.node.type === 'text_block' || str.node.type === 'multiline_string_literal' ? 3 : 1;
      const { row, column } = str.node.startPosition;
      const scheme = { start: { line: row, character: column + quote }, end: { line: row, character: column + quote + 7 } };
      ctx.report({
        at: str.node,
        messageId: 'cleartext',
        data: { url: m[0] },
        fixes: [{ title: 'Use https://', kind: 'suggestion', edits: [ctx.fix.replace(scheme, 'https://')] }],
      });
    },
  },
});
