// Scan output formats. Text is for people (`path:line:col  severity  rule-id  message`), JSON for tools, SARIF for
// code scanning, Markdown (pull-request comment) and HTML (auditors) for the ITU DFS compliance report.
import pc from 'picocolors';
import { formatHtml } from '../report/html';
import { formatMarkdown } from '../report/markdown';
import { formatSarif, type SarifOptions } from '../report/sarif';
import type { Severity } from '../engine/types';
import { summaryLine } from './main';
import { TOOL_VERSION, type ScanReport } from './report';

export const SCAN_FORMATS = ['text', 'json', 'sarif', 'markdown', 'html'] as const;
export type ScanFormat = (typeof SCAN_FORMATS)[number];

const SEVERITY_COLOR: Record<Severity, (s: string) => string> = {
  critical: (s) => pc.red(pc.bold(s)),
  high: pc.red,
  medium: pc.yellow,
  low: pc.cyan,
  info: pc.dim,
};

export function formatScan(report: ScanReport, format: ScanFormat, opts: { color: boolean; sarif?: SarifOptions }): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, opts.sarif);
    case 'markdown':
      return formatMarkdown(report);
    case 'html':
      return formatHtml(report);
    default:
      return formatText(report, opts.color);
  }
}

function formatText(report: ScanReport, color: boolean): string {
  const lines = report.findings.map((f) => {
    const where = `${f.path}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
    const sev = f.severity.padEnd(8);
    return `${where}  ${color ? SEVERITY_COLOR[f.severity](sev) : sev}  ${f.ruleId}  ${f.message}`;
  });
  for (const e of report.staleBaseline ?? []) lines.push(`${e.path}  ${color ? pc.dim('stale   ') : 'stale   '}  ${e.ruleId}  baseline entry matches no finding any more (fixed or changed): ${e.message}`);
  for (const p of report.problems) lines.push(`${p.path}  ${color ? pc.magenta('error   ') : 'error   '}  ${p.kind}  ${p.message}`);
  lines.push(summaryLine(report, color).trimEnd());
  return `${lines.join('\n')}\n`;
}

function formatJson(report: ScanReport): string {
  const byId = new Map(report.rules.map((r) => [r.id, r]));
  const out = {
    tool: { name: 'dfs-guard', version: TOOL_VERSION },
    summary: {
      findings: report.findings.length,
      bySeverity: Object.fromEntries((['critical', 'high', 'medium', 'low', 'info'] as const).map((s) => [s, report.findings.filter((f) => f.severity === s).length])),
      filesScanned: report.filesScanned,
      filesWithParseErrors: report.filesWithParseErrors,
      problems: report.problems.length,
      suppressed: report.suppressed.length,
      baselined: report.baselined?.length ?? 0,
      staleBaseline: report.staleBaseline?.length ?? 0,
      ...(report.changedSince ? { changedSince: report.changedSince } : {}),
      durationMs: report.durationMs,
    },
    findings: report.findings.map((f) => ({
      ruleId: f.ruleId,
      title: byId.get(f.ruleId)?.meta.title,
      severity: f.severity,
      message: f.message,
      path: f.path,
      line: f.range.start.line + 1,
      column: f.range.start.character + 1,
      endLine: f.range.end.line + 1,
      endColumn: f.range.end.character + 1,
      fixes: f.fixes.map((x) => ({ title: x.title, kind: x.kind })),
      fingerprint: report.fingerprints?.get(f),
      tags: byId.get(f.ruleId)?.meta.tags,
    })),
    problems: report.problems,
    suppressed: report.suppressed.map((x) => ({
      ruleId: x.finding.ruleId,
      path: x.finding.path,
      line: x.finding.range.start.line + 1,
      column: x.finding.range.start.character + 1,
      justification: x.justification,
    })),
    baselined: (report.baselined ?? []).map((f) => ({ ruleId: f.ruleId, path: f.path, line: f.range.start.line + 1, column: f.range.start.character + 1, fingerprint: report.fingerprints?.get(f) })),
    staleBaseline: report.staleBaseline ?? [],
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
