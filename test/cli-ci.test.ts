// The built CLI's CI features: repo config, baseline round trip after moving lines, --changed-since on a temporary
// git repository, --output, exit codes and bad-input errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'dfs-guard-cli-ci-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: '1', CI: 'true' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function project(name: string, files: Record<string, string>): string {
  const dir = join(tmp, name);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}
function git(dir: string, ...args: string[]) {
  const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
}
interface Json {
  summary: { findings: number; baselined: number; staleBaseline: number };
  findings: { ruleId: string; path: string; line: number; severity: string }[];
  staleBaseline: { ruleId: string }[];
}
const json = (r: { stdout: string }) => JSON.parse(r.stdout) as Json;

const PAY = 'package p\n\nfun seal() {\n    val c = Cipher.getInstance("AES/ECB/PKCS5Padding")\n}\n\nfun hash(pin: String) = MessageDigest.getInstance("MD5")\n';

describe('dfs-guard scan for CI', () => {
  test('baseline round trip: update, insert lines above the findings, rescan: 0 fresh; a new finding is fresh; fixed ones are stale', () => {
    const dir = project('baseline', { 'app/src/main/java/p/Pay.kt': PAY });
    const up = run(['scan', '.', '--update-baseline'], dir);
    assert.equal(up.code, 0, up.stderr);
    assert.match(up.stderr, /wrote 2 entries to dfs-guard-baseline\.json/);
    const base = JSON.parse(readFileSync(join(dir, 'dfs-guard-baseline.json'), 'utf8')) as { entries: { path: string; fingerprint: string }[] };
    assert.deepEqual(base.entries.map((e) => e.path), ['app/src/main/java/p/Pay.kt', 'app/src/main/java/p/Pay.kt']);
    assert.ok(!JSON.stringify(base).includes('"line"'));

    writeFileSync(join(dir, 'app/src/main/java/p/Pay.kt'), `package p\n\nimport javax.crypto.Cipher\n// moved\n\n${PAY.slice('package p\n\n'.length)}`);
    const moved = run(['scan', '.', '--baseline', 'dfs-guard-baseline.json', '--format', 'json'], dir);
    assert.equal(moved.code, 0, moved.stderr);
    assert.equal(json(moved).summary.findings, 0);
    assert.equal(json(moved).summary.baselined, 2);
    assert.match(moved.stderr, /0 findings in 1 file; 2 baselined;/);

    writeFileSync(join(dir, 'app/src/main/java/p/New.kt'), 'package p\nfun x() = Cipher.getInstance("DES")\n');
    writeFileSync(join(dir, 'app/src/main/java/p/Pay.kt'), 'package p\n\nfun seal() {\n    val c = Cipher.getInstance("AES/GCM/NoPadding")\n}\n\nfun hash(pin: String) = MessageDigest.getInstance("MD5")\n');
    const next = run(['scan', '.', '--baseline', 'dfs-guard-baseline.json', '--format', 'json'], dir);
    assert.equal(next.code, 1);
    assert.deepEqual([...new Set(json(next).findings.map((f) => f.path))], ['app/src/main/java/p/New.kt']);
    assert.deepEqual(json(next).staleBaseline.map((e) => e.ruleId), ['crypto-ecb-mode']);
    const text = run(['scan', '.', '--baseline', 'dfs-guard-baseline.json'], dir);
    assert.match(text.stdout, /stale {5}crypto-ecb-mode {2}baseline entry matches no finding/);
    assert.match(text.stdout, /1 baselined; 1 stale baseline entry;/);
  });

  test('--changed-since: only findings on lines changed since the ref, untracked files whole; non-git directory and bad ref exit 2', () => {
    const dir = project('git', { 'app/src/main/java/p/Pay.kt': PAY });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'one');
    assert.equal(json(run(['scan', '.', '--changed-since', 'HEAD', '--format', 'json'], dir)).summary.findings, 0);
    writeFileSync(join(dir, 'app/src/main/java/p/Pay.kt'), PAY + '\nfun more() = Cipher.getInstance("DES/ECB/NoPadding")\n');
    writeFileSync(join(dir, 'app/src/main/java/p/Untracked.kt'), 'package p\nfun u() = Cipher.getInstance("AES/ECB/NoPadding")\n');
    const r = run(['scan', '.', '--changed-since', 'HEAD', '--format', 'json'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(json(r).findings.map((f) => `${f.path.split('/').pop()}:${f.line}`).sort(), ['Pay.kt:9', 'Pay.kt:9', 'Untracked.kt:2']);
    assert.match(r.stderr, /changed since HEAD/);
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'two');
    const sinceFirst = run(['scan', 'app', '--changed-since', 'HEAD~1', '--format', 'json'], dir);
    assert.equal(json(sinceFirst).findings.length, 3);

    const bad = run(['scan', '.', '--changed-since', 'no-such-branch'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown git ref "no-such-branch"/);
    const plain = project('nogit', { 'src/main/java/p/Pay.kt': PAY });
    const nogit = run(['scan', '.', '--changed-since', 'HEAD'], plain);
    assert.equal(nogit.code, 2);
    assert.match(nogit.stderr, /--changed-since needs a git repository, and .* is not inside one/);
    assert.equal(run(['scan', '.', '--changed-since', 'HEAD', '--update-baseline'], dir).code, 2);
  });

  test('repo config: rules, severities, exclude, failOn, baseline path; --config overrides discovery; bad config exits 2 with file:line:col', () => {
    const dir = project('config', {
      '.dfsguard.json': '{\n  // team settings\n  "rules": { "crypto-weak-hash": "off", "crypto-ecb-mode": "medium" },\n  "exclude": ["legacy"],\n  "failOn": "critical",\n  "baseline": "ci/baseline.json"\n}\n',
      'app/src/main/java/p/Pay.kt': PAY,
      'legacy/src/main/java/p/Old.kt': PAY,
    });
    const r = run(['scan', '.', '--format', 'json'], dir);
    assert.equal(r.code, 0, 'failOn critical from the config');
    assert.deepEqual(json(r).findings.map((f) => [f.ruleId, f.severity, f.path]), [['crypto-ecb-mode', 'medium', 'app/src/main/java/p/Pay.kt']]);
    assert.match(r.stderr, /baseline ci\/baseline\.json does not exist yet/);
    assert.equal(run(['scan', '.', '--fail-on', 'medium'], dir).code, 1, '--fail-on beats the config');
    assert.equal(run(['scan', '.', '--update-baseline'], dir).code, 0);
    assert.ok(existsSync(join(dir, 'ci', 'baseline.json')));
    assert.equal(json(run(['scan', '.', '--format', 'json'], dir)).summary.baselined, 1);

    writeFileSync(join(dir, 'other.json'), '{ "rules": { "crypto-ecb-mode": "loud" } }');
    const bad = run(['scan', '.', '--config', 'other.json'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^dfs-guard: other\.json:1:33: rule "crypto-ecb-mode": expected "off" or a severity/m);
    writeFileSync(join(dir, '.dfsguard.json'), '{ "rules": { ');
    const broken = run(['scan', '.'], dir);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /\.dfsguard\.json:1:\d+: invalid JSON/);
    assert.equal(run(['scan', '.', '--config', 'missing.json'], dir).code, 2);
  });

  test('--output writes the file, the summary goes to stderr; unknown format exits 2', () => {
    const dir = project('output', { 'app/src/main/java/p/Pay.kt': PAY });
    for (const format of ['sarif', 'html', 'markdown', 'json', 'text']) {
      const r = run(['scan', '.', '--format', format, '--output', `out/report.${format}`], dir);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^2 findings \(1 high, 1 medium\) in 1 file; /m);
      assert.ok(readFileSync(join(dir, 'out', `report.${format}`), 'utf8').length > 100);
    }
    const unknown = run(['scan', '.', '--format', 'pdf'], dir);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /argument 'pdf' is invalid. Allowed choices are text, json, sarif, markdown, html/);
  });
});
