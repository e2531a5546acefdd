// Helpers shared by the SARIF, Markdown and HTML outputs.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { ScanReport } from '../cli/report';
import type { AnyRule } from '../engine/rule';
import type { Finding, Severity } from '../engine/types';

/** A report path (relative to the working directory) made relative to the repository root, with `/`. */
export function repoPath(report: ScanReport, path: string): string {
  if (!report.root || !report.cwd) return path;
  const abs = isAbsolute(path) ? path : resolve(report.cwd, path);
  const rel = relative(report.root, abs);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}

/** The rule's standards references as `scheme/value` tags (SARIF form), most useful first. */
export function standardTags(rule: AnyRule): string[] {
  const t = rule.meta.tags;
  return [
    ...t.cwe.map((n) => `external/cwe/cwe-${n}`),
    ...(t.ituLab ?? []).map((x) => `itu-lab/${x}`),
    ...(t.ituBp ?? []).map((x) => `itu-bp/${x}`),
    ...t.masvs.map((x) => `masvs-v2/${x}`),
    ...t.owaspMobile2024.map((x) => `owasp-mobile-2024/${x}`),
    ...t.maswe.map((x) => `maswe/${x}`),
    ...(t.figi ?? []).map((x) => `figi/${x}`),
  ];
}

/** GitHub's numeric scale: > 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. */
export const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0', info: '1.0' };

export function compareFindings(a: Finding, b: Finding): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** Lines around a finding (1-based numbers), for code excerpts. */
export function excerpt(report: ScanReport, f: Finding, context = 2): { line: number; text: string; hit: boolean }[] {
  const text = report.sources?.get(f.path);
  if (text === undefined) return [];
  const lines = text.split('\n');
  const from = Math.max(0, f.range.start.line - context);
  const to = Math.min(lines.length - 1, Math.max(f.range.end.line, f.range.start.line) + context, f.range.start.line + 8 + context);
  const out = [];
  for (let i = from; i <= to; i++) out.push({ line: i + 1, text: lines[i].replace(/\r$/, '').replace(/\t/g, '    '), hit: i >= f.range.start.line && i <= f.range.end.line });
  return out;
}
