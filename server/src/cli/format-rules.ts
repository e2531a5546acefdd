// `dfs-guard rules`: every rule with its metadata, as a text table or JSON.
import type { AnyRule } from '../engine/rule';

export function ruleSummary(r: AnyRule) {
  return {
    id: r.id,
    title: r.meta.title,
    description: r.meta.description,
    severity: r.meta.severity,
    files: r.meta.files,
    tags: r.meta.tags,
    fix: r.meta.fix,
    hasQuickFix: r.meta.fix !== 'guidance',
    dfsSpecific: !!r.meta.dfsSpecific,
    kind: r.meta.kind ?? 'violation',
    enabledByDefault: r.meta.enabledByDefault !== false,
  };
}

export function renderRulesJson(rules: readonly AnyRule[]): string {
  return `${JSON.stringify(rules.map(ruleSummary), null, 2)}\n`;
}

export function renderRulesText(rules: readonly AnyRule[]): string {
  const rows = rules.map((r) => {
    const s = ruleSummary(r);
    const itu = [...(r.meta.tags.ituLab ?? []), ...(r.meta.tags.ituBp ?? [])].join(' ');
    return [s.id, s.severity, s.hasQuickFix ? s.fix : '-', s.dfsSpecific ? 'DFS' : '', itu, s.title];
  });
  const head = ['RULE', 'SEVERITY', 'FIX', 'DFS', 'ITU', 'TITLE'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return `${[line(head), ...rows.map(line)].join('\n')}\n${rules.length} rules\n`;
}
