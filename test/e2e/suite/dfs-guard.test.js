// DFS Guard end-to-end tests inside a real VS Code extension host (mocha, tdd UI).
// Loaded by ./index.js. Workspace: a fresh copy of test/e2e/fixtures/ws made by the harness.
//
// Groups:
//   "core: ..."     the contract the extension already promises (diagnostics, quick fixes, apply + save)
//   "planned: ..."  the code-action menu (suppress, show documentation, source.fixAll.dfsGuard), written ahead of it
//   "hover", "project model", "fix-all on save", "workspace scan" (issue 6)
// A missing feature makes its test FAIL, never skip.
'use strict';

const assert = require('assert');
const fs = require('fs');
const vscode = require('vscode');

const SOURCE = 'dfs-guard';
const EXTENSION_ID = 'dfs-guard.dfs-guard';
const FIX_ALL_KIND = 'source.fixAll.dfsGuard';
// ux-and-ecosystem.md §7: rule severity "high" maps to Warning in the editor by default.
const EXPECTED_SEVERITY = vscode.DiagnosticSeverity.Warning;
const FIRST_DIAGNOSTIC_MS = 45000; // includes language server start + wasm grammar load
const DIAGNOSTIC_MS = 15000;

const KT = 'app/src/main/java/com/example/pay/Crypto.kt';
const JAVA = 'app/src/main/java/com/example/pay/Crypto.java';
const MANIFEST = 'app/src/main/AndroidManifest.xml';
// Never opened by any test: only the workspace scan can publish its finding (crypto-weak-hash on "MD5").
const UNOPENED = 'app/src/main/java/com/example/pay/Unopened.kt';
// A second module whose findings depend on other files through the project model.
const BILLING_GRADLE = 'billing/build.gradle.kts';
const BILLING_MANIFEST = 'billing/src/main/AndroidManifest.xml';
const BILLING_KT = 'billing/src/main/java/com/example/billing/SmsRelayReceiver.kt';

const pristine = new Map(); // rel path -> original text, read before any test mutates a file

function wsUri() {
  const folders = vscode.workspace.workspaceFolders;
  assert.ok(folders && folders.length > 0, 'no workspace folder is open');
  return folders[0].uri;
}
const uriOf = (rel) => vscode.Uri.joinPath(wsUri(), ...rel.split('/'));
const codeOf = (d) => (d.code && typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const kindOf = (a) => (a.kind ? a.kind.value : '');
const sevName = (s) => ['Error', 'Warning', 'Information', 'Hint'][s] || String(s);
const fmtRange = (r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
const fmtDiag = (d) => `[${d.source}/${codeOf(d)} ${sevName(d.severity)} ${fmtRange(d.range)}] ${d.message}`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function ours(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

async function waitFor(check, describe, ms) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${describe()}`);
    await sleep(100);
  }
}

async function waitDiag(uri, code, ms = DIAGNOSTIC_MS) {
  return waitFor(
    () => ours(uri).find((d) => codeOf(d) === code),
    () => `diagnostic ${code} in ${uri.path}; have: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map(fmtDiag))}`,
    ms,
  );
}

async function waitNoDiag(uri, code, ms = DIAGNOSTIC_MS) {
  await waitFor(
    () => !ours(uri).some((d) => codeOf(d) === code),
    () => `diagnostic ${code} to disappear from ${uri.path}; have: ${JSON.stringify(ours(uri).map(fmtDiag))}`,
    ms,
  );
}

async function open(rel) {
  const doc = await vscode.workspace.openTextDocument(uriOf(rel));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Restores a fixture file to its original text through the editor and saves it. */
async function reset(rel) {
  const doc = await open(rel);
  const original = pristine.get(rel);
  if (doc.getText() !== original) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
    assert.ok(await vscode.workspace.applyEdit(edit), `reset of ${rel}: applyEdit returned false`);
  }
  if (doc.isDirty) assert.ok(await doc.save(), `reset of ${rel}: save returned false`);
  return doc;
}

/** Range of the n-th occurrence of `needle` in the document. */
function spanOf(doc, needle, n = 0) {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `fixture text ${JSON.stringify(needle)} not found in ${doc.uri.path}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

async function codeActions(uri, range, kind) {
  // 4th argument: resolve up to 50 items, so lazily resolved edits (codeAction/resolve) are filled in.
  const all = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, range, kind, 50)) || [];
  return all;
}

