// SARIF 2.1.0 for GitHub code scanning and SARIF viewers (checklist: shared docs ux-and-ecosystem.md §5).
// One result per occurrence, each with a physical location (1-based, endColumn exclusive, UTF-16 columns) and a
// content fingerprint without line numbers (the baseline's) in partialFingerprints; every rule with short and full
// descriptions, help.text + help.markdown (the bundled rule page), helpUri, tags and security-severity as a string.
// Suppressed (in source) and baselined findings are left out, as GitHub does not honour `suppressions`; with
// --include-suppressed they are emitted with `suppressions` [{ kind: inSource | external, justification }].
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { FINGERPRINT_KEY } from '../baseline';
import type { ScanReport } from '../cli/report';
import { TOOL_VERSION } from '../cli/report';
import type { AnyRule } from '../engine/rule';
import type { Finding, Range, Severity } from '../engine/types';
import { compareFindings, repoPath, SECURITY_SEVERITY, standardTags } from './common';
import { docSection, markdownToText, ruleDoc } from './rule-docs';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
const PROBLEM_SEVERITY: Record<Severity, string> = { critical: 'error', high: 'error', medium: 'warning', low: 'recommendation', info: 'recommendation' };
const MAX_TAGS = 20;
const MAX_DESCRIPTION = 1024;

export interface SarifOptions {
  /** Base URL of the rule pages (`<base>/<rule-id>.md`); default: the CWE entry of the rule's first CWE. */
  docsUrl?: string;
}

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
const pascal = (id: string) => id.replace(/(^|[-_])([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

function sarifRule(rule: AnyRule, opts: SarifOptions): Sarif.ReportingDescriptor {
  const m = rule.meta;
  const doc = ruleDoc(rule.id);
  const why = doc ? docSection(doc, /why/i) : undefined;
  const full = why ? `${m.description} ${markdownToText(why).replace(/\s+/g, ' ')}` : m.description;
  const markdown = doc ?? `# ${m.title}\n\n${m.description}\n`;
  const cwe = m.tags.cwe[0];
  const helpUri = opts.docsUrl ? `${opts.docsUrl.replace(/\/$/, '')}/${rule.id}.md` : cwe ? `https://cwe.mitre.org/data/definitions/${cwe}.html` : undefined;
  const precision = m.precision ?? (m.kind === 'heuristic' ? 'medium' : 'high');
  const tags = ['security', ...(m.dfsSpecific ? ['dfs'] : []), ...standardTags(rule)].slice(0, MAX_TAGS);
  return {
    id: rule.id,
    name: pascal(rule.id),
    shortDescription: { text: clip(m.title, MAX_DESCRIPTION) },
    fullDescription: { text: clip(full, MAX_DESCRIPTION) },
    help: { text: markdownToText(markdown), markdown },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: LEVEL[m.severity], enabled: m.enabledByDefault !== false },
    properties: {
      tags,
      precision,
      'security-severity': SECURITY_SEVERITY[m.severity],
      'problem.severity': PROBLEM_SEVERITY[m.severity],
      severity: m.severity,
      fix: m.fix,
    },
  };
}

function region(r: Range): Sarif.Region {
  const startLine = r.start.line + 1;
  const startColumn = r.start.character + 1;
  let endLine = r.end.line + 1;
  let endColumn = r.end.character + 1;
  if (endLine < startLine || (endLine === startLine && endColumn < startColumn)) {
    endLine = startLine;
    endColumn = startColumn;
  }
  return { startLine, startColumn, endLine, endColumn };
}

const uriOf = (path: string) => path.split('/').map(encodeURIComponent).join('/');

export function formatSarif(report: ScanReport, opts: SarifOptions = {}): string {
  const rules = [...report.rules];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const location = (path: string, r: Range): Sarif.PhysicalLocation => ({
    artifactLocation: { uri: uriOf(repoPath(report, path)), uriBaseId: '%SRCROOT%' },
    region: region(r),
  });
  const result = (f: Finding, suppressions?: Sarif.Suppression[]): Sarif.Result => {
    const fp = report.fingerprints?.get(f);
    const res: Sarif.Result = {
      ruleId: f.ruleId,
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: location(f.path, f.range) }],
      ...(fp ? { partialFingerprints: { [FINGERPRINT_KEY]: fp } } : {}),
      properties: { severity: f.severity, 'security-severity': SECURITY_SEVERITY[f.severity] },
    };
    if (f.related?.length) {
      res.relatedLocations = f.related.map((x, i) => ({ id: i + 1, physicalLocation: location(x.path, x.range), message: { text: x.message } }));
    }
    if (f.fixes.length) {
      res.fixes = f.fixes.map((x) => ({
        description: { text: x.title },
        artifactChanges: [
          {
            artifactLocation: { uri: uriOf(repoPath(report, f.path)), uriBaseId: '%SRCROOT%' },
            replacements: x.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
          },
        ],
      }));
    }
    if (suppressions) res.suppressions = suppressions;
    return res;
  };

  const results: Sarif.Result[] = [...report.findings].sort(compareFindings).map((f) => result(f));
  if (report.includeSuppressed) {
    for (const s of [...report.suppressed].sort((a, b) => compareFindings(a.finding, b.finding))) {
      results.push(result(s.finding, [{ kind: 'inSource', status: 'accepted', justification: s.justification || '(no reason given)' }]));
    }
    const where = report.baselinePath ?? 'the baseline';
    for (const f of [...(report.baselined ?? [])].sort(compareFindings)) {
      results.push(result(f, [{ kind: 'external', status: 'accepted', justification: `accepted in ${where}` }]));
    }
  }

  const notifications: Sarif.Notification[] = report.problems.map((p) => ({
    level: p.kind === 'rule-error' || p.kind === 'parse' ? 'error' : 'warning',
    message: { text: `${p.kind}: ${p.message}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(repoPath(report, p.path)), uriBaseId: '%SRCROOT%' } } }],
  }));

  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'DFS Guard',
            semanticVersion: TOOL_VERSION,
            version: TOOL_VERSION,
            ...(opts.docsUrl ? { informationUri: opts.docsUrl } : {}),
            rules: rules.map((r) => sarifRule(r, opts)),
          },
        },
        automationDetails: { id: `${(report.category ?? 'dfs-guard/android').replace(/\/+$/, '')}/` },
        ...(report.root ? { originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(report.root).href.replace(/\/$/, '')}/` } } } : {}),
        columnKind: 'utf16CodeUnits',
        results,
        invocations: [
          {
            executionSuccessful: !report.problems.some((p) => p.kind === 'io' && !p.message.startsWith('not valid UTF-8')),
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        properties: {
          filesScanned: report.filesScanned,
          ...(report.changedSince ? { changedSince: report.changedSince } : {}),
          suppressedInSource: report.suppressed.length,
          baselined: report.baselined?.length ?? 0,
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
