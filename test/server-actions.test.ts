// The editor experience through the real Server and an in-memory LSP connection: the code-action menu and
// its edits (fixes, suppression, documentation, fix all), hover, the team config file (errors as
// diagnostics, rules switched off), the workspace scan (worker thread, .gitignore, files.exclude, cancel),
// the findings tree, the status notification, and the baseline (matching after lines move, stale entries).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource } from 'vscode-jsonrpc';
import { DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { allRules } from '../rules';
import { applyEdits } from '../server/src/engine/text';
import type { FindingGroup, ScanWorkspaceResult, StatusParams } from '../server/src/lsp/protocol';
import { editsFor, fileUri, startServer, type TestClient } from './helpers/lsp';

const KT_ECB = 'fun seal() {\n    val c = Cipher.getInstance("AES/ECB/PKCS5Padding")\n}\n';

function write(root: string, rel: string, text: string): string {
  const p = join(root, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
  return p;
}

const titles = (actions: CodeAction[]) => actions.map((a) => a.title);
const codes = (diags: Diagnostic[]) => diags.map((d) => String(d.code));

describe('code-action menu', () => {
  let client: TestClient;
  const root = mkdtempSync(join(tmpdir(), 'dfs-menu-'));
  before(async () => {
    client = await startServer({ rules: allRules });
  });
  after(() => {
    client.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('Kotlin ECB: suggestion (not preferred), suppress, documentation; no fix-all for a suggestion-only rule', async () => {
    const uri = fileUri(join(root, 'app/src/main/java/com/example/Menu.kt'));
    const diags = (await client.open(uri, 'kotlin', KT_ECB)).filter((d) => d.code === 'crypto-ecb-mode');
    const actions = await client.codeActions(uri, diags);
    const t = titles(actions);
    assert.equal(t.length, 3, JSON.stringify(t));
    assert.match(t[0], /^Use AES\/GCM\/NoPadding.*\(crypto-ecb-mode\)$/);
    assert.deepEqual(t.slice(1), ['Suppress crypto-ecb-mode on this line', 'Show documentation for crypto-ecb-mode']);
    assert.ok(actions.every((a) => !a.isPreferred));
    const docs = actions[2];
    assert.equal(docs.edit, undefined);
    assert.deepEqual(docs.command, { title: 'Show documentation for crypto-ecb-mode', command: 'dfsGuard.showRuleDocumentation', arguments: ['crypto-ecb-mode'] });
  });

  test('the suppress edit inserts a reasoned marker above the line, selects the placeholder, and clears the finding', async () => {
    const uri = fileUri(join(root, 'app/src/main/java/com/example/Suppress.kt'));
    const diags = (await client.open(uri, 'kotlin', KT_ECB)).filter((d) => d.code === 'crypto-ecb-mode');
    const sup = (await client.codeActions(uri, diags)).find((a) => a.title === 'Suppress crypto-ecb-mode on this line')!;
    assert.equal(sup.isPreferred, false);
    const text = applyEdits(KT_ECB, editsFor(sup, uri));
    assert.equal(text, 'fun seal() {\n    // dfs-guard-ignore[crypto-ecb-mode]: TODO explain why this is safe\n    val c = Cipher.getInstance("AES/ECB/PKCS5Padding")\n}\n');
    const [, placeholder] = sup.command!.arguments as [string, Diagnostic['range']];
    assert.equal(sup.command!.command, 'dfsGuard.selectSuppressionReason');
    const line = text.split('\n')[placeholder.start.line];
    assert.equal(line.slice(placeholder.start.character, placeholder.end.character), 'TODO explain why this is safe');
    // The finding is hidden, but the untouched placeholder counts as no reason and is reported.
    const after = await client.change(uri, 2, [{ text }]);
    assert.deepEqual(codes(after), ['dfs-guard-suppression']);
    assert.match(String(after[0].message), /gives no reason/);
    await lastStatus(client, (st) => st.suppressed >= 1);
    const reasoned = text.replace('TODO explain why this is safe', 'test vector from the card scheme spec');
    assert.deepEqual(codes(await client.change(uri, 3, [{ text: reasoned }])), []);
  });

  test('an existing marker on the line above is extended instead of adding a second one', async () => {
    const uri = fileUri(join(root, 'app/src/main/java/com/example/Extend.java'));
    const text = 'class A {\n  void f() throws Exception {\n    // dfs-guard-ignore[crypto-weak-cipher]: HSM requires 3DES\n    Cipher c = Cipher.getInstance("DESede");\n  }\n}\n';
    const diags = await client.open(uri, 'java', text);
    assert.deepEqual(codes(diags), ['crypto-ecb-mode']);
    const sup = (await client.codeActions(uri, diags)).find((a) => a.title === 'Suppress crypto-ecb-mode on this line')!;
    const fixed = applyEdits(text, editsFor(sup, uri));
    assert.match(fixed, /\/\/ dfs-guard-ignore\[crypto-weak-cipher, crypto-ecb-mode\]: HSM requires 3DES\n/);
    assert.equal(sup.command, undefined, 'the reason is already there');
    assert.deepEqual(codes(await client.change(uri, 2, [{ text: fixed }])), []);
  });

  test('manifest: preferred safe fix, suppress above a multi-line tag (XML comment), docs, fix all for the rule', async () => {
    const uri = fileUri(join(root, 'app/src/main/AndroidManifest.xml'));
    const text =
      '<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.example">\n' +
      '    <application\n        android:label="Pay"\n        android:debuggable="true">\n    </application>\n</manifest>\n';
    const diags = (await client.open(uri, 'xml', text)).filter((d) => d.code === 'manifest-debuggable');
    assert.equal(diags.length, 1);
    const actions = await client.codeActions(uri, diags);
    const t = titles(actions);
    assert.equal(t.length, 4, JSON.stringify(t));
    assert.ok(actions[0].isPreferred && actions[0].title.endsWith('(manifest-debuggable)'), JSON.stringify(t));
    assert.deepEqual(t.slice(1), ['Suppress manifest-debuggable on this line', 'Show documentation for manifest-debuggable', 'Fix all manifest-debuggable problems in this file']);
    const suppressed = applyEdits(text, editsFor(actions[1], uri));
    assert.match(suppressed, /\n {4}<!-- dfs-guard-ignore\[manifest-debuggable\]: TODO explain why this is safe -->\n {4}<application\n/);
    assert.deepEqual(codes(await client.change(uri, 2, [{ text: suppressed }])).filter((c) => c === 'manifest-debuggable'), []);
    const fixAll = applyEdits(text, editsFor(actions[3], uri));
    assert.ok(!fixAll.includes('debuggable'), fixAll);
  });

  test('settings turn the suppress and documentation entries off', async () => {
    const other = await startServer({ rules: allRules, settings: { codeAction: { suppress: false, showDocumentation: false } } });
    try {
      const uri = fileUri(join(root, 'app/src/main/java/com/example/Off.kt'));
      await settingsLoaded(other);
      const diags = (await other.open(uri, 'kotlin', KT_ECB)).filter((d) => d.code === 'crypto-ecb-mode');
      const t = titles(await other.codeActions(uri, diags));
      assert.equal(t.length, 1, JSON.stringify(t));
      assert.match(t[0], /^Use AES\/GCM\/NoPadding/);
    } finally {
      other.close();
    }
  });

  test('settings changes apply without a reload (workspace/didChangeConfiguration)', async () => {
    const settings: Record<string, unknown> = {};
    const other = await startServer({ rules: allRules, settings });
    try {
      const uri = fileUri(join(root, 'app/src/main/java/com/example/Live.kt'));
      await settingsLoaded(other);
      assert.ok(codes(await other.open(uri, 'kotlin', KT_ECB)).includes('crypto-ecb-mode'));
      settings.minimumSeverity = 'critical';
      const next = other.nextDiagnostics(uri);
      await other.rpc.sendNotification('workspace/didChangeConfiguration', { settings: null });
      assert.deepEqual(codes(await next).filter((c) => c === 'crypto-ecb-mode'), []);
      assert.ok(other.logs.some((l) => /minimumSeverity=critical/.test(l)));
    } finally {
      other.close();
    }
  });

  test('hover: title, why it matters, standards tags and the fix, with no command links', async () => {
    const uri = fileUri(join(root, 'app/src/main/java/com/example/Hover.kt'));
    await client.open(uri, 'kotlin', KT_ECB);
    const h = await client.hover(uri, { line: 1, character: 35 });
    assert.ok(h, 'no hover');
    const md = h.contents.value;
    assert.equal(h.contents.kind, 'markdown');
    assert.match(md, /\*\*Cipher .*ECB/i);
    assert.match(md, /Why it matters for a payment app:\*\* ECB encrypts equal plaintext blocks/);
    assert.match(md, /CWE-327/);
    assert.match(md, /MASVS-CRYPTO-1/);
    assert.match(md, /OWASP M10:2024/);
    assert.match(md, /ITU T5\.1/);
    assert.match(md, /\*\*Fix:\*\* Use AES\/GCM\/NoPadding/);
    assert.match(md, /\(file:\/\/.*crypto-ecb-mode\.md\)/);
    assert.doesNotMatch(md, /command:/);
    assert.equal(await client.hover(uri, { line: 0, character: 1 }), null);
  });
});

/** The server logs its settings once the workspace/configuration round trip is done. */
async function settingsLoaded(client: TestClient): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!client.logs.some((l) => l.startsWith('DFS Guard settings:'))) {
    assert.ok(Date.now() < deadline, 'settings never loaded');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** The latest status notification once it satisfies `ok` (status is sent asynchronously after publishing). */
async function lastStatus(client: TestClient, ok: (s: StatusParams) => boolean = () => true): Promise<StatusParams> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const all = client.notifications.filter((n) => n.method === 'dfsGuard/status');
    const last = all[all.length - 1]?.params as StatusParams | undefined;
    if (last && ok(last)) return last;
    if (Date.now() > deadline) {
      assert.fail(`no matching status notification; last: ${JSON.stringify(last)}`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('team config file, workspace scan, findings tree, baseline', () => {
  let client: TestClient;
  const root = mkdtempSync(join(tmpdir(), 'dfs-ws-'));
  const configPath = join(root, '.dfsguard.json');
  const kt = 'app/src/main/java/com/example/pay/Crypto.kt';
  before(async () => {
    mkdirSync(join(root, '.git'));
    write(root, kt, KT_ECB);
    write(root, 'app/src/main/java/com/example/pay/Weak.java', 'class W { void f() throws Exception { javax.crypto.Cipher.getInstance("DES"); } }\n');
    write(root, 'app/build/generated/Gen.kt', KT_ECB); // build outputs are never scanned
    write(root, 'app/src/main/java/com/example/gen/Ignored.kt', KT_ECB);
    write(root, '.gitignore', 'app/src/main/java/com/example/gen/\n');
    write(root, 'app/src/main/java/com/example/excluded/Skip.kt', KT_ECB);
    write(root, configPath.slice(root.length + 1), '{\n  "rules": { "crypto-weak-hash": "high", "no-such-rule": "off" },\n  "testSources": 3\n}\n');
    const configErrors = new Promise<Diagnostic[]>((resolve) => {
      void startServer({ rules: allRules, folders: [root] }).then((c) => {
        client = c;
        void c.nextDiagnostics(fileUri(configPath)).then(resolve);
      });
    });
    const errs = await configErrors;
    assert.ok(errs.length >= 2, JSON.stringify(errs));
  });
  after(() => {
    client.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('errors in .dfsguard.json are diagnostics on the file, cleared when fixed', async () => {
    writeFileSync(configPath, '{ "rules": { "crypto-weak-cipher": "off" } }\n');
    const cleared = client.nextDiagnostics(fileUri(configPath));
    await client.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(configPath), type: 2 }] });
    assert.deepEqual(await cleared, []);
  });

  test('the config applies in the editor: a rule switched off reports nothing', async () => {
    const uri = fileUri(join(root, 'app/src/main/java/com/example/pay/Open.java'));
    const diags = await client.open(uri, 'java', 'class O { void f() throws Exception { Cipher.getInstance("DES/CBC/PKCS5Padding"); } }\n');
    assert.deepEqual(codes(diags).filter((c) => c === 'crypto-weak-cipher'), []);
    await client.rpc.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  test('Scan Workspace fills diagnostics for unopened files in a worker, honouring .gitignore, build/ and files.exclude', async () => {
    const published = new Map<string, Promise<Diagnostic[]>>();
    const ktUri = fileUri(join(root, kt));
    published.set(ktUri, client.nextDiagnostics(ktUri));
    const result: ScanWorkspaceResult = await client.rpc.sendRequest('dfsGuard/scanWorkspace', { folders: [root], exclude: ['**/excluded'] });
    assert.equal(result.cancelled, false);
    assert.equal(result.filesScanned, 2, JSON.stringify(result));
    assert.deepEqual(codes(await published.get(ktUri)!), ['crypto-ecb-mode']);
    assert.ok(client.notifications.some((n) => n.method === 'dfsGuard/scanProgress'));
    await lastStatus(client, (st) => st.state === 'ready' && st.findings >= 2);
    assert.ok(client.logs.some((l) => /workspace scan done: 2 files/.test(l)), client.logs.join('\n'));
  });

  test('the findings tree groups by rule, file, MASVS control and ITU category, with counts', async () => {
    const byRule: FindingGroup[] = await client.rpc.sendRequest('dfsGuard/findings', { groupBy: 'rule' });
    const ecb = byRule.find((g) => g.key === 'crypto-ecb-mode')!;
    assert.ok(ecb && ecb.count === ecb.findings.length && ecb.count >= 1, JSON.stringify(byRule));
    const byFile: FindingGroup[] = await client.rpc.sendRequest('dfsGuard/findings', { groupBy: 'file' });
    assert.ok(byFile.some((g) => g.label === kt), JSON.stringify(byFile.map((g) => g.label)));
    const byMasvs: FindingGroup[] = await client.rpc.sendRequest('dfsGuard/findings', { groupBy: 'masvs' });
    assert.ok(byMasvs.some((g) => g.key === 'MASVS-CRYPTO-1'));
    const byItu: FindingGroup[] = await client.rpc.sendRequest('dfsGuard/findings', { groupBy: 'itu' });
    assert.ok(byItu.some((g) => g.label === 'CS Communication security and certificate handling'), JSON.stringify(byItu.map((g) => g.label)));
  });

  test('a cancelled scan resolves with cancelled: true', async () => {
    for (let i = 0; i < 200; i++) write(root, `bulk/src/main/java/B${i}.kt`, KT_ECB);
    const source = new CancellationTokenSource();
    const pending = client.rpc.sendRequest('dfsGuard/scanWorkspace', { folders: [root] }, source.token) as Promise<ScanWorkspaceResult>;
    source.cancel();
    let result: ScanWorkspaceResult | undefined;
    try {
      result = await pending;
    } catch {
      // The JSON-RPC layer may reject a cancelled request instead of delivering the partial result.
    }
    if (result) assert.equal(result.cancelled, true, JSON.stringify({ ...result, problems: result.problems.length }));
    rmSync(join(root, 'bulk'), { recursive: true, force: true });
    assert.ok(client.logs.some((l) => /workspace scan cancelled/.test(l)), client.logs.join('\n'));
  });

  test('baseline: create, findings hidden even after lines move, a changed finding comes back, stale entries counted', async () => {
    const result = await client.rpc.sendRequest('dfsGuard/baseline', { folder: root, exclude: ['**/excluded'] }) as { path: string; entries: number; stale: number };
    assert.equal(result.path, join(root, 'dfs-guard-baseline.json'));
    assert.ok(result.entries >= 2, JSON.stringify(result));
    const written = JSON.parse(readFileSync(result.path, 'utf8'));
    assert.ok(written.entries.some((e: { ruleId: string; path: string }) => e.ruleId === 'crypto-ecb-mode' && e.path === kt));
    // The CLI reads the editor's baseline the same way: what the editor baselined is not new there either
    // (Skip.kt was left out by files.exclude, an editor setting, so the CLI reports it).
    const cli = spawnSync(process.execPath, [join(__dirname, '..', 'dist', 'cli.js'), 'scan', root, '--baseline', result.path, '--fail-on', 'off'], { encoding: 'utf8' });
    assert.match(cli.stdout + cli.stderr, new RegExp(`^1 finding .*; ${result.entries} baselined`, 'm'), cli.stdout + cli.stderr);
    assert.doesNotMatch(cli.stdout, /Crypto\.kt|Weak\.java/);
    // Lines move: two new lines above the finding; it stays baselined (hidden).
    const uri = fileUri(join(root, kt));
    const moved = `// header\n// another\n${KT_ECB}`;
    assert.deepEqual(codes(await client.open(uri, 'kotlin', moved)), []);
    await lastStatus(client, (st) => st.baselined >= 1);
    // The code changes: a new finding, shown.
    const changed = moved.replace('AES/ECB/PKCS5Padding', 'DES/ECB/NoPadding');
    assert.ok(codes(await client.change(uri, 2, [{ text: changed }])).includes('crypto-ecb-mode'));
    await client.rpc.sendNotification('textDocument/didClose', { textDocument: { uri } });
    // On disk, the finding is fixed: the next scan reports the baseline entry as stale.
    writeFileSync(join(root, kt), KT_ECB.replace('AES/ECB/PKCS5Padding', 'AES/GCM/NoPadding'));
    const scan: ScanWorkspaceResult = await client.rpc.sendRequest('dfsGuard/scanWorkspace', { folders: [root], exclude: ['**/excluded'] });
    assert.equal(scan.stale, 1, JSON.stringify(scan));
    // Updating the baseline drops the stale entry.
    const updated = await client.rpc.sendRequest('dfsGuard/baseline', { folder: root, exclude: ['**/excluded'] }) as { entries: number; stale: number };
    assert.equal(updated.stale, 1);
    assert.equal(updated.entries, result.entries - 1);
  });

  test('baselined findings can be shown dimmed (hint) instead of hidden', async () => {
    const other = await startServer({ rules: allRules, folders: [root], settings: { baseline: { display: 'dim' } } });
    try {
      await settingsLoaded(other);
      const uri = fileUri(join(root, 'app/src/main/java/com/example/pay/Weak.java'));
      const diags = await other.open(uri, 'java', readFileSync(join(root, 'app/src/main/java/com/example/pay/Weak.java'), 'utf8'));
      assert.ok(diags.length >= 1);
      assert.ok(diags.every((d) => d.severity === DiagnosticSeverity.Hint && String(d.message).startsWith('(baselined)')), JSON.stringify(diags));
    } finally {
      other.close();
    }
  });

  test('Restricted Mode ignores the repository config and baseline', async () => {
    const other = await startServer({ rules: allRules, folders: [root], initializationOptions: { trusted: false } });
    try {
      const uri = fileUri(join(root, 'app/src/main/java/com/example/pay/Weak.java'));
      const diags = await other.open(uri, 'java', readFileSync(join(root, 'app/src/main/java/com/example/pay/Weak.java'), 'utf8'));
      assert.ok(codes(diags).includes('crypto-weak-cipher'), JSON.stringify(codes(diags)));
      assert.ok(diags.every((d) => d.severity !== DiagnosticSeverity.Hint));
    } finally {
      other.close();
    }
  });
});
