// SARIF from the built CLI: valid against the official SARIF 2.1.0 schema (test/fixtures/sarif, copied from the
// npm package @microsoft/jest-sarif 1.0.0-beta.0, lib/schemas/sarif-2.1.0-rtm.5.json) and the GitHub code
// scanning rules of shared docs ux-and-ecosystem.md §5.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Ajv from 'ajv-draft-04';
import type * as Sarif from 'sarif';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'dfs-guard-sarif-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
// The official schema uses a pattern that is invalid in unicode mode, and formats need ajv-formats: URIs are
// checked by hand below instead.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false });
const validate = ajv.compile(JSON.parse(readFileSync(join(__dirname, 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')) as object);

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: '1', CI: 'true' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function checkGitHub(log: Sarif.Log, label: string) {
  assert.ok(validate(log), `${label}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
  assert.equal(log.version, '2.1.0');
  assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
  assert.equal(log.runs.length, 1);
  const run0 = log.runs[0];
  const driver = run0.tool.driver;
  assert.ok(driver.name && driver.semanticVersion);
  assert.match(run0.automationDetails?.id ?? '', /\//, 'automationDetails.id needs a / to be a category');
  const ids = new Set<string>();
  for (const r of driver.rules ?? []) {
    assert.ok(!ids.has(r.id), `duplicate rule ${r.id}`);
    ids.add(r.id);
    assert.match(r.id, /^[a-z0-9-]+$/);
    assert.match(r.name ?? '', /^[A-Z][A-Za-z0-9]*$/);
    assert.ok(r.shortDescription?.text && r.shortDescription.text.length <= 1024, r.id);
    assert.ok(r.fullDescription?.text && r.fullDescription.text.length <= 1024, r.id);
    assert.ok(r.help?.text && r.help.markdown, `${r.id}: help.text and help.markdown (GH2012)`);
    assert.ok(r.helpUri && new URL(r.helpUri).protocol.startsWith('http'), `${r.id}: helpUri`);
    const p = r.properties as { tags: string[]; precision: string; 'security-severity': unknown };
    assert.equal(typeof p['security-severity'], 'string', `${r.id}: security-severity must be a string`);
    const sev = Number(p['security-severity']);
    assert.ok(sev >= 0.1 && sev <= 10, `${r.id}: ${sev}`);
    assert.ok(['very-high', 'high', 'medium', 'low'].includes(p.precision), r.id);
    assert.ok(p.tags.includes('security') && p.tags.length <= 20, r.id);
    assert.ok(p.tags.some((t) => /^external\/cwe\/cwe-\d+$/.test(t)), `${r.id}: a CWE tag`);
    assert.ok(p.tags.some((t) => t.startsWith('masvs-v2/MASVS-')) && p.tags.some((t) => /^owasp-mobile-2024\/M\d+$/.test(t)), `${r.id}: MASVS and OWASP tags`);
  }
  for (const res of run0.results ?? []) {
    assert.ok(res.ruleId && ids.has(res.ruleId), `result rule ${res.ruleId} is described`);
    assert.equal(driver.rules?.[res.ruleIndex!]?.id, res.ruleId, 'ruleIndex points at the rule');
    assert.equal(res.locations?.length, 1, 'one result per occurrence, one location');
    const loc = res.locations![0].physicalLocation!;
    assert.ok(loc.artifactLocation?.uri && !loc.artifactLocation.uri.startsWith('/') && !loc.artifactLocation.uri.includes('\\'), 'repo-relative POSIX uri');
    assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
    const g = loc.region!;
    assert.ok(g.startLine! >= 1 && g.startColumn! >= 1 && g.endLine! >= g.startLine!, JSON.stringify(g));
    if (g.endLine === g.startLine) assert.ok(g.endColumn! >= g.startColumn!, JSON.stringify(g));
    const fp = res.partialFingerprints?.['dfsGuard/v1'];
    assert.match(fp ?? '', /^[0-9a-f]{64}$/);
    assert.ok(!('primaryLocationLineHash' in (res.partialFingerprints ?? {})), 'left to upload-sarif');
    assert.ok(res.message.text);
  }
  const fps = (run0.results ?? []).map((r) => r.partialFingerprints!['dfsGuard/v1']);
  assert.equal(new Set(fps).size, fps.length, 'fingerprints are unique');
}

describe('SARIF', () => {
  test('the sample app: schema-valid, GitHub rules, deterministic; size and time', () => {
    const started = Date.now();
    const r = run(['scan', 'samples/mobile-money-app', '--format', 'sarif', '--fail-on', 'off']);
    const ms = Date.now() - started;
    assert.equal(r.code, 0, r.stderr);
    const log = JSON.parse(r.stdout) as Sarif.Log;
    checkGitHub(log, 'sample');
    assert.ok((log.runs[0].results ?? []).length >= 20);
    const region = log.runs[0].results![0].locations![0].physicalLocation!.region!;
    const path = log.runs[0].results![0].locations![0].physicalLocation!.artifactLocation!.uri!;
    assert.ok(existsIn(path), path);
    assert.ok(region.startLine! <= readFileSync(join(root, path), 'utf8').split('\n').length);
    const again = JSON.parse(run(['scan', 'samples/mobile-money-app', '--format', 'sarif', '--fail-on', 'off']).stdout) as Sarif.Log;
    assert.deepEqual(again.runs[0].results, log.runs[0].results);
    console.log(`# sample SARIF: ${(r.stdout.length / 1024).toFixed(0)} KB, ${log.runs[0].results!.length} results, ${log.runs[0].tool.driver.rules!.length} rules, ${ms} ms`);
  });

  test('suppressed and baselined findings: left out by default, carried with suppressions on request', () => {
    const dir = join(tmp, 'supp');
    mkdirSync(join(dir, 'app/src/main/java/p'), { recursive: true });
    writeFileSync(
      join(dir, 'app/src/main/java/p/Pay.kt'),
      'package p\n\nfun a() {\n    // dfs-guard-ignore[crypto-ecb-mode]: ISO 9564 PIN block mandated by the switch\n    val c = Cipher.getInstance("AES/ECB/PKCS5Padding")\n}\nfun b() {\n    val d = Cipher.getInstance("DES/ECB/NoPadding")\n}\n',
    );
    assert.equal(run(['scan', '.', '--update-baseline', '--rule', 'crypto-weak-cipher'], dir).code, 0);
    const plain = JSON.parse(run(['scan', '.', '--format', 'sarif', '--baseline', 'dfs-guard-baseline.json'], dir).stdout) as Sarif.Log;
    checkGitHub(plain, 'plain');
    assert.ok(plain.runs[0].results!.every((x) => !x.suppressions));
    assert.ok(!plain.runs[0].results!.some((x) => x.ruleId === 'crypto-weak-cipher'), 'baselined left out');
    const all = JSON.parse(run(['scan', '.', '--format', 'sarif', '--baseline', 'dfs-guard-baseline.json', '--include-suppressed'], dir).stdout) as Sarif.Log;
    checkGitHub(all, 'include-suppressed');
    const kinds = all.runs[0].results!.filter((x) => x.suppressions).map((x) => [x.ruleId, x.suppressions![0].kind, x.suppressions![0].justification]);
    assert.deepEqual(kinds, [
      ['crypto-ecb-mode', 'inSource', 'ISO 9564 PIN block mandated by the switch'],
      ['crypto-weak-cipher', 'external', 'accepted in dfs-guard-baseline.json'],
    ]);
  });

  test('fingerprints survive lines moved above the finding', () => {
    const dir = join(tmp, 'moved');
    mkdirSync(join(dir, 'src/main/java/p'), { recursive: true });
    const file = join(dir, 'src/main/java/p/Pay.kt');
    writeFileSync(file, 'package p\n\nfun seal() {\n    val c = Cipher.getInstance("AES/ECB/PKCS5Padding")\n}\n');
    const fp = (log: Sarif.Log) => log.runs[0].results!.map((x) => [x.partialFingerprints!['dfsGuard/v1'], x.locations![0].physicalLocation!.region!.startLine]);
    const before = fp(JSON.parse(run(['scan', '.', '--format', 'sarif'], dir).stdout) as Sarif.Log);
    writeFileSync(file, 'package p\n\nimport javax.crypto.Cipher\n\n// a comment\nfun seal() {\n      val c = Cipher.getInstance("AES/ECB/PKCS5Padding")\n}\n');
    const after_ = fp(JSON.parse(run(['scan', '.', '--format', 'sarif'], dir).stdout) as Sarif.Log);
    assert.equal(before.length, 1);
    assert.equal(after_[0][0], before[0][0]);
    assert.notEqual(after_[0][1], before[0][1]);
  });
});

function existsIn(path: string): boolean {
  try {
    readFileSync(join(root, path));
    return true;
  } catch {
    return false;
  }
}