function describeActions(actions) {
  return JSON.stringify(actions.map((a) => `${a.title} {kind=${kindOf(a)}${a.isPreferred ? ', preferred' : ''}${a.edit ? ', edit' : ''}${a.command ? `, command=${a.command.command || a.command}` : ''}}`));
}

/** Applies the action's TextEdits for `doc` to its text in memory (the real document is not touched). */
function applyInMemory(doc, action) {
  assert.ok(action.edit, `action "${action.title}" has no edit`);
  const edits = [];
  for (const [uri, list] of action.edit.entries()) {
    if (uri.toString() === doc.uri.toString()) edits.push(...list);
  }
  assert.ok(edits.length > 0, `action "${action.title}" has no TextEdit for ${doc.uri.path}`);
  const text = doc.getText();
  const ops = edits
    .map((e) => ({ s: doc.offsetAt(e.range.start), e: doc.offsetAt(e.range.end), t: e.newText }))
    .sort((a, b) => b.s - a.s);
  let out = text;
  for (const op of ops) out = out.slice(0, op.s) + op.t + out.slice(op.e);
  return out;
}

async function applyAction(action) {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `applyEdit("${action.title}") returned false`);
  if (action.command) {
    const cmd = typeof action.command === 'string' ? { command: action.command, arguments: [] } : action.command;
    await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments || []));
  }
}

function assertSeverity(d) {
  assert.strictEqual(sevName(d.severity), sevName(EXPECTED_SEVERITY), `severity of ${fmtDiag(d)}`);
}

function assertRangeIn(d, allowed, label) {
  const ok = allowed.some((r) => r.isEqual(d.range));
  assert.ok(ok, `${codeOf(d)} range ${fmtRange(d.range)} should be ${label}: ${allowed.map(fmtRange).join(' or ')}`);
}

// If the extension never produces its first diagnostic, every later test would wait for its own timeout;
// instead they fail at once (a failure, never a skip) pointing at the first one.
let gateError = null;
function gated(title, fn) {
  return test(title, async function () {
    if (gateError) throw new Error(`not run: the extension did not start (${gateError.message.split('\n')[0]})`);
    return fn.call(this);
  });
}

suiteSetup(async function () {
  this.timeout(FIRST_DIAGNOSTIC_MS + 15000);
  for (const rel of [KT, JAVA, MANIFEST, UNOPENED, BILLING_GRADLE, BILLING_MANIFEST, BILLING_KT]) pristine.set(rel, fs.readFileSync(uriOf(rel).fsPath, 'utf8'));
});

suite('core: activation', function () {
  test('extension is installed and activates on a Kotlin file', async function () {
    this.timeout(FIRST_DIAGNOSTIC_MS + 15000);
    try {
      await firstDiagnostic();
    } catch (e) {
      gateError = e;
      throw e;
    }
  });
});

