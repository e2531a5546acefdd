// The ITU DFS compliance report as one self-contained HTML file: inline CSS, no scripts, no external assets,
// readable on screen and printable (@media print).
import { basename } from 'node:path';
import type { ScanReport } from '../cli/report';
import { TOOL_VERSION } from '../cli/report';
import type { Finding } from '../engine/types';
import { excerpt, repoPath } from './common';
import { buildCompliance, rowNote, severityCounts, STATUS_LABEL, type ComplianceModel, type ComplianceRow } from './compliance';
import { docSection, ruleDoc } from './rule-docs';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CSS = `
:root{--fg:#1d2330;--muted:#5b6475;--line:#d9dde5;--bg:#fff;--soft:#f5f7fa;--pass:#1a7f37;--fail:#c62828;--nc:#8a6d00;--na:#5b6475;
--critical:#8e0000;--high:#c62828;--medium:#b35c00;--low:#0b6a8a;--info:#5b6475}
*{box-sizing:border-box}body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);margin:0}
main{max-width:1100px;margin:0 auto;padding:24px 28px 48px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 8px;padding-bottom:4px;border-bottom:2px solid var(--line)}h3{font-size:15px;margin:20px 0 6px}
.meta{color:var(--muted);margin:0 0 16px}.meta span{margin-right:14px;white-space:nowrap}
.cards{display:flex;gap:10px;flex-wrap:wrap;margin:12px 0}.card{border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:120px;background:var(--soft)}
.card b{display:block;font-size:22px}.card small{color:var(--muted)}
table{border-collapse:collapse;width:100%;margin:6px 0 12px}th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600;font-size:13px}table.rows{table-layout:fixed}td.id{white-space:nowrap;font-weight:600}th.id{width:92px}th.st{width:36%}td.st .status{white-space:nowrap}
.note{color:var(--muted);font-size:12.5px}.links a{display:inline-block;margin-right:8px;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}
.status{display:inline-block;border-radius:10px;padding:1px 9px;font-size:12px;font-weight:600;color:#fff}
.pass{background:var(--pass)}.fail{background:var(--fail)}.not-covered{background:var(--nc)}.not-checkable{background:var(--na)}
.sev{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;font-weight:600;color:#fff;text-transform:uppercase}
.sev-critical{background:var(--critical)}.sev-high{background:var(--high)}.sev-medium{background:var(--medium)}.sev-low{background:var(--low)}.sev-info{background:var(--info)}
.finding{border:1px solid var(--line);border-radius:8px;margin:12px 0;padding:10px 14px;break-inside:avoid;page-break-inside:avoid}
.finding h3{margin:0 0 4px;font-size:14.5px}.where{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12.5px;color:var(--muted)}
pre{background:#f6f8fa;border:1px solid var(--line);border-radius:6px;padding:6px 0;overflow-x:auto;font:12px/1.45 ui-monospace,Menlo,Consolas,monospace;margin:8px 0}
pre span{display:block;padding:0 10px;white-space:pre}pre span.hit{background:#ffebe9;border-left:3px solid var(--fail);padding-left:7px}
pre i{display:inline-block;width:3.2em;color:#8c959f;font-style:normal;user-select:none}
.fix{margin:6px 0 0}.fix p{margin:4px 0}.tags{color:var(--muted);font-size:12px}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12.5px;background:var(--soft);padding:0 3px;border-radius:3px}
.baselined{opacity:.8}.legend{font-size:12.5px;color:var(--muted)}
@media print{body{font-size:11px}main{max-width:none;padding:0}h2{break-after:avoid}tr,.finding{break-inside:avoid}a{color:inherit;text-decoration:none}
.status,.sev,pre span.hit{-webkit-print-color-adjust:exact;print-color-adjust:exact}@page{margin:14mm}}
`;

function statusCell(r: ComplianceRow, m: ComplianceModel): string {
  const label = r.status === 'fail' ? `fail (${r.findings.length} finding${r.findings.length === 1 ? '' : 's'})` : STATUS_LABEL[r.status];
  const links = r.findings.slice(0, 12).map((f) => `<a href="#${m.anchor.get(f)}">${esc(`${f.path.split('/').pop()}:${f.range.start.line + 1}`)}</a>`);
  if (r.findings.length > 12) links.push(`<span class="note">+${r.findings.length - 12} more</span>`);
  return `<span class="status ${r.status}">${esc(label)}</span>${links.length ? `<div class="links">${links.join('')}</div>` : ''}`;
}

