// The findings tree of the "DFS Guard Findings" view: what is shown now (open files and the last workspace
// scan) grouped by ITU DFS category, MASVS control, rule or file, with counts. Computed here so the client
// only renders it, and so it is testable without VS Code.
import type { AnyRule } from '../engine/rule';
import { severityRank, type Finding } from '../engine/types';
import type { FindingGroup, FindingLeaf, GroupBy } from './protocol';

/** The five categories of the ITU/FIGI "Template for application security best practices" (itu-bp tags). */
export const ITU_CATEGORIES: Record<string, string> = {
  DI: 'Device and application integrity',
  CS: 'Communication security and certificate handling',
  UA: 'User authentication',
  DH: 'Secure data handling',
  AD: 'Secure application development',
};

export function groupFindings(
  entries: { uri: string; findings: Finding[] }[],
  groupBy: GroupBy,
  rulesById: Map<string, AnyRule>,
  fileLabel: (uri: string) => string,
): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  const add = (key: string, label: string, description: string | undefined, leaf: FindingLeaf) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, label, description, count: 0, findings: [] }));
    g.count++;
    g.findings.push(leaf);
  };
  for (const { uri, findings } of entries) {
    for (const f of findings) {
      const rule = rulesById.get(f.ruleId);
      const leaf: FindingLeaf = { uri, range: f.range, ruleId: f.ruleId, message: f.message, severity: f.severity };
      if (groupBy === 'file') add(uri, fileLabel(uri), undefined, leaf);
      else if (groupBy === 'rule') add(f.ruleId, f.ruleId, rule?.meta.title, leaf);
      else if (groupBy === 'masvs') {
        const controls = rule?.meta.tags.masvs.length ? rule.meta.tags.masvs : ['(no MASVS control)'];
        for (const c of controls) add(c, c, undefined, leaf);
      } else {
        const cats = [...new Set((rule?.meta.tags.ituBp ?? []).map((t) => t.split('-')[0]).filter((c) => c in ITU_CATEGORIES))];
        if (cats.length === 0) add('~', 'Other (no ITU template item)', undefined, leaf);
        for (const c of cats) add(c, `${c} ${ITU_CATEGORIES[c]}`, undefined, leaf);
      }
    }
  }
  const bySeverity = (a: FindingLeaf, b: FindingLeaf) =>
    severityRank(b.severity as Finding['severity']) - severityRank(a.severity as Finding['severity']) ||
    (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) ||
    a.range.start.line - b.range.start.line;
  const out = [...groups.values()];
  for (const g of out) g.findings.sort(bySeverity);
  return out.sort((a, b) => (a.key === '~' ? 1 : b.key === '~' ? -1 : 0) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
