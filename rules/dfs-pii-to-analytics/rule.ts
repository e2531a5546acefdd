// Rule: MSISDNs, account and card numbers, balances, amounts and credentials sent to analytics SDKs
// (Firebase Analytics events, user ids and properties; Crashlytics user id; Mixpanel, Amplitude, Segment).
import type { Node } from 'web-tree-sitter';
import { enclosingFunction } from '../../server/src/engine/ast';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import type { SensitiveMatch } from '../../server/src/engine/sensitive';
import type { Fix, Range, Severity } from '../../server/src/engine/types';
import type { CallView } from '../../server/src/engine/view';
import { keyName, ownsLines, sensitiveValues, termLabel } from '../dfs-sensitive-in-crash-report/support';

const ANALYTICS_RECEIVER = /analytics|mixpanel|amplitude|segment|crashlytics|posthog|appsflyer|adjust|clevertap|braze|moengage/i;
const EVENT_CALLS = /^(logEvent|track|trackEvent|setUserProperty|setUserId|setUserIdentifier|identify|registerSuperProperties|setUserProperties|alias|people)$/;
const PUT_CALLS = /^(putString|putDouble|putLong|putInt|putFloat|putBoolean|putParcelable|param|put|putValue|set|setProperty|putAll|add)$/;
const LOW = new Set(['amount', 'balance']);

type Msg = 'pii' | 'credential';

interface Sink { key?: Node; value: Node; statement?: Node }

function calleeParts(n: Node): { name?: string; receiver?: Node; args: Node[]; lambda?: Node } {
  if (n.type === 'method_invocation') {
    const args = n.childForFieldName('arguments')?.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment') ?? [];
    return { name: n.childForFieldName('name')?.text, receiver: n.childForFieldName('object') ?? undefined, args };
  }
  if (n.type === 'call_expression') {
    const callee = n.namedChildren[0];
    const va = n.namedChildren.find((c) => c?.type === 'value_arguments');
    const args = (va?.namedChildren ?? []).filter((c): c is Node => !!c && c.type === 'value_argument').map((a) => a.namedChildren.at(-1) ?? a);
    const al = n.namedChildren.find((c) => c?.type === 'annotated_lambda');
    const lambda = al?.namedChildren.find((c) => c?.type === 'lambda_literal') ?? undefined;
    if (callee?.type === 'navigation_expression') return { name: callee.namedChildren.at(-1)?.text, receiver: callee.namedChildren[0] ?? undefined, args, lambda };
    return { name: callee?.text, args, lambda };
  }
  return { args: [] };
}

function statementOf(call: Node): Node | undefined {
  const p = call.parent;
  if (call.type === 'method_invocation' && p?.type === 'expression_statement' && p.parent?.type === 'block') return p;
  if (call.type === 'call_expression' && (p?.type === 'statements' || p?.type === 'block' || p?.type === 'lambda_literal')) return call;
  return undefined;
}

/** put…(key, value) calls inside a node (apply {} blocks, logEvent {} DSL lambdas, bundleOf/mapOf pairs). */
function putsIn(node: Node, receiverName?: string): Sink[] {
  const out: Sink[] = [];
  for (const c of node.descendantsOfType(['method_invocation', 'call_expression'])) {
    if (!c) continue;
    const { name, receiver, args } = calleeParts(c);
    if (!name || !PUT_CALLS.test(name) || args.length < 2) continue;
    if (receiverName !== undefined && receiver?.text !== receiverName) continue;
    if (receiverName === undefined && receiver && !/^(this|it)$/.test(receiver.text) && !/^(Bundle|JSONObject|Properties|HashMap)\b/.test(receiver.text)) continue;
    out.push({ key: args[0], value: args[1], statement: statementOf(c) });
  }
  // bundleOf("msisdn" to msisdn), mapOf("amount" to amount), "k" to v pairs
  for (const inf of node.descendantsOfType('infix_expression')) {
    if (!inf || inf.namedChildren[1]?.text !== 'to') continue;
    const key = inf.namedChildren[0];
    const value = inf.namedChildren[2];
    if (key && value) out.push({ key, value });
  }
  return out;
}

