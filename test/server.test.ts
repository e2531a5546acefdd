// The real Server through an in-memory LSP connection: open → diagnostics, edits → updated diagnostics
// (incremental reparse), code actions whose edits give the expected text, and bad input that must not
// stop the server.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { AnyRule } from '../server/src/engine/rule';
import { defineRule } from '../server/src/engine/rule';
import { applyEdits } from '../server/src/engine/text';
import ecb from '../rules/crypto-ecb-mode/rule';
import { editsFor, fileUri, startServer, type TestClient } from './helpers/lsp';

/** A rule that always throws, to prove one broken rule cannot take the others down. */
const exploding = defineRule({
  id: 'test-exploding-rule',
  meta: {
    title: 'Always throws',
    description: 'A test rule that throws on every call it sees.',
    severity: 'high',
    messages: { boom: 'never reported because the rule throws first' },
    tags: { cwe: [1], masvs: ['MASVS-CODE-4'], owaspMobile2024: ['M4'], maswe: ['none'] },
    fix: 'guidance',
    files: ['java', 'kotlin'],
  },
  on: {
    call() {
      throw new Error('boom');
    },
  },
});

const rules: AnyRule[] = [exploding, ecb];
const KT = '/tmp/dfs-guard-test/app/src/main/java/com/example/Pay.kt';

describe('language server', () => {
  let client: TestClient;
  before(async () => {
    client = await startServer({ rules });
  });
  after(() => client.close());

  test('open → diagnostics with identity, range, severity and fix data', async () => {
    const uri = fileUri(KT);
    const text = 'fun seal() {\n    val c = Cipher.getInstance("AES/ECB/PKCS5Padding")\n}\n';
    const diags = await client.open(uri, 'kotlin', text);
    assert.equal(diags.length, 1);
    const d = diags[0];
    assert.equal(d.code, 'crypto-ecb-mode');
    assert.equal(d.source, 'dfs-guard');
    assert.equal(d.severity, DiagnosticSeverity.Warning);
    assert.deepEqual(d.range, { start: { line: 1, character: 31 }, end: { line: 1, character: 53 } });
    assert.match(d.codeDescription!.href, /^file:\/\/.*\/docs\/rules\/crypto-ecb-mode\.md$/);
    assert.match(String(d.message), /ECB/);
    assert.equal((d.data as { ruleId: string }).ruleId, 'crypto-ecb-mode');
  });

  test('incremental edits re-analyse the changed document', async () => {
    const uri = fileUri(KT.replace('Pay.kt', 'Edit.kt'));
    const text = 'fun seal() {\n    val c = Cipher.getInstance("AES/GCM/NoPadding")\n}\n';
    assert.equal((await client.open(uri, 'kotlin', text)).length, 0);
    // Type a new ECB call on a new line 2, character by character as an editor would send it.
    const line = '    val d = Cipher.getInstance("DES")\n';
    let version = 1;
    let diags: Awaited<ReturnType<TestClient['change']>> = [];
    for (let i = 0; i < line.length; i++) {
      version++;
      diags = await client.change(uri, version, [{ range: { start: { line: 2, character: i }, end: { line: 2, character: i } }, text: line[i] }]);
    }
    assert.deepEqual(diags.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['crypto-ecb-mode', 2, 31]]);
    // Replace GCM with ECB on line 1 (a range replacement).
    version++;
    diags = await client.change(uri, version, [{ range: { start: { line: 1, character: 36 }, end: { line: 1, character: 39 } }, text: 'ECB' }]);
    assert.deepEqual(diags.map((d) => d.range.start.line).sort(), [1, 2]);
    // Delete line 2 entirely.
    version++;
    diags = await client.change(uri, version, [{ range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } }, text: '' }]);
    assert.deepEqual(diags.map((d) => d.range.start.line), [1]);
  });

  test('the quick fix edit gives the expected text', async () => {
    const uri = fileUri(KT.replace('Pay.kt', 'Fix.kt'));
    const text = 'fun seal() {\n    val c = Cipher.getInstance("AES/ECB/PKCS5Padding")\n}\n';
    const diags = await client.open(uri, 'kotlin', text);
    const actions = await client.codeActions(uri, diags);
    const fix = actions.find((a) => a.title.startsWith('Use AES/GCM/NoPadding'));
    assert.ok(fix, `actions: ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, false, 'ECB → GCM changes behaviour, so it is never preferred');
    const fixed = applyEdits(text, editsFor(fix, uri));
    assert.equal(fixed, 'fun seal() {\n    val c = Cipher.getInstance("AES/GCM/NoPadding")\n}\n');
    // Fix-all contains safe fixes only: this suggestion is not among them.
    const fixAll = await client.codeActions(uri, diags, ['source.fixAll.dfsGuard']);
    assert.deepEqual(fixAll, []);
  });

  test('a rule that throws is reported in the log and the other rules still run', async () => {
    assert.ok(client.logs.some((l) => /rule test-exploding-rule failed: boom/.test(l)), client.logs.join('\n'));
  });

  test('half-typed code still yields findings in the intact parts', async () => {
    const uri = fileUri(KT.replace('Pay.kt', 'Broken.kt'));
    const text = 'fun a( {\n  val x = \n}\nfun b() {\n    val c = Cipher.getInstance("AES")\n}\n';
    const diags = await client.open(uri, 'kotlin', text);
    assert.deepEqual(diags.map((d) => [d.code, d.range.start.line]), [['crypto-ecb-mode', 4]]);
  });

  test('binary, empty and huge files do not stop the server', async () => {
    const bin = fileUri(KT.replace('Pay.kt', 'Bin.kt'));
    assert.deepEqual(await client.open(bin, 'kotlin', 'PK\u0003\u0004\u0000\u0000\u00ff'), []);
    const empty = fileUri(KT.replace('Pay.kt', 'Empty.kt'));
    assert.deepEqual(await client.open(empty, 'kotlin', ''), []);
    const huge = fileUri(KT.replace('Pay.kt', 'Huge.kt'));
    const big = 'val c = Cipher.getInstance("AES")\n'.repeat(160_000); // about 5.3 MB
    assert.deepEqual(await client.open(huge, 'kotlin', big), []);
    assert.ok(client.logs.some((l) => /skipped .*Huge\.kt.*maxFileSizeKb/.test(l)));
    // Still serving afterwards.
    const after = fileUri(KT.replace('Pay.kt', 'After.kt'));
    assert.equal((await client.open(after, 'kotlin', 'val c = Cipher.getInstance("AES")\n')).length, 1);
  });

  test('closing a document clears its diagnostics', async () => {
    const uri = fileUri(KT.replace('Pay.kt', 'Close.kt'));
    await client.open(uri, 'kotlin', 'val c = Cipher.getInstance("AES")\n');
    const cleared = client.nextDiagnostics(uri);
    await client.rpc.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual(await cleared, []);
  });
});
