// The ITU DFS compliance report (HTML and Markdown) of the sample app: one row per lab test and template item
// with pass / fail (linked findings) / not statically checkable / not covered, MASVS and OWASP views, findings
// with excerpts; HTML self-contained and rendered in headless Chromium; Markdown within a PR comment's limit.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ITU_LAB_TESTS, ITU_TEMPLATE } from '../server/src/report/itu';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'dfs-guard-report-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: '1', CI: 'true' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('ITU DFS compliance report', () => {
  const html = run(['scan', 'samples/mobile-money-app', '--format', 'html', '--fail-on', 'off']).stdout;
  const md = run(['scan', 'samples/mobile-money-app', '--format', 'markdown', '--fail-on', 'off']).stdout;

  test('HTML: every lab test and template item has a row with a status; findings are linked', () => {
    for (const t of [...ITU_LAB_TESTS, ...ITU_TEMPLATE.flatMap((c) => c.items)]) {
      const row = new RegExp(`<td class="id">${t.id.replace('.', '\\.')}</td>.*?<span class="status (pass|fail|not-checkable|not-covered)">`, 's');
      assert.match(html, row, t.id);
    }
    assert.match(html, /<td class="id">T1\.2<\/td>.*?<span class="status fail">fail \(\d+ findings?\)<\/span><div class="links"><a href="#f\d+">/s, 'debuggable fails on the sample, with links');
    assert.match(html, /<td class="id">T4\.1<\/td>.*?<span class="status not-checkable">not statically checkable<\/span>/s);
    assert.match(html, /<td class="id">UA-1<\/td>.*?lab: try to set 0000/s);
    for (const view of ['OWASP MASVS v2', 'OWASP Mobile Top 10 (2024)', 'Findings']) assert.ok(html.includes(`<h2>${view}</h2>`), view);
    assert.match(html, /<td class="id">MASVS-CRYPTO-1<\/td>/);
    assert.match(html, /<td class="id">M10<\/td>/);
    const anchors = [...html.matchAll(/href="#(f\d+)"/g)].map((m) => m[1]);
    for (const a of anchors) assert.ok(html.includes(`id="${a}"`), `anchor ${a}`);
    assert.match(html, /<pre><span><i>\d+<\/i>.*<span class="hit">/, 'code excerpts mark the finding');
    assert.match(html, /<b>Fix\.<\/b>/);
  });

  test('HTML is self-contained and printable: no scripts, no external resources', () => {
    assert.ok(!/<(script|link|img|iframe|object|embed)\b/i.test(html), 'no scripts or external elements');
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    assert.ok(css.length > 500 && !/@import|url\(/i.test(css), 'inline CSS without external resources');
    assert.ok(!/(src|href)="(https?:)?\/\//i.test(html));
    assert.match(html, /@media print/);
  });

  test('a lab test with no rule run is "not covered", not "pass"', () => {
    const r = run(['scan', 'samples/mobile-money-app', '--format', 'html', '--fail-on', 'off', '--rule', 'crypto-ecb-mode']).stdout;
    assert.match(r, /<td class="id">T1\.1<\/td>.*?<span class="status not-covered">not covered<\/span>/s);
    assert.match(r, /<td class="id">T1\.1<\/td>.*?no rule for it ran \(available: [^)]*manifest-allow-backup/s);
  });

  test('Markdown fits a pull-request comment: collapsible sections, size limit with a note', () => {
    assert.ok(md.length <= 65_536, `${md.length} chars`);
    assert.match(md, /^## DFS Guard: ITU DFS security report/);
    assert.match(md, /<details( open)?><summary><b>ITU DFS Security Lab tests \(Android\)<\/b><\/summary>/);
    assert.match(md, /\| T1\.2 \| .* \| ❌ fail \(\d+ findings?\)<br>`samples\/mobile-money-app\/.*:\d+`/);
    assert.match(md, /\| T4\.1 \| .* \| 🔬 not statically checkable \|/);
    assert.match(md, /<summary><b>Findings<\/b> \(\d+\)<\/summary>/);
    const opened = (md.match(/<details/g) ?? []).length;
    assert.equal((md.match(/<\/details>/g) ?? []).length, opened, 'balanced details');
    if (/more findings? not shown/.test(md)) assert.match(md, /limited to 65,000 characters/);
  });

  test('the HTML renders in headless Chromium (screenshot)', { skip: !CHROMIUM && 'no Chromium installed' }, () => {
    const file = join(tmp, 'report.html');
    const png = join(tmp, 'report.png');
    const out = run(['scan', 'samples/mobile-money-app', '--format', 'html', '--fail-on', 'off', '--output', file]);
    assert.equal(out.code, 0, out.stderr);
    const r = spawnSync(CHROMIUM!, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--window-size=1200,2400', `--screenshot=${png}`, `file://${file}`], { encoding: 'utf8', timeout: 60_000 });
    assert.ok(existsSync(png), r.stderr);
    const size = statSync(png).size;
    assert.ok(size > 50_000, `a blank page is small: ${size} bytes`);
    const sig = readFileSync(png).subarray(0, 8).toString('hex');
    assert.equal(sig, '89504e470d0a1a0a');
    if (process.env.DFS_GUARD_SCREENSHOT) spawnSync('cp', [png, process.env.DFS_GUARD_SCREENSHOT]);
  });
});