async function firstDiagnostic() {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} not found; installed: ${vscode.extensions.all.filter((e) => !e.id.startsWith('vscode.')).map((e) => e.id).join(', ')}`);
  const doc = await open(KT);
  assert.strictEqual(doc.languageId, 'kotlin', 'the extension must contribute the kotlin language for .kt');
  await waitFor(() => ext.isActive, () => `${EXTENSION_ID} to activate`, 20000);
  // first diagnostic also proves the language server started
  await waitDiag(doc.uri, 'crypto-ecb-mode', FIRST_DIAGNOSTIC_MS);
}

suite('core: diagnostics', function () {
  gated('Crypto.kt: crypto-ecb-mode on the "AES/ECB/PKCS5Padding" literal', async function () {
    const doc = await reset(KT);
    const d = await waitDiag(doc.uri, 'crypto-ecb-mode');
    assertRangeIn(d, [spanOf(doc, '"AES/ECB/PKCS5Padding"')], 'the string literal incl. quotes');
    assertSeverity(d);
    assert.ok(d.message && d.message.length > 0, 'message must not be empty');
    assert.strictEqual(ours(doc.uri).filter((x) => codeOf(x) === 'crypto-ecb-mode').length, 1, 'exactly one crypto-ecb-mode');
  });

  gated('Crypto.java: storage-world-readable on MODE_WORLD_READABLE', async function () {
    const doc = await reset(JAVA);
    assert.strictEqual(doc.languageId, 'java');
    const wr = await waitDiag(doc.uri, 'storage-world-readable');
    assertRangeIn(wr, [spanOf(doc, 'MODE_WORLD_READABLE'), spanOf(doc, 'Context.MODE_WORLD_READABLE')], 'the constant');
    assertSeverity(wr);
  });

  gated('Crypto.java: crypto-weak-cipher on the "DES" literal', async function () {
    const doc = await reset(JAVA);
    const weak = await waitDiag(doc.uri, 'crypto-weak-cipher');
    assertRangeIn(weak, [spanOf(doc, '"DES"')], 'the string literal incl. quotes');
    assertSeverity(weak);
  });

  gated('AndroidManifest.xml: manifest-debuggable on android:debuggable="true"', async function () {
    const doc = await reset(MANIFEST);
    const d = await waitDiag(doc.uri, 'manifest-debuggable');
    assertRangeIn(d, [spanOf(doc, 'android:debuggable="true"')], 'the attribute');
    assertSeverity(d);
  });
});

suite('core: quick fixes offered', function () {
  gated('crypto-ecb-mode: "Use AES/GCM/NoPadding..." replaces the literal', async function () {
    const doc = await reset(KT);
    const d = await waitDiag(doc.uri, 'crypto-ecb-mode');
    const actions = await codeActions(doc.uri, d.range);
    const fix = actions.find((a) => a.title.startsWith('Use AES/GCM/NoPadding'));
    assert.ok(fix, `no "Use AES/GCM/NoPadding" action; got ${describeActions(actions)}`);
    assert.ok(kindOf(fix).startsWith('quickfix'), `kind is ${kindOf(fix)}`);
    const after = applyInMemory(doc, fix);
    assert.ok(after.includes('Cipher.getInstance("AES/GCM/NoPadding")'), `after fix:\n${after}`);
    assert.ok(!after.includes('ECB'), 'ECB must be gone');
    assert.strictEqual(after.split('\n').length, doc.getText().split('\n').length, 'line count must not change');
  });

  gated('storage-world-readable: preferred fix switches to MODE_PRIVATE', async function () {
    const doc = await reset(JAVA);
    const d = await waitDiag(doc.uri, 'storage-world-readable');
    const actions = await codeActions(doc.uri, d.range);
    const fix = actions.find((a) => a.title.includes('MODE_PRIVATE'));
    assert.ok(fix, `no MODE_PRIVATE action; got ${describeActions(actions)}`);
    assert.strictEqual(fix.isPreferred, true, 'a safe fix must be isPreferred');
    assert.ok(kindOf(fix).startsWith('quickfix'), `kind is ${kindOf(fix)}`);
    const after = applyInMemory(doc, fix);
    assert.ok(after.includes('getSharedPreferences("s", Context.MODE_PRIVATE)'), `after fix:\n${after}`);
    assert.ok(after.includes('Cipher.getInstance("DES")'), 'the fix must not touch other findings');
  });

  gated('manifest-debuggable: preferred fix removes the attribute', async function () {
    const doc = await reset(MANIFEST);
    const d = await waitDiag(doc.uri, 'manifest-debuggable');
    const actions = await codeActions(doc.uri, d.range);
    const preferred = actions.filter((a) => a.isPreferred && kindOf(a).startsWith('quickfix'));
    assert.strictEqual(preferred.length, 1, `expected one preferred quick fix; got ${describeActions(actions)}`);
    const after = applyInMemory(doc, preferred[0]);
    assert.ok(!after.includes('debuggable'), `after fix:\n${after}`);
    assert.ok(/<application\s+android:label="Pay">/.test(after), `application element damaged:\n${after}`);
  });
});

suite('core: apply + save', function () {
  gated('Crypto.kt: applying the GCM fix and saving changes the file on disk and clears the diagnostic', async function () {
    const doc = await reset(KT);
    const d = await waitDiag(doc.uri, 'crypto-ecb-mode');
    const fix = (await codeActions(doc.uri, d.range)).find((a) => a.title.startsWith('Use AES/GCM/NoPadding'));
    assert.ok(fix, 'fix not offered');
    await applyAction(fix);
    assert.ok(await doc.save(), 'save failed');
    const disk = fs.readFileSync(doc.uri.fsPath, 'utf8');
    assert.ok(disk.includes('Cipher.getInstance("AES/GCM/NoPadding")'), `on disk:\n${disk}`);
    await waitNoDiag(doc.uri, 'crypto-ecb-mode');
  });

  gated('Crypto.java: applying the MODE_PRIVATE fix and saving changes the file and clears only that diagnostic', async function () {
    const doc = await reset(JAVA);
    const d = await waitDiag(doc.uri, 'storage-world-readable');
    const fix = (await codeActions(doc.uri, d.range)).find((a) => a.isPreferred && a.title.includes('MODE_PRIVATE'));
    assert.ok(fix, 'preferred MODE_PRIVATE fix not offered');
    await applyAction(fix);
    assert.ok(await doc.save(), 'save failed');
    const disk = fs.readFileSync(doc.uri.fsPath, 'utf8');
    assert.ok(disk.includes('Context.MODE_PRIVATE') && !disk.includes('MODE_WORLD_READABLE'), `on disk:\n${disk}`);
    await waitNoDiag(doc.uri, 'storage-world-readable');
    // the fix must not clear other findings: the "DES" literal stays flagged (crypto-weak-cipher and/or crypto-ecb-mode)
    const des = spanOf(doc, '"DES"');
    assert.ok(ours(doc.uri).some((x) => x.range.intersection(des)), `the "DES" finding must remain; have ${JSON.stringify(ours(doc.uri).map(fmtDiag))}`);
  });

  gated('AndroidManifest.xml: applying the remove-attribute fix and saving clears manifest-debuggable', async function () {
    const doc = await reset(MANIFEST);
    const d = await waitDiag(doc.uri, 'manifest-debuggable');
    const fix = (await codeActions(doc.uri, d.range)).find((a) => a.isPreferred && kindOf(a).startsWith('quickfix'));
    assert.ok(fix, 'preferred fix not offered');
    await applyAction(fix);
    assert.ok(await doc.save(), 'save failed');
    const disk = fs.readFileSync(doc.uri.fsPath, 'utf8');
    assert.ok(!disk.includes('android:debuggable'), `on disk:\n${disk}`);
    await waitNoDiag(doc.uri, 'manifest-debuggable');
  });
});

// ---------------------------------------------------------------------------------------------------------
// Planned features (architecture-and-style.md §3.8, ux-and-ecosystem.md §7). These fail until implemented.
suite('planned: code-action menu and fix-all', function () {
  gated('crypto-ecb-mode offers "Suppress crypto-ecb-mode on this line"; applying it clears the diagnostic', async function () {
    const doc = await reset(KT);
    const d = await waitDiag(doc.uri, 'crypto-ecb-mode');
    const actions = await codeActions(doc.uri, d.range);
    const sup = actions.find((a) => a.title.startsWith('Suppress crypto-ecb-mode on this line'));
    assert.ok(sup, `no "Suppress crypto-ecb-mode on this line" action; got ${describeActions(actions)}`);
    assert.ok(!sup.isPreferred, 'a suppression must never be preferred');
    await applyAction(sup);
    assert.ok(await doc.save(), 'save failed');
    const disk = fs.readFileSync(doc.uri.fsPath, 'utf8');
    assert.ok(disk.includes('dfs-guard-ignore[crypto-ecb-mode]'), `on disk:\n${disk}`);
    assert.ok(disk.includes('"AES/ECB/PKCS5Padding"'), 'suppression must not change the code');
    await waitNoDiag(doc.uri, 'crypto-ecb-mode');
  });

  gated('crypto-ecb-mode offers "Show documentation for crypto-ecb-mode" (a command, no edit)', async function () {
    const doc = await reset(KT);
    const d = await waitDiag(doc.uri, 'crypto-ecb-mode');
    const actions = await codeActions(doc.uri, d.range);
    const docs = actions.find((a) => a.title.startsWith('Show documentation for crypto-ecb-mode'));
    assert.ok(docs, `no "Show documentation for crypto-ecb-mode" action; got ${describeActions(actions)}`);
    assert.ok(docs.command, 'documentation action must carry a command');
    assert.ok(!docs.isPreferred, 'documentation action must not be preferred');
  });

  gated('menu order: fixes, then suppress, then documentation', async function () {
    const doc = await reset(JAVA);
    const d = await waitDiag(doc.uri, 'storage-world-readable');
    const titles = (await codeActions(doc.uri, d.range)).map((a) => a.title);
    const iFix = titles.findIndex((t) => t.includes('MODE_PRIVATE'));
    const iSup = titles.findIndex((t) => t.startsWith('Suppress storage-world-readable'));
    const iDoc = titles.findIndex((t) => t.startsWith('Show documentation for storage-world-readable'));
    assert.ok(iFix >= 0 && iSup > iFix && iDoc > iSup, `unexpected menu: ${JSON.stringify(titles)}`);
  });

  gated(`${FIX_ALL_KIND} on Crypto.java applies only the safe fix (MODE_PRIVATE, DES untouched)`, async function () {
    const doc = await reset(JAVA);
    await waitDiag(doc.uri, 'storage-world-readable');
    const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
    const actions = (await codeActions(doc.uri, whole, FIX_ALL_KIND)).filter((a) => kindOf(a) === FIX_ALL_KIND);
    assert.strictEqual(actions.length, 1, `expected one ${FIX_ALL_KIND} action; got ${describeActions(actions)}`);
    const after = applyInMemory(doc, actions[0]);
    assert.ok(after.includes('Context.MODE_PRIVATE') && !after.includes('MODE_WORLD_READABLE'), `after fix-all:\n${after}`);
    assert.ok(after.includes('Cipher.getInstance("DES")'), 'fix-all must not apply the (behaviour-changing) DES suggestion');
    await applyAction(actions[0]);
    assert.ok(await doc.save(), 'save failed');
    await waitNoDiag(doc.uri, 'storage-world-readable');
  });

  gated(`${FIX_ALL_KIND} on AndroidManifest.xml removes android:debuggable`, async function () {
    const doc = await reset(MANIFEST);
    await waitDiag(doc.uri, 'manifest-debuggable');
    const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
    const actions = (await codeActions(doc.uri, whole, FIX_ALL_KIND)).filter((a) => kindOf(a) === FIX_ALL_KIND);
    assert.strictEqual(actions.length, 1, `expected one ${FIX_ALL_KIND} action; got ${describeActions(actions)}`);
    const after = applyInMemory(doc, actions[0]);
    assert.ok(!after.includes('debuggable'), `after fix-all:\n${after}`);
  });

  gated(`${FIX_ALL_KIND} on Crypto.kt leaves the ECB suggestion alone`, async function () {
    // The provider must exist (proved on Crypto.java, which has a safe fix) ...
    const java = await reset(JAVA);
    await waitDiag(java.uri, 'storage-world-readable');
    const javaWhole = new vscode.Range(java.positionAt(0), java.positionAt(java.getText().length));
    const javaActions = (await codeActions(java.uri, javaWhole, FIX_ALL_KIND)).filter((a) => kindOf(a) === FIX_ALL_KIND);
    assert.ok(javaActions.length > 0, `no ${FIX_ALL_KIND} provider (nothing offered for Crypto.java)`);
    // ... and on Crypto.kt, whose only finding is a behaviour-changing suggestion, it must change nothing.
    const doc = await reset(KT);
    await waitDiag(doc.uri, 'crypto-ecb-mode');
    const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
    const actions = (await codeActions(doc.uri, whole, FIX_ALL_KIND)).filter((a) => kindOf(a) === FIX_ALL_KIND);
    for (const a of actions) {
      if (a.edit && a.edit.size > 0) {
        assert.ok(applyInMemory(doc, a).includes('"AES/ECB/PKCS5Padding"'), 'fix-all changed the ECB literal');
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// Hover, project model (a file's findings depend on another file), fix-all on save, workspace scan.

/** All hover text the providers return at `pos` (markdown source). */
async function hoverText(uri, pos) {
  const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, pos)) || [];
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

/** Replaces the first `from` by `to` in the document through a WorkspaceEdit and saves it (like a user would). */
async function editAndSave(rel, from, to) {
  const doc = await open(rel);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, spanOf(doc, from), to);
  assert.ok(await vscode.workspace.applyEdit(edit), `edit of ${rel}: applyEdit returned false`);
  assert.ok(await doc.save(), `save of ${rel} failed`);
  assert.ok(fs.readFileSync(doc.uri.fsPath, 'utf8').includes(to), `${rel} on disk lacks ${JSON.stringify(to)}`);
  return doc;
}

/** Diagnostics with `code` on the line that contains `needle`. */
function onLine(doc, code, needle) {
  const line = spanOf(doc, needle).start.line;
  return ours(doc.uri).filter((d) => codeOf(d) === code && d.range.start.line === line);
}

suite('hover', function () {
  gated('executeHoverProvider on the ECB literal: rule title, id, CWE-327 and MASVS-CRYPTO-1', async function () {
    const doc = await reset(KT);
    const d = await waitDiag(doc.uri, 'crypto-ecb-mode');
    const text = await hoverText(doc.uri, d.range.start.translate(0, 3));
    for (const want of ['Cipher in ECB mode', 'crypto-ecb-mode', 'CWE-327', 'MASVS-CRYPTO-1']) {
      assert.ok(text.includes(want), `hover lacks ${JSON.stringify(want)}:\n${text || '(no hover)'}`);
    }
    const elsewhere = await hoverText(doc.uri, new vscode.Position(0, 2)); // on `package`: no finding there
    assert.ok(!elsewhere.includes('crypto-ecb-mode'), `hover outside the finding mentions it:\n${elsewhere}`);
  });
});

suite('project model: a change in one file updates findings in another', function () {
  gated('billing/build.gradle.kts targetSdk 30 -> 34 clears manifest-exported-component on the implicitly exported activity', async function () {
    this.timeout(60000);
    await reset(BILLING_GRADLE);
    const manifest = await reset(BILLING_MANIFEST);
    await waitFor(() => onLine(manifest, 'manifest-exported-component', '.CashOutActivity').length === 1,
      () => `manifest-exported-component on .CashOutActivity at targetSdk 30; have ${JSON.stringify(ours(manifest.uri).map(fmtDiag))}`, DIAGNOSTIC_MS);
    const before = onLine(manifest, 'manifest-exported-component', '.CashOutActivity')[0];
    assert.ok(/targetSdk 30/.test(before.message), `message should name targetSdk 30: ${before.message}`);
    try {
      await editAndSave(BILLING_GRADLE, 'targetSdk = 30', 'targetSdk = 34');
      await waitFor(() => onLine(manifest, 'manifest-exported-component', '.CashOutActivity').length === 0
        && onLine(manifest, 'manifest-exported-unspecified', '.CashOutActivity').some((x) => x.message.includes('targetSdk 34')),
      () => `after targetSdk 34 in ${BILLING_GRADLE}: manifest-exported-component gone and manifest-exported-unspecified naming targetSdk 34 on .CashOutActivity; have ${JSON.stringify(ours(manifest.uri).map(fmtDiag))}`,
      DIAGNOSTIC_MS);
      // the explicitly exported receiver does not depend on targetSdk
      assert.strictEqual(onLine(manifest, 'manifest-exported-component', '.SmsRelayReceiver').length, 1, 'the receiver finding must stay');
    } finally {
      await reset(BILLING_GRADLE);
    }
    await waitFor(() => onLine(manifest, 'manifest-exported-component', '.CashOutActivity').length === 1,
      () => `manifest-exported-component to come back after restoring targetSdk 30; have ${JSON.stringify(ours(manifest.uri).map(fmtDiag))}`, DIAGNOSTIC_MS);
  });

  gated('android:exported="false" in billing AndroidManifest.xml clears ipc-exported-component-sms-call in SmsRelayReceiver.kt', async function () {
    this.timeout(60000);
    await reset(BILLING_MANIFEST);
    const kt = await reset(BILLING_KT);
    const d = await waitDiag(kt.uri, 'ipc-exported-component-sms-call');
    const call = spanOf(kt, 'sendTextMessage(to,');
    const arg = new vscode.Range(call.start.translate(0, 'sendTextMessage('.length), call.start.translate(0, 'sendTextMessage(to'.length));
    assertRangeIn(d, [arg], 'the `to` argument of sendTextMessage (taken from the intent)');
    const EXPORTED = 'android:name=".SmsRelayReceiver" android:exported="true"';
    try {
      await editAndSave(BILLING_MANIFEST, EXPORTED, 'android:name=".SmsRelayReceiver" android:exported="false"');
      // the Kotlin file is open but untouched: only the project model can change its findings
      await open(BILLING_KT);
      await waitNoDiag(kt.uri, 'ipc-exported-component-sms-call');
      assert.ok(!kt.isDirty && kt.getText() === pristine.get(BILLING_KT), 'SmsRelayReceiver.kt must not change');
    } finally {
      await reset(BILLING_MANIFEST);
    }
    await open(BILLING_KT);
    await waitDiag(kt.uri, 'ipc-exported-component-sms-call');
  });
});

suite(`fix-all on save: editor.codeActionsOnSave { "${FIX_ALL_KIND}": "explicit" }`, function () {
  async function withFixAllOnSave(fn) {
    const editor = vscode.workspace.getConfiguration('editor');
    await editor.update('codeActionsOnSave', { [FIX_ALL_KIND]: 'explicit' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(() => (vscode.workspace.getConfiguration('editor').get('codeActionsOnSave') || {})[FIX_ALL_KIND] === 'explicit',
        () => 'the workspace setting editor.codeActionsOnSave to apply', 5000);
      return await fn();
    } finally {
      await vscode.workspace.getConfiguration('editor').update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
    }
  }

  /** Appends a newline (so the document is dirty and the save participants run), saves, returns the text on disk. */
  async function touchAndSave(doc) {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.positionAt(doc.getText().length), '\n');
    assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit returned false');
    assert.ok(await doc.save(), 'save failed');
    return fs.readFileSync(doc.uri.fsPath, 'utf8');
  }

  gated('saving Crypto.java writes only the safe MODE_PRIVATE fix (DES untouched); saving Crypto.kt leaves the ECB suggestion', async function () {
    this.timeout(60000);
    const java = await reset(JAVA);
    const kt = await reset(KT);
    await waitDiag(java.uri, 'storage-world-readable');
    await waitDiag(kt.uri, 'crypto-ecb-mode');
    await withFixAllOnSave(async () => {
      await open(JAVA);
      const disk = await touchAndSave(java);
      const want = `${pristine.get(JAVA).replace('Context.MODE_WORLD_READABLE', 'Context.MODE_PRIVATE')}\n`;
      assert.strictEqual(disk, want, 'Crypto.java on disk after save: exactly the MODE_PRIVATE fix (plus the newline typed)');
      await waitNoDiag(java.uri, 'storage-world-readable');
      assert.ok(ours(java.uri).some((x) => x.range.intersection(spanOf(java, '"DES"'))), 'the DES finding must remain');

      await open(KT);
      const ktDisk = await touchAndSave(kt);
      assert.strictEqual(ktDisk, `${pristine.get(KT)}\n`, 'Crypto.kt on disk: fix-all must not apply the behaviour-changing GCM suggestion');
      await waitDiag(kt.uri, 'crypto-ecb-mode');
    });
    await reset(JAVA);
    await reset(KT);
  });
});

suite('workspace scan', function () {
  gated('dfsGuard.scanWorkspace publishes crypto-weak-hash for the never-opened Unopened.kt', async function () {
    this.timeout(60000);
    const uri = uriOf(UNOPENED);
    const isOpen = () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
    assert.ok(!isOpen(), `${UNOPENED} must not be open before the scan`);
    assert.deepStrictEqual(ours(uri).map(fmtDiag), [], `${UNOPENED} has diagnostics before any scan`);
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('dfsGuard.scanWorkspace'), 'command dfsGuard.scanWorkspace is not registered');
    // Not awaited: the command ends with an information message ("scanned N files ... [Show Findings]") and its
    // promise settles only when that message is dismissed.
    let settled = false;
    let failure = null;
    const run = Promise.resolve(vscode.commands.executeCommand('dfsGuard.scanWorkspace')).then(
      () => { settled = true; }, (e) => { settled = true; failure = e; });
    const d = await waitDiag(uri, 'crypto-weak-hash', 30000);
    if (failure) throw failure;
    const text = pristine.get(UNOPENED);
    const at = text.indexOf('"MD5"');
    const pos = (off) => {
      const lines = text.slice(0, off).split('\n');
      return new vscode.Position(lines.length - 1, lines[lines.length - 1].length);
    };
    assertRangeIn(d, [new vscode.Range(pos(at), pos(at + 5))], 'the "MD5" literal incl. quotes');
    assert.ok(!isOpen(), `the scan must not open ${UNOPENED}`);
    // the other module is covered too
    await waitDiag(uriOf(BILLING_MANIFEST), 'manifest-exported-component');
    await vscode.commands.executeCommand('notifications.clearAll');
    await waitFor(() => settled, () => 'dfsGuard.scanWorkspace to finish once its notification is dismissed', 10000);
    await run;
    if (failure) throw failure;
  });
});

suiteTeardown(async function () {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});
