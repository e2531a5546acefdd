// The bundled sample app exercises every statically checkable ITU DFS security lab test: with every rule
// enabled (absence checks included), the scan has at least one finding tagged with each test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(__dirname, '..');
const LAB_TESTS = ['T1.1', 'T1.2', 'T1.3', 'T1.4', 'T2.1', 'T3.1', 'T3.2', 'T3.3', 'T5.1', 'T8.1', 'T9.1'];

test('the sample app triggers a finding for each of the 11 ITU DFS lab tests', () => {
  // Every rule of the CLI under test, including the absence checks that are off by default.
  const cli = join(root, 'dist', 'cli.js');
  const rules = JSON.parse(spawnSync(process.execPath, [cli, 'rules', '--format', 'json'], { encoding: 'utf8' }).stdout) as { id: string; tags: { ituLab?: string[] } }[];
  const ids = rules.map((x) => x.id);
  const r = spawnSync(process.execPath, [cli, 'scan', 'samples/mobile-money-app', '--format', 'json', '--fail-on', 'off', '--rule', ...ids], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  assert.equal(r.status, 0, r.stderr);
  const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string }[] }).findings;
  const byId = new Map(rules.map((x) => [x.id, x]));
  const covered = new Set(findings.flatMap((f) => byId.get(f.ruleId)?.tags.ituLab ?? []));
  const missing = LAB_TESTS.filter((t) => !covered.has(t));
  assert.deepEqual(missing, [], `lab tests with no finding on the sample app: ${missing.join(', ')}`);
});
