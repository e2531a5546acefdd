// Baseline fingerprints: stable when lines move, distinct for identical snippets, and the read/write helpers.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Ajv from 'ajv';
import { createBaseline, fingerprintAll, matchBaseline, readBaseline, writeBaseline, type FindingWithText } from '../server/src/baseline';
import type { Finding } from '../server/src/engine/types';

const tmp = mkdtempSync(join(tmpdir(), 'dfs-guard-baseline-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function finding(line: number, ruleId = 'crypto-ecb-mode'): Finding {
  return { ruleId, severity: 'high', message: 'ECB', path: 'x', range: { start: { line, character: 4 }, end: { line, character: 20 } }, fixes: [] };
}
const TEXT = 'fun a() {\n    Cipher.getInstance("AES")\n}\nfun b() {\n    Cipher.getInstance("AES")\n}\n';

describe('baseline', () => {
  test('fingerprints ignore line numbers and indentation, and number identical snippets', () => {
    const items: FindingWithText[] = [finding(1), finding(4)].map((f) => ({ finding: f, text: TEXT, relPath: 'app/P.kt' }));
    const [a, b] = fingerprintAll(items);
    assert.notEqual(a, b, 'identical snippets get an occurrence index');
    const moved = '// new header\n\n' + TEXT.replace(/ {4}Cipher/g, '\tCipher');
    const again = fingerprintAll([finding(3), finding(6)].map((f) => ({ finding: f, text: moved, relPath: 'app/P.kt' })));
    assert.deepEqual(again, [a, b]);
    assert.notDeepEqual(fingerprintAll(items.map((x) => ({ ...x, relPath: 'app/Q.kt' }))), [a, b], 'the path counts');
    assert.match(a, /^[0-9a-f]{64}$/);
  });

  test('match: fresh, baselined, stale', () => {
    const items: FindingWithText[] = [finding(1), finding(4)].map((f) => ({ finding: f, text: TEXT, relPath: 'app/P.kt' }));
    const baseline = createBaseline(items.slice(0, 1));
    baseline.entries.push({ ruleId: 'gone', path: 'app/Old.kt', fingerprint: 'f'.repeat(64), message: '' });
    const fps = fingerprintAll(items);
    const m = matchBaseline(baseline, items.map((x, i) => ({ ...x, fingerprint: fps[i] })));
    assert.equal(m.baselined.length, 1);
    assert.equal(m.fresh.length, 1);
    assert.deepEqual(m.stale.map((e) => e.ruleId), ['gone']);
  });

  test('read and write never throw; the file matches its schema', () => {
    const path = join(tmp, 'sub', 'dfs-guard-baseline.json');
    const b = createBaseline([{ finding: finding(1), text: TEXT, relPath: 'app/P.kt' }]);
    assert.deepEqual(writeBaseline(path, b), {});
    assert.deepEqual(readBaseline(path).baseline, b);
    const schema = JSON.parse(readFileSync(join(__dirname, '..', 'schemas', 'dfs-guard-baseline.schema.json'), 'utf8')) as object;
    const validate = new Ajv().compile(schema);
    assert.ok(validate(JSON.parse(readFileSync(path, 'utf8'))), JSON.stringify(validate.errors));
    assert.deepEqual(readBaseline(join(tmp, 'none.json')), { missing: true });
    writeFileSync(join(tmp, 'bad.json'), '{ nope');
    assert.match(readBaseline(join(tmp, 'bad.json')).error!, /not valid JSON/);
    writeFileSync(join(tmp, 'other.json'), '{"entries": []}');
    assert.match(readBaseline(join(tmp, 'other.json')).error!, /not a dfs-guard baseline/);
    assert.match(writeBaseline(join(tmp, 'bad.json', 'x.json'), b).error!, /cannot write baseline/);
  });
});
