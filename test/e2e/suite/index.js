// Extension-host test entry point (the @vscode/test-electron contract: exports.run(): Promise<void>).
//
// Runs under two runners with the same code:
//   - test/e2e/run.mjs mode A: the VS Code server bundled in code-server, started with
//     --enable-smoke-test-driver and opened with a `payload` URL parameter;
//   - @vscode/test-electron runTests({ vscodeExecutablePath, ... }) against a desktop VS Code.
//
// The code-server extension host exits 0 whatever happens, so run() ALWAYS writes a JSON result file
// that the harness polls for: $DFS_E2E_RESULT if set, else <first workspace folder>/.dfs-e2e-result.json.
// run() also rejects when a test fails, which is what test-electron turns into a non-zero exit code.
'use strict';

const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const RESULT_NAME = '.dfs-e2e-result.json';

function resultPath() {
  if (process.env.DFS_E2E_RESULT) return process.env.DFS_E2E_RESULT;
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!folder) throw new Error('no workspace folder open and DFS_E2E_RESULT not set');
  return path.join(folder.uri.fsPath, RESULT_NAME);
}

function writeResult(obj) {
  const file = resultPath();
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(obj, null, 2));
  fs.renameSync(tmp, file); // atomic: the harness never reads a half-written file
}

function loadMocha() {
  const candidates = [];
  if (process.env.DFS_E2E_MOCHA) candidates.push(process.env.DFS_E2E_MOCHA);
  if (process.env.E2E_TOOLS) candidates.push(path.join(process.env.E2E_TOOLS, 'tools', 'node_modules', 'mocha'));
  candidates.push('mocha');
  const errors = [];
  for (const c of candidates) {
    try {
      return require(c);
    } catch (e) {
      errors.push(`${c}: ${e.message}`);
    }
  }
  throw new Error(`cannot load mocha (set DFS_E2E_MOCHA): ${errors.join('; ')}`);
}

function errInfo(err) {
  if (!err) return null;
  return { message: String(err.message || err), stack: err.stack ? String(err.stack) : undefined };
}

exports.run = async function run() {
  const started = new Date().toISOString();
  const tests = [];
  const meta = {
    vscodeVersion: vscode.version,
    node: process.version,
    appName: vscode.env.appName,
    remoteName: vscode.env.remoteName || null,
    grep: process.env.DFS_E2E_GREP || null,
  };
  let fatal = null;
  try {
    // Early marker so the harness can tell "suite never loaded" from "suite hung".
    writeResult({ status: 'running', started, meta, tests: [] });
    const Mocha = loadMocha();
    const mocha = new Mocha({
      ui: 'tdd',
      color: false,
      timeout: Number(process.env.DFS_E2E_TEST_TIMEOUT || 30000),
      reporter: 'spec',
    });
    if (process.env.DFS_E2E_GREP) mocha.grep(process.env.DFS_E2E_GREP);
    const dir = __dirname;
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) {
      mocha.addFile(path.join(dir, f));
    }
    await new Promise((resolve) => {
      const runner = mocha.run(() => resolve());
      // progress is written after every test, so a harness timeout can still report what ran
      const progress = () => {
        try { writeResult({ status: 'running', started, meta, tests }); } catch { /* best effort */ }
      };
      runner.on('pass', (t) => { tests.push({ title: t.fullTitle(), state: 'passed', duration: t.duration }); progress(); });
      runner.on('fail', (t, err) => {
        tests.push({ title: t.fullTitle(), state: 'failed', duration: t.duration, error: errInfo(err) });
        progress();
      });
    });
  } catch (e) {
    fatal = errInfo(e);
  }
  const passed = tests.filter((t) => t.state === 'passed').length;
  const failed = tests.filter((t) => t.state === 'failed').length;
  const result = {
    status: 'done', started, finished: new Date().toISOString(), meta, passed, failed, fatal, tests,
  };
  try {
    writeResult(result);
  } catch (e) {
    console.error('[dfs-e2e] could not write result file:', e);
  }
  if (fatal) throw new Error(`suite error: ${fatal.message}`);
  if (failed > 0) throw new Error(`${failed} test(s) failed`);
  if (passed === 0) throw new Error('no tests ran');
};