/** What a tracking call sends: its data arguments, and the puts on a bundle/props variable built in the same function. */
function sinksOf(call: CallView): Sink[] {
  const out: Sink[] = [];
  const args = call.args.map((a) => a.node);
  const dataArgs = call.name === 'logEvent' || call.name === 'track' || call.name === 'trackEvent' ? args.slice(1) : call.name === 'setUserProperty' ? args.slice(1) : args;
  if (call.name === 'setUserProperty' && args.length === 2) {
    out.push({ key: args[0], value: args[1], statement: statementOf(call.node) });
  } else if (/^(setUserId|setUserIdentifier|identify|alias)$/.test(call.name) && args.length >= 1) {
    out.push({ value: args[0] });
  } else {
    for (const a of dataArgs) {
      if (a.type === 'identifier' || a.type === 'simple_identifier') {
        const fn = enclosingFunction(call.node);
        if (fn) out.push(...putsIn(fn, a.text).filter((s) => s.value.startIndex < call.node.startIndex));
      } else {
        out.push(...putsIn(a));
      }
    }
  }
  if (call.lambda) out.push(...putsIn(call.lambda));
  return out;
}

function hitOf(s: Sink): { node: Node; range?: Range; name: string; match: SensitiveMatch } | undefined {
  const values = sensitiveValues(s.value);
  if (values[0]) return { node: values[0].node, range: values[0].range, name: values[0].name, match: values[0].match };
  const key = s.key && s.key.type === 'string_literal' ? keyName(s.key.text.slice(1, -1)) : undefined;
  if (key && /^(identifier|simple_identifier|navigation_expression|field_access)$/.test(s.value.type)) return { node: s.value, name: s.value.text.length > 30 ? s.key!.text : s.value.text, match: key };
  return undefined;
}

function removal(ctx: RuleContext<Msg>, s: Sink): Fix[] {
  return s.statement && ownsLines(s.statement, ctx.file.text) ? [{ title: 'Remove this field from the analytics event', kind: 'suggestion', edits: [ctx.fix.removeLines(s.statement)] }] : [];
}

export default defineRule({
  id: 'dfs-pii-to-analytics',
  meta: {
    title: 'Customer data sent to an analytics SDK',
    description: 'Flags Firebase Analytics events, user ids and user properties, Crashlytics user ids and Mixpanel, Amplitude or Segment calls that carry MSISDNs, account or card numbers, balances, amounts or credentials.',
    severity: 'medium',
    messages: {
      pii: '{{name}} ({{term}}) is sent to an analytics SDK: analytics data leaves the device for a third party, is joined with advertising and device ids and kept for months; send an opaque internal id or an aggregate (amount band, event count) instead.',
      credential: '{{name}} ({{term}}) is sent to an analytics SDK: a credential must never leave the app except to your own authentication server; remove it from the event.',
    },
    tags: {
      cwe: [359, 201],
      masvs: ['MASVS-PRIVACY-1'],
      owaspMobile2024: ['M6'],
      maswe: ['sensitive-data-in-network-traffic'],
      figi: ['C117'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
    dfsSpecific: true,
  },
  on: {
    call(call, ctx) {
      if (!EVENT_CALLS.test(call.name) || call.viaProperty) return;
      if (!ANALYTICS_RECEIVER.test(call.receiverText ?? '') && !ANALYTICS_RECEIVER.test(call.receiverName ?? '')) return;
      const seen = new Set<number>();
      for (const sink of sinksOf(call)) {
        const hit = hitOf(sink);
        if (!hit || seen.has(hit.node.id)) continue;
        seen.add(hit.node.id);
        const credential = hit.match.category === 'credential';
        const severity: Severity = credential ? 'high' : LOW.has(hit.match.term) ? 'low' : 'medium';
        ctx.report({
          at: hit.range ?? hit.node,
          messageId: credential ? 'credential' : 'pii',
          data: { name: hit.name, term: termLabel(hit.match) },
          severity,
          fixes: removal(ctx, sink),
        });
      }
    },
  },
});