function rowsTable(rows: ComplianceRow[], m: ComplianceModel, head: string): string {
  const body = rows
    .map((r) => {
      const note = rowNote(r);
      const rules = r.rulesRun.length ? `<div class="note">rules: ${r.rulesRun.map((x) => `<code>${esc(x)}</code>`).join(' ')}</div>` : '';
      return `<tr><td class="id">${esc(r.id)}</td><td>${esc(r.title)}${note ? `<div class="note">${esc(note)}</div>` : ''}${rules}</td><td class="st">${statusCell(r, m)}</td></tr>`;
    })
    .join('\n');
  return `<table class="rows"><thead><tr><th class="id">${esc(head)}</th><th>Requirement</th><th class="st">Status</th></tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function findingCard(f: Finding, report: ScanReport, m: ComplianceModel, baselined: boolean): string {
  const rule = report.rules.find((r) => r.id === f.ruleId);
  const lines = excerpt(report, f);
  const code = lines.length ? `<pre>${lines.map((l) => `<span${l.hit ? ' class="hit"' : ''}><i>${l.line}</i>${esc(l.text)}</span>`).join('')}</pre>` : '';
  const doc = ruleDoc(f.ruleId);
  const how = doc ? docSection(doc, /how to fix|fix/i) : undefined;
  const firstPara = how?.split(/\n\s*\n/)[0].replace(/\s+/g, ' ');
  const quick = f.fixes.map((x) => `<code>${esc(x.title)}</code> (${x.kind === 'safe' ? 'safe quick fix' : 'suggested quick fix'})`);
  const fix = [quick.length ? `<p>Quick fix in the editor: ${quick.join(', ')}</p>` : '', firstPara ? `<p>${inlineMd(firstPara)}</p>` : ''].join('');
  const t = rule?.meta.tags;
  const tags = t ? [...t.cwe.map((n) => `CWE-${n}`), ...(t.ituLab ?? []), ...(t.ituBp ?? []), ...t.masvs, ...t.owaspMobile2024.map((x) => `${x}:2024`)].join(' · ') : '';
  return `<section class="finding${baselined ? ' baselined' : ''}" id="${m.anchor.get(f)}">
<h3><span class="sev sev-${f.severity}">${f.severity}</span> ${esc(rule?.meta.title ?? f.ruleId)} <code>${esc(f.ruleId)}</code>${baselined ? ' <span class="note">(baselined)</span>' : ''}</h3>
<div class="where">${esc(repoPath(report, f.path))}:${f.range.start.line + 1}:${f.range.start.character + 1}</div>
<p>${esc(f.message)}</p>${code}${fix ? `<div class="fix"><b>Fix.</b> ${fix}</div>` : ''}<div class="tags">${esc(tags)}</div>
</section>`;
}

/** Inline Markdown (code spans, bold, links) of trusted rule pages, escaped first. */
function inlineMd(s: string): string {
  return esc(s)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<b>$1</b>')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1');
}

export function formatHtml(report: ScanReport, now = new Date()): string {
  const m = buildCompliance(report);
  const project = report.projectName ?? (report.root ? basename(report.root) : 'project');
  const baselined = new Set(report.baselined ?? []);
  const sev = severityCounts(report.findings);
  const card = (n: number | string, label: string) => `<div class="card"><b>${n}</b><small>${esc(label)}</small></div>`;
  const labCounts = (s: string) => m.labTests.filter((r) => r.status === s).length;
  const meta = [
    `${report.filesScanned} files scanned`,
    `${report.rules.length} rules`,
    report.changedSince ? `scope: lines changed since ${report.changedSince}` : 'scope: whole project',
    report.configPath ? `config: ${report.configPath}` : '',
    report.baselinePath ? `baseline: ${report.baselinePath}` : '',
    `DFS Guard ${TOOL_VERSION}`,
    now.toISOString().slice(0, 10),
  ].filter(Boolean);
  const suppressed = report.suppressed.length
    ? `<h2>Suppressed in source</h2><table><thead><tr><th>Location</th><th>Rule</th><th>Justification</th></tr></thead><tbody>${report.suppressed
        .map((s) => `<tr><td class="where">${esc(s.finding.path)}:${s.finding.range.start.line + 1}</td><td><code>${esc(s.finding.ruleId)}</code></td><td>${esc(s.justification || '(no reason given)')}</td></tr>`)
        .join('')}</tbody></table>`
    : '';
  const stale = report.staleBaseline?.length ? `<p class="note">${report.staleBaseline.length} baseline entries no longer match a finding (fixed or changed code); run <code>dfs-guard scan --update-baseline</code> to drop them.</p>` : '';
  const problems = report.problems.length
    ? `<h2>Files not fully analysed</h2><table><tbody>${report.problems.map((p) => `<tr><td class="where">${esc(p.path)}</td><td>${esc(p.kind)}</td><td>${esc(p.message)}</td></tr>`).join('')}</tbody></table>`
    : '';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>DFS Guard — ITU DFS security report — ${esc(project)}</title><style>${CSS}</style></head>
<body><main>
<h1>ITU DFS security report: ${esc(project)}</h1>
<p class="meta">${meta.map((x) => `<span>${esc(x)}</span>`).join('')}</p>
<div class="cards">${card(report.findings.length, `open findings${sev.length ? ` (${sev.map(([s, n]) => `${n} ${s}`).join(', ')})` : ''}`)}${card(labCounts('fail'), 'lab tests failed')}${card(labCounts('pass'), 'lab tests passed (static)')}${card(labCounts('not-checkable') + labCounts('not-covered'), 'lab tests to run on a device')}${card(report.baselined?.length ?? 0, 'baselined')}${card(report.suppressed.length, 'suppressed in source')}</div>
<p class="legend"><span class="status pass">pass</span> rules for this requirement ran and found nothing · <span class="status fail">fail</span> findings (links below) · <span class="status not-checkable">not statically checkable</span> decide it in the lab · <span class="status not-covered">not covered</span> no rule for it ran. A static pass is not a lab pass: rows marked “static part only” also need the device test named.</p>
<h2>ITU DFS Security Lab tests (Android)</h2>
${rowsTable(m.labTests, m, 'Test')}
<h2>Application-security template (ITU-T X.1150 lineage)</h2>
${m.template.map((c) => `<h3>${esc(c.id)} — ${esc(c.title)}</h3>\n${rowsTable(c.rows, m, 'Item')}`).join('\n')}
<h2>OWASP MASVS v2</h2>
${rowsTable(m.masvs, m, 'Control')}
<h2>OWASP Mobile Top 10 (2024)</h2>
${rowsTable(m.owasp, m, 'Risk')}
<h2>Findings</h2>
${m.findings.length ? m.findings.map((f) => findingCard(f, report, m, baselined.has(f))).join('\n') : '<p>No findings.</p>'}
${stale}${suppressed}${problems}
</main></body></html>
`;
}
