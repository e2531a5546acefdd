// Rule: PINs, OTPs, card data, MSISDNs, balances sent to crash reporters (Crashlytics, Sentry, Bugsnag).
import type { Node } from 'web-tree-sitter';
import { isDebugGuarded } from '../../server/src/engine/ast';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import type { CallView } from '../../server/src/engine/view';
import { ownsLines, sensitiveValues, termLabel, type ValueHit } from './support';

type Msg = 'critical' | 'sensitive';

/** Which arguments of a crash-reporter call carry data, or undefined when the call is not a crash-reporter call. */
function reportedArgs(call: CallView): { args: Node[]; keyValue: boolean } | undefined {
  const recv = call.receiverText ?? '';
  const owner = call.receiverName ?? '';
  const args = call.args.map((a) => a.node);
  const crashlytics = /FirebaseCrashlytics|(^|\.)crashlytics(\(\))?$|^Firebase\.crashlytics$|Crashlytics\.getInstance\(\)$/i.test(recv) || owner === 'Crashlytics';
  if (crashlytics) {
    if (call.name === 'log' || call.name === 'recordException') return { args, keyValue: false };
    if (call.name === 'setCustomKey') return { args: args.slice(1), keyValue: true };
    if (call.name === 'key' && !call.receiver) return undefined;
    return undefined;
  }
  // Kotlin KTX: crashlytics.setCustomKeys { key("pin", pin) }
  if (call.name === 'key' && !call.receiver && args.length === 2 && call.lang === 'kotlin') {
    const scope = call.node.parent?.parent?.parent;
    if (scope && /setCustomKeys/.test(scope.text.slice(0, 80))) return { args: args.slice(1), keyValue: true };
    return undefined;
  }
  const sentry = /^(io\.sentry\.)?Sentry$/.test(recv) || /^(scope|it)$/.test(recv) && /Sentry/.test(call.node.parent?.parent?.parent?.parent?.text.slice(0, 60) ?? '');
  if (sentry) {
    if (call.name === 'addBreadcrumb' || call.name === 'captureMessage' || call.name === 'captureException') return { args: args.slice(0, 1), keyValue: false };
    if (call.name === 'setExtra' || call.name === 'setTag') return { args: args.slice(1), keyValue: true };
    return undefined;
  }
  if (/^(com\.bugsnag\.android\.)?Bugsnag$/.test(recv)) {
    if (call.name === 'leaveBreadcrumb' || call.name === 'notify') return { args: args.slice(0, 2), keyValue: false };
    if (call.name === 'addMetadata') return { args: args.slice(args.length >= 3 ? 2 : 1), keyValue: true };
    return undefined;
  }
  return undefined;
}

/** The statement a call forms on its own (so that it can be deleted as a whole). */
function ownStatement(call: Node): Node | undefined {
  const p = call.parent;
  if (!p) return undefined;
  if (call.type === 'method_invocation' && p.type === 'expression_statement' && p.parent?.type === 'block') return p;
  if (call.type === 'call_expression' && (p.type === 'statements' || p.type === 'block')) return call;
  return undefined;
}

/** How to redact one hit in a message: `$pin` in a template becomes `***`, a bare identifier in a concatenation "***". */
function redaction(ctx: RuleContext<Msg>, hit: ValueHit) {
  if (hit.range) return ctx.fix.replace(hit.range, '***');
  const parent = hit.node.parent;
  if (parent?.type === 'binary_expression' && (hit.node.type === 'identifier' || hit.node.type === 'simple_identifier')) return ctx.fix.replace(hit.node, '"***"');
  return undefined;
}

function fixesFor(ctx: RuleContext<Msg>, call: CallView, hits: ValueHit[], keyValue: boolean): Fix[] {
  if (keyValue) {
    const stmt = ownStatement(call.node);
    return stmt && ownsLines(stmt, ctx.file.text) ? [{ title: 'Remove this value from crash reports', kind: 'suggestion', edits: [ctx.fix.removeLines(stmt)] }] : [];
  }
  const edits = hits.map((h) => redaction(ctx, h));
  if (edits.some((e) => !e)) return [];
  const names = [...new Set(hits.map((h) => h.name))].join(', ');
  return [{ title: `Redact ${names} in the crash-report message`, kind: 'suggestion', edits: edits.filter((e) => e !== undefined) }];
}

export default defineRule({
  id: 'dfs-sensitive-in-crash-report',
  meta: {
    title: 'PIN, OTP or customer data sent to a crash reporter',
    description: 'Flags Crashlytics, Sentry and Bugsnag log, breadcrumb, custom-key and metadata calls that carry a PIN, OTP, card, account, MSISDN or balance value.',
    severity: 'medium',
    messages: {
      critical: 'The crash report carries {{name}} ({{term}}): crash reporters ship it off the device to a third-party console readable by support and vendor staff; never send credentials, remove the value.',
      sensitive: 'The crash report carries {{name}} ({{term}}), customer data that leaves the device for a third-party console; remove it or send an opaque reference (transaction id, hashed customer id) instead.',
    },
    tags: {
      cwe: [532, 359],
      masvs: ['MASVS-STORAGE-2', 'MASVS-PRIVACY-1'],
      owaspMobile2024: ['M9', 'M6'],
      maswe: ['data-in-logs'],
      figi: ['C118'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
    dfsSpecific: true,
  },
  on: {
    call(call, ctx) {
      const target = reportedArgs(call);
      if (!target) return;
      const hits = target.args.flatMap((a) => sensitiveValues(a));
      if (hits.length === 0 || isDebugGuarded(call.node)) return;
      const hit = hits.find((h) => h.match.critical) ?? hits[0];
      const critical = hit.match.critical;
      ctx.report({
        at: hit.range ?? hit.node,
        messageId: critical ? 'critical' : 'sensitive',
        data: { name: hit.name, term: termLabel(hit.match) },
        severity: critical ? 'critical' : 'medium',
        fixes: fixesFor(ctx, call, hits, target.keyValue),
      });
    },
  },
});
