// Rule: development, staging, UAT, localhost, emulator and private-network hosts in release code and strings.xml.
import type { Node } from 'web-tree-sitter';
import { isDebugGuarded } from '../../server/src/engine/ast';
import { defineRule } from '../../server/src/engine/rule';
import { LineIndex } from '../../server/src/engine/text';
import type { Range } from '../../server/src/engine/types';

/** Environment words in a host label: `dev.api.x.com`, `api-staging.x.com`, `uat2.x.com`. */
const ENV_LABEL = /^(?:[a-z0-9]+-)*(dev|develop|development|staging|stage|stg|uat|qa|test|testing|preprod)\d*(?:-[a-z0-9]+)*$/;
/** Source sets of non-production flavours: their code is meant to point at test servers. */
const FLAVOUR_DIR = /\/src\/(dev|develop|development|staging|stage|stg|uat|qa|internal|mock|local|sandbox|demo|e2e|benchmark)[A-Za-z0-9]*\//i;
/** Calls that compare or test a value rather than use it as an endpoint. */
const CHECK_CALLS = /^(equals|equalsIgnoreCase|startsWith|endsWith|contains|matches|compareTo|contentEquals|regionMatches|indexOf|Regex|compile)$/;

interface HostHit {
  host: string;
  kind: string;
  index: number;
}

function ipv4(host: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? parts : undefined;
}

function classify(host: string, withScheme: boolean, withPortOrPath: boolean): string | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h === 'localhost') return withScheme || withPortOrPath ? 'a loopback host' : undefined;
  const ip = ipv4(h);
  if (ip) {
    const [a, b] = ip;
    const kind =
      h === '10.0.2.2' || h === '10.0.3.2' ? 'the emulator\'s host machine' :
      a === 127 ? 'a loopback address' :
      a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) ? 'a private network address' : undefined;
    if (!kind) return undefined;
    // A bare dotted quad may be a version number (10.1.0.3); keep the unambiguous ones.
    if (!withScheme && !withPortOrPath && !(h === '10.0.2.2' || a === 127 || a === 192)) return undefined;
    return kind;
  }
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(h)) return undefined;
  const labels = h.split('.');
  if (labels.at(-1) === 'local') return 'an mDNS .local host';
  if (/^\d+$/.test(labels.at(-1)!)) return undefined;
  // Subdomain labels (not the registrable name: dev.to, test.com); a `-dev` suffix on the name counts too.
  const sub = labels.slice(0, -2);
  if (sub.some((l) => ENV_LABEL.test(l))) return 'a development or staging host';
  const name = labels.at(-2)!;
  if (/-(dev|staging|stage|stg|uat|qa|test|preprod)\d*$/.test(name)) return 'a development or staging host';
  return undefined;
}

/** Hosts in a string: every `scheme://host`, or the whole string when it is a bare host[:port][/path]. */
function hostsIn(value: string): HostHit[] {
  const out: HostHit[] = [];
  for (const m of value.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/(?:[^/@\s"']*@)?(\[[^\]]*\]|[^/:?#\s"'$\\]+)(:\d{1,5})?/gi)) {
    const kind = classify(m[1], true, !!m[2]);
    if (kind) out.push({ host: m[1], kind, index: m.index + m[0].indexOf(m[1], m[0].indexOf('//')) });
  }
  if (out.length === 0) {
    const bare = /^([a-z0-9-]+(?:\.[a-z0-9-]+)+|localhost)(:\d{1,5})?(\/[^\s]*)?$/i.exec(value.trim());
    if (bare) {
      const kind = classify(bare[1], false, !!(bare[2] || bare[3]));
      if (kind) out.push({ host: bare[1], kind, index: value.indexOf(bare[1]) });
    }
  }
  return out;
}

/** The literal is compared or tested (`host == "localhost"`, `url.startsWith("http://10.")`), not used. */
function isCheck(node: Node): boolean {
  let n = node;
  while (n.parent && (n.parent.type === 'parenthesized_expression' || n.parent.type === 'value_argument' || n.parent.type === 'argument_list' || n.parent.type === 'value_arguments')) n = n.parent;
  const p = n.parent;
  if (!p) return false;
  if (p.type === 'binary_expression' || p.type === 'equality_expression') return /^(==|!=|===|!==)$/.test(p.childForFieldName('operator')?.text ?? p.children.find((c) => c && !c.isNamed)?.text ?? '');
  if (p.type === 'method_invocation') return CHECK_CALLS.test(p.childForFieldName('name')?.text ?? '');
  if (p.type === 'call_expression') return CHECK_CALLS.test(p.namedChildren[0]?.text.split('.').pop() ?? '');
  if (p.type === 'when_condition' || p.type === 'switch_label') return true;
  return false;
}

export default defineRule({
  id: 'resilience-debug-url-exposed',
  meta: {
    title: 'Development, staging or private-network host in release code',
    description: 'Flags dev/staging/UAT hosts, localhost, the emulator host 10.0.2.2 and private IPv4 addresses in main-source string literals and strings.xml.',
    severity: 'low',
    messages: {
      host: '"{{host}}" is {{kind}} in code or resources that ship in the release build: it reveals internal infrastructure to anyone who unpacks the APK, and a misconfigured build can talk to a test server; move it to a debug or flavour source set, buildConfigField of a non-release build type, or a flavour resource.',
    },
    tags: {
      cwe: [489, 200],
      masvs: ['MASVS-RESILIENCE-3'],
      owaspMobile2024: ['M8'],
      maswe: ['non-production-resources'],
      ituBp: ['DI-2'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin', 'values'],
  },
  on: {
    string(str, ctx) {
      if (FLAVOUR_DIR.test(ctx.file.path.replace(/\\/g, '/'))) return;
      const hits = hostsIn(str.raw);
      if (hits.length === 0 || isCheck(str.node) || isDebugGuarded(str.node)) return;
      const quote = str.node.type === 'text_block' || str.node.type === 'multiline_string_literal' ? 3 : 1;
      const { row, column } = str.node.startPosition;
      for (const h of hits) {
        const before = str.raw.slice(0, h.index);
        const at: Node | Range = before.includes('\n') ? str.node : { start: { line: row, character: column + quote + h.index }, end: { line: row, character: column + quote + h.index + h.host.length } };
        ctx.report({ at, messageId: 'host', data: { host: h.host, kind: h.kind } });
      }
    },
    xmlElement(el, ctx) {
      if (el.name !== 'string' && el.name !== 'item') return;
      if (el.parent?.name !== 'resources' && el.parent?.name !== 'string-array') return;
      if (FLAVOUR_DIR.test(ctx.file.path.replace(/\\/g, '/'))) return;
      const hits = hostsIn(el.text);
      if (hits.length === 0) return;
      const lines = new LineIndex(ctx.file.text);
      const end = lines.offsetAt(el.range.end);
      for (const h of hits) {
        const offset = ctx.file.text.indexOf(h.host, el.startOffset);
        const at = offset >= 0 && offset < end ? lines.range(offset, offset + h.host.length) : el.nameRange;
        ctx.report({ at, messageId: 'host', data: { host: h.host, kind: h.kind } });
      }
    },
  },
});
