// The built CLI (dist/cli.js) on the sample app and on generated projects: output formats, exit codes,
// walking rules, worker pool parity, and bad input that must become clear per-file errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { analyzeFile } from '../server/src/cli/analyze-file';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'dfs-guard-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function project(name: string, files: Record<string, string | Buffer>): string {
  const dir = join(tmp, name);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}

interface JsonReport {
  summary: { findings: number; filesScanned: number; problems: number };
  findings: { ruleId: string; severity: string; path: string; line: number; column: number; endLine: number; endColumn: number; message: string }[];
  problems: { path: string; kind: string; message: string }[];
}

const ECB_KT = 'package p\n\nfun seal() {\n    val c = Cipher.getInstance("AES/ECB/PKCS5Padding")\n}\n';
const SAFE_KT = 'package p\n\nfun seal() {\n    val c = Cipher.getInstance("AES/GCM/NoPadding")\n}\n';

describe('dfs-guard scan', () => {
  test('the sample app: JSON findings point at real code, deterministic, exit 1', () => {
    const r = run(['scan', 'samples/mobile-money-app', '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.ok(report.summary.filesScanned >= 10, `scanned ${report.summary.filesScanned}`);
    assert.ok(report.findings.length >= 5, `only ${report.findings.length} findings`);
    const known = new Set((JSON.parse(run(['rules', '--format', 'json']).stdout) as { id: string }[]).map((x) => x.id));
    for (const f of report.findings) {
      assert.ok(known.has(f.ruleId), f.ruleId);
      const lines = readFileSync(join(root, f.path), 'utf8').split('\n');
      assert.ok(f.line >= 1 && f.line <= lines.length && f.column >= 1, `${f.path}:${f.line}:${f.column}`);
      assert.ok(!/\/src\/test\//.test(f.path), `test sources are skipped by default: ${f.path}`);
    }
    const again = JSON.parse(run(['scan', 'samples/mobile-money-app', '--format', 'json']).stdout) as JsonReport;
    assert.deepEqual(again.findings, report.findings);
  });

  test('text output is path:line:col  severity  rule-id  message, then a summary', () => {
    const dir = project('text', { 'app/src/main/java/p/Pay.kt': ECB_KT });
    const r = run(['scan', dir], dir);
    assert.equal(r.code, 1);
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^app\/src\/main\/java\/p\/Pay\.kt:4:32 {2}high {6}crypto-ecb-mode {2}ECB mode/);
    assert.match(lines.at(-1)!, /^1 finding \(1 high\) in 1 file; /);
  });

  test('exit 0 when clean, and --fail-on moves the threshold', () => {
    const clean = project('clean', { 'app/src/main/java/p/Pay.kt': SAFE_KT });
    assert.equal(run(['scan', clean]).code, 0);
    const dirty = project('dirty', { 'app/src/main/java/p/Pay.kt': ECB_KT });
    assert.equal(run(['scan', dirty, '--fail-on', 'critical']).code, 0);
    assert.equal(run(['scan', dirty, '--fail-on', 'medium']).code, 1);
    assert.equal(run(['scan', dirty, '--fail-on', 'off']).code, 0);
  });

  test('usage and I/O errors exit 2 with a clear message', () => {
    const missing = run(['scan', join(tmp, 'does-not-exist')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /does-not-exist: no such file or directory/);
    const format = run(['scan', '.', '--format', 'xml']);
    assert.equal(format.code, 2);
    assert.match(format.stderr, /argument 'xml' is invalid/);
    const rule = run(['scan', '.', '--rule', 'no-such-rule']);
    assert.equal(rule.code, 2);
    assert.match(rule.stderr, /unknown rule "no-such-rule"/);
    assert.equal(run(['scan', '.', '--jobs', 'zero']).code, 2);
    assert.equal(run(['scan', '.', '--fail-on', 'severe']).code, 2);
    assert.equal(run(['frobnicate']).code, 2);
  });

  test('skips build outputs and VCS folders, honours nested .gitignore files', () => {
    const dir = project('walk', {
      '.gitignore': 'generated/\n',
      'app/.gitignore': '*.local.kt\n',
      'app/src/main/java/p/Pay.kt': ECB_KT,
      'app/src/main/java/p/Scratch.local.kt': ECB_KT,
      'app/build/generated/Gen.kt': ECB_KT,
      'generated/Out.kt': ECB_KT,
      '.gradle/cache/X.kt': ECB_KT,
    });
    const report = JSON.parse(run(['scan', dir, '--format', 'json'], dir).stdout) as JsonReport;
    assert.deepEqual(report.findings.map((f) => f.path), ['app/src/main/java/p/Pay.kt']);
    const all = JSON.parse(run(['scan', dir, '--format', 'json', '--no-gitignore'], dir).stdout) as JsonReport;
    assert.deepEqual(all.findings.map((f) => f.path).sort(), ['app/src/main/java/p/Pay.kt', 'app/src/main/java/p/Scratch.local.kt', 'generated/Out.kt']);
  });

  test('bad input: binary, non-UTF-8, huge, empty and half-typed files are reported and the scan goes on', () => {
    const dir = project('bad', {
      'src/main/java/p/Binary.kt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]),
      'src/main/java/p/Latin1.java': Buffer.concat([Buffer.from('// caf'), Buffer.from([0xe9]), Buffer.from('\nclass A { Object c = Cipher.getInstance("DES/ECB/NoPadding"); }\n')]),
      'src/main/java/p/Huge.kt': 'val c = Cipher.getInstance("AES")\n'.repeat(160_000),
      'src/main/java/p/Empty.kt': '',
      'src/main/java/p/Half.kt': 'fun a( {\n  val x = \n}\nfun b() {\n    val c = Cipher.getInstance("AES")\n}\n',
      'src/main/AndroidManifest.xml': '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <application android:debuggable="true"\n',
    });
    symlinkSync(join(dir, 'nowhere.kt'), join(dir, 'src', 'main', 'java', 'p', 'Dangling.kt'));
    const r = run(['scan', dir, '--format', 'json'], dir);
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout) as JsonReport;
    const problems = Object.fromEntries(report.problems.map((p) => [p.path.split('/').pop(), p.message]));
    assert.match(problems['Binary.kt'], /binary/);
    assert.match(problems['Latin1.java'], /not valid UTF-8/);
    assert.match(problems['Huge.kt'], /over the 1024 KB limit/);
    const files = report.findings.map((f) => `${f.path.split('/').pop()}:${f.line}`);
    assert.ok(files.includes('Latin1.java:2'), files.join(' '));
    assert.ok(files.includes('Half.kt:5'), files.join(' '));
  });

  test('an unreadable file becomes a per-file I/O problem', () => {
    const r = analyzeFile(join(tmp, 'vanished', 'Gone.kt'), undefined, { rules: [], maxFileBytes: 1 << 20 });
    assert.deepEqual(r.problems.map((p) => [p.kind, p.message]), [['io', 'cannot read: file disappeared']]);
  });

  test('the worker pool finds exactly what the main thread finds', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 240; i++) files[`app/src/main/java/p/F${i}.kt`] = i % 3 === 0 ? ECB_KT : SAFE_KT;
    const dir = project('pool', files);
    const one = JSON.parse(run(['scan', dir, '--format', 'json', '--jobs', '1'], dir).stdout) as JsonReport;
    const two = JSON.parse(run(['scan', dir, '--format', 'json', '--jobs', '2'], dir).stdout) as JsonReport;
    assert.equal(one.findings.length, 80);
    assert.deepEqual(two.findings, one.findings);
  });
});

describe('dfs-guard rules', () => {
  test('JSON lists every rule with its metadata; text is a table', () => {
    const rules = JSON.parse(run(['rules', '--format', 'json']).stdout) as { id: string; title: string; severity: string; files: string[]; tags: { cwe: number[] }; hasQuickFix: boolean; dfsSpecific: boolean }[];
    assert.ok(rules.length >= 1);
    for (const r of rules) {
      assert.ok(r.id && r.title && r.severity && r.files.length && r.tags.cwe.length, JSON.stringify(r));
      assert.equal(typeof r.hasQuickFix, 'boolean');
      assert.equal(typeof r.dfsSpecific, 'boolean');
    }
    const text = run(['rules']).stdout;
    assert.match(text, /^RULE\s+SEVERITY\s+FIX\s+DFS\s+ITU\s+TITLE$/m);
    assert.match(text, new RegExp(`^${rules.length} rules$`, 'm'));
  });
});
