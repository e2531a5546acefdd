// The ITU DFS compliance view of a scan, shared by the HTML and Markdown reports. Rows come from rule metadata
// tags: a row passes only when at least one rule tagged with it ran and found nothing; with no rule run it is
// "not covered" (or "not statically checkable" when source analysis cannot decide it at all).
import { allRules } from '../../../rules';
import type { ScanReport } from '../cli/report';
import type { AnyRule } from '../engine/rule';
import { SEVERITIES, severityRank, type Finding } from '../engine/types';
import { compareFindings } from './common';
import { ITU_LAB_TESTS, ITU_TEMPLATE, MASVS_CONTROLS, OWASP_MOBILE_2024, type ComplianceItem } from './itu';

export type RowStatus = 'pass' | 'fail' | 'not-checkable' | 'not-covered';

export interface ComplianceRow {
  id: string;
  title: string;
  status: RowStatus;
  /** Findings against this row: open and baselined (a baseline accepts a weakness, it does not remove it). */
  findings: Finding[];
  baselined: number;
  suppressed: number;
  /** Rules tagged with this row that ran, and those that exist but did not run (disabled or off by default). */
  rulesRun: string[];
  rulesNotRun: string[];
  item?: ComplianceItem;
}

export interface ComplianceModel {
  labTests: ComplianceRow[];
  template: { id: string; title: string; rows: ComplianceRow[] }[];
  masvs: ComplianceRow[];
  owasp: ComplianceRow[];
  /** Open findings, most severe first, then by path and position; `anchor` ids are stable within a report. */
  findings: Finding[];
  anchor: Map<Finding, string>;
  counts: Record<RowStatus, number>;
}

type TagOf = (r: AnyRule) => readonly string[];

function row(id: string, title: string, tagOf: TagOf, report: ScanReport, item?: ComplianceItem): ComplianceRow {
  const ran = new Set(report.rules.filter((r) => tagOf(r).includes(id)).map((r) => r.id));
  const exists = allRules.filter((r) => tagOf(r).includes(id)).map((r) => r.id);
  const baselined = (report.baselined ?? []).filter((f) => ran.has(f.ruleId));
  const findings = [...report.findings.filter((f) => ran.has(f.ruleId)), ...baselined].sort(compareFindings);
  const suppressed = report.suppressed.filter((s) => ran.has(s.finding.ruleId)).length;
  let status: RowStatus;
  if (findings.length > 0) status = 'fail';
  else if (item?.static === 'no') status = 'not-checkable';
  else status = ran.size > 0 ? 'pass' : 'not-covered';
  return { id, title, status, findings, baselined: baselined.length, suppressed, rulesRun: [...ran], rulesNotRun: exists.filter((x) => !ran.has(x)), item };
}

export function buildCompliance(report: ScanReport): ComplianceModel {
  const lab: TagOf = (r) => r.meta.tags.ituLab ?? [];
  const bp: TagOf = (r) => r.meta.tags.ituBp ?? [];
  const labTests = ITU_LAB_TESTS.map((t) => row(t.id, t.title, lab, report, t));
  const template = ITU_TEMPLATE.map((c) => ({ id: c.id, title: c.title, rows: c.items.map((t) => row(t.id, t.title, bp, report, t)) }));
  const masvs = MASVS_CONTROLS.map(([id, title]) => row(id, title, (r) => r.meta.tags.masvs, report));
  const owasp = OWASP_MOBILE_2024.map(([id, title]) => row(id, title, (r) => r.meta.tags.owaspMobile2024, report));
  const findings = [...report.findings, ...(report.baselined ?? [])].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || compareFindings(a, b));
  const anchor = new Map(findings.map((f, i) => [f, `f${i + 1}`]));
  const counts: Record<RowStatus, number> = { pass: 0, fail: 0, 'not-checkable': 0, 'not-covered': 0 };
  for (const r of [...labTests, ...template.flatMap((c) => c.rows)]) counts[r.status]++;
  return { labTests, template, masvs, owasp, findings, anchor, counts };
}

export function severityCounts(findings: readonly Finding[]): [string, number][] {
  return SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as [string, number]).filter(([, n]) => n > 0);
}

export const STATUS_LABEL: Record<RowStatus, string> = {
  pass: 'pass',
  fail: 'fail',
  'not-checkable': 'not statically checkable',
  'not-covered': 'not covered',
};

/** The explanation under a row's status: why it cannot be decided, what to test instead, which rules did not run. */
export function rowNote(r: ComplianceRow): string {
  const parts: string[] = [];
  if (r.status === 'not-covered') {
    parts.push(r.rulesNotRun.length ? `no rule for it ran (available: ${r.rulesNotRun.join(', ')})` : 'no DFS Guard rule checks this yet');
  }
  if (r.item?.why && (r.status === 'not-checkable' || r.item.static !== 'yes')) parts.push(`${r.status === 'not-checkable' ? 'why: ' : 'static part only: '}${r.item.why}`);
  if (r.item?.lab && r.item.static !== 'yes') parts.push(`lab: ${r.item.lab}`);
  if (r.baselined) parts.push(`${r.baselined} baselined`);
  if (r.suppressed) parts.push(`${r.suppressed} suppressed in source`);
  return parts.join('; ');
}
