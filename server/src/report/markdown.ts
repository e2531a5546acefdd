// The ITU DFS compliance report in GitHub-flavoured Markdown, sized for a pull-request comment: summary first,
// every table in a collapsible <details>, findings last and cut to stay under the size limit (GitHub rejects
// comments over 65,536 characters) with a note saying how many were left out.
import type { ScanReport } from '../cli/report';
import type { Finding } from '../engine/types';
import { excerpt, repoPath } from './common';
import { buildCompliance, rowNote, severityCounts, STATUS_LABEL, type ComplianceModel, type ComplianceRow } from './compliance';

export const MARKDOWN_LIMIT = 65_000;
const ICON = { pass: '✅', fail: '❌', 'not-checkable': '🔬', 'not-covered': '⚪' } as const;

/** Table cells cannot hold pipes or new lines. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** A link to the line on GitHub when running in GitHub Actions, else `path:line` as code. */
function where(report: ScanReport, f: Finding): string {
  const path = repoPath(report, f.path);
  const text = `${path}:${f.range.start.line + 1}`;
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = process.env;
  return server && repo && sha ? `[\`${text}\`](${server}/${repo}/blob/${sha}/${path.split('/').map(encodeURIComponent).join('/')}#L${f.range.start.line + 1})` : `\`${text}\``;
}

function table(rows: ComplianceRow[], head: string, report: ScanReport): string {
  const lines = [`| ${head} | Requirement | Status |`, '|---|---|---|'];
  for (const r of rows) {
    const n = r.findings.length;
    const status = `${ICON[r.status]} ${r.status === 'fail' ? `fail (${n} finding${n === 1 ? '' : 's'})` : STATUS_LABEL[r.status]}`;
    const at = r.findings.slice(0, 3).map((f) => where(report, f));
    if (n > 3) at.push(`+${n - 3} more`);
    const note = rowNote(r);
    lines.push(`| ${r.id} | ${cell(r.title)}${note ? `<br><sub>${cell(note)}</sub>` : ''} | ${status}${at.length ? `<br>${at.map(cell).join(', ')}` : ''} |`);
  }
  return lines.join('\n');
}

const details = (summary: string, body: string, open = false) => `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>\n`;

function findingBlock(f: Finding, report: ScanReport, baselined: boolean): string {
  const title = report.rules.find((r) => r.id === f.ruleId)?.meta.title ?? f.ruleId;
  const lines = excerpt(report, f, 1);
  const lang = /\.kts?$/.test(f.path) ? 'kotlin' : /\.java$/.test(f.path) ? 'java' : /\.xml$/.test(f.path) ? 'xml' : /\.gradle$/.test(f.path) ? 'groovy' : '';
  const width = String(lines.at(-1)?.line ?? 0).length;
  const code = lines.length ? `\n\n\`\`\`${lang}\n${lines.map((l) => `${String(l.line).padStart(width)}${l.hit ? '>' : ' '} ${l.text.replace(/```/g, "'''")}`).join('\n')}\n\`\`\`` : '';
  const fixes = f.fixes.length ? `\n\nQuick fix: ${f.fixes.map((x) => `${x.title} (${x.kind})`).join('; ')}` : '';
  return `- **${f.severity}** ${title} (\`${f.ruleId}\`)${baselined ? ' _baselined_' : ''} at ${where(report, f)}\n\n  ${f.message}${(code + fixes).replace(/\n/g, '\n  ')}\n`;
}

export function formatMarkdown(report: ScanReport, opts: { limit?: number } = {}): string {
  const limit = opts.limit ?? MARKDOWN_LIMIT;
  const m: ComplianceModel = buildCompliance(report);
  const sev = severityCounts(report.findings);
  const lab = (s: keyof typeof ICON) => m.labTests.filter((r) => r.status === s).length;
  const head = [
    `## DFS Guard: ITU DFS security report${report.projectName ? ` for \`${report.projectName}\`` : ''}`,
    '',
    `**${report.findings.length} open finding${report.findings.length === 1 ? '' : 's'}**${sev.length ? ` (${sev.map(([s, n]) => `${n} ${s}`).join(', ')})` : ''} in ${report.filesScanned} files` +
      `${report.changedSince ? ` on lines changed since \`${report.changedSince}\`` : ''}` +
      `${report.baselined?.length ? `; ${report.baselined.length} baselined` : ''}${report.suppressed.length ? `; ${report.suppressed.length} suppressed in source` : ''}.`,
    '',
    `ITU DFS lab tests: ${ICON.fail} ${lab('fail')} fail · ${ICON.pass} ${lab('pass')} pass (static) · ${ICON['not-checkable']} ${lab('not-checkable')} not statically checkable · ${ICON['not-covered']} ${lab('not-covered')} not covered`,
    '',
  ].join('\n');
  const sections = [
    details('<b>ITU DFS Security Lab tests (Android)</b>', table(m.labTests, 'Test', report), m.labTests.some((r) => r.status === 'fail')),
    details('<b>Application-security template</b> (DI, CS, UA, DH, AD)', m.template.map((c) => `**${c.id}: ${c.title}**\n\n${table(c.rows, 'Item', report)}`).join('\n\n')),
    details('<b>OWASP MASVS v2</b>', table(m.masvs, 'Control', report)),
    details('<b>OWASP Mobile Top 10 (2024)</b>', table(m.owasp, 'Risk', report)),
  ];
  let out = `${head}\n${sections.join('\n')}`;
  if (out.length > limit) out = `${head}\n${sections[0]}`; // the tables alone are too large: keep the lab tests
  const baselined = new Set(report.baselined ?? []);
  const blocks: string[] = [];
  const footer = (left: number) => (left ? `\n> ${left} more finding${left === 1 ? '' : 's'} not shown: this comment is limited to ${limit.toLocaleString('en')} characters. See the SARIF or HTML report for all of them.\n` : '');
  const reserve = 600;
  let used = out.length + reserve;
  let shown = 0;
  for (const f of m.findings) {
    const b = findingBlock(f, report, baselined.has(f));
    if (used + b.length > limit) break;
    blocks.push(b);
    used += b.length;
    shown++;
  }
  if (m.findings.length) out += `\n${details(`<b>Findings</b> (${m.findings.length})`, blocks.join('\n') + footer(m.findings.length - shown), report.findings.length > 0 && report.findings.length <= 20)}`;
  if (report.staleBaseline?.length) out += `\n${report.staleBaseline.length} baseline entries no longer match (fixed or changed code): run \`dfs-guard scan --update-baseline\`.\n`;
  return out.length > limit ? `${out.slice(0, limit - 80)}\n\n> Report cut at ${limit.toLocaleString('en')} characters.\n` : out;
}
