// The language server: open documents → debounced analysis → diagnostics; the code-action menu, hover,
// workspace scan, findings tree, status and the team config file (.dfsguard.json). Built from injected
// dependencies so tests drive it through an in-memory connection.
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { analyzeFile } from './cli/analyze-file';
import { DEFAULT_SETTINGS, resolveSettings, type Settings } from './config';
import { analyze, languageOf, prepareLanguages } from './engine/engine';
import { classifyPath } from './engine/files';
import type { ProjectModel } from './engine/project';
import type { AnyRule } from './engine/rule';
import { severityRank, type Finding } from './engine/types';
import { fixAllAction, FIX_ALL_KIND, isDfsDiagnostic, menu } from './lsp/codeActions';
import { SOURCE, toDiagnostics } from './lsp/diagnostics';
import { groupFindings } from './lsp/findings-tree';
import { hoverMarkdown, RuleDocs } from './lsp/hover';
import {
  BASELINE,
  FINDINGS,
  SCAN_PROGRESS,
  SCAN_WORKSPACE,
  STATUS,
  TRUST,
  type BaselineParams,
  type BaselineResult,
  type FindingGroup,
  type FindingsParams,
  type ScanWorkspaceParams,
  type ScanWorkspaceResult,
  type StatusParams,
  type TrustParams,
} from './lsp/protocol';
import { DocumentStore, type OpenDocument } from './parsing/documents';
import { loadedParser } from './parsing/grammars';
import { RepoState, type FileOutcome } from './lsp/repo-state';
import { listWorkspaceFiles, scanInWorker, type ScanToken } from './workspace-scan';

export interface ServerDeps {
  connection: Connection;
  rules: readonly AnyRule[];
  /** Folder of the bundled rule pages (dist/docs/rules); diagnostics link to them as file URIs. */
  docsDir: string;
  /** Project facts for a file; absent in tests that need none. */
  projectFor?: (path: string) => ProjectModel;
  /** Called when a file that feeds the project model changes on disk. */
  invalidateProject?: (path: string) => void;
  /** Overrides the debounce (tests use 0). */
  debounceMs?: number;
  /** The CLI worker bundle used for workspace scans (default: worker.js next to this bundle). */
  workerScript?: string;
}

/** Files whose change can change findings in other files (manifest, Gradle, res/xml). */
const PROJECT_FILE = /(AndroidManifest\.xml|\.gradle(\.kts)?|\.versions\.toml|\/res\/xml[^/]*\/[^/]+\.xml)$/;
const CONFIG_FILE = /(^|[\\/])\.dfsguard\.json$/;

interface Shown extends FileOutcome {
  /** Findings as published (after the minimum-severity filter). */
  visible: Finding[];
}

export class Server {
  private readonly documents: DocumentStore;
  private readonly rulesById: Map<string, AnyRule>;
  private readonly docsBase: string;
  private readonly docs: RuleDocs;
  private readonly repo: RepoState;
  private settings: Settings = DEFAULT_SETTINGS;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly findings = new Map<string, { version: number; outcome: FileOutcome }>();
  /** What each URI currently shows (open documents and the last workspace scan), for status and tree. */
  private readonly shown = new Map<string, Shown>();
  /** URIs whose diagnostics come from the last workspace scan (not open). */
  private readonly scanned = new Set<string>();
  private workspaceFolders: string[] = [];
  private hasConfigurationCapability = false;
  private scanning = 0;
  private statusTimer: NodeJS.Timeout | undefined;
  private lastError: string | undefined;
  private disposed = false;

  private constructor(private readonly deps: ServerDeps) {
    this.documents = new DocumentStore((path, text) => {
      const lang = languageOf(classifyPath(path));
      // Files over the size limit are not analysed, so they get no tree either (a 5 MB file costs ~100 MB).
      if (!lang || text.length > this.settings.maxFileSizeKb * 1024) return undefined;
      return loadedParser(lang);
    });
    this.rulesById = new Map(deps.rules.map((r) => [r.id, r]));
    this.docsBase = pathToFileURL(deps.docsDir).toString();
    this.docs = new RuleDocs(deps.docsDir);
    this.repo = new RepoState(deps.rules);
    this.repo.onLoaded = (loaded) => this.publishConfigErrors(loaded);
  }

  static async create(deps: ServerDeps): Promise<Server> {
    await prepareLanguages();
    return new Server(deps);
  }

  register(): void {
    const c = this.deps.connection;
    c.onInitialize((params) => this.initialize(params));
    c.onInitialized(() => {
      if (this.hasConfigurationCapability) {
        void c.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
        void this.reloadSettings();
      }
      for (const folder of this.workspaceFolders) this.publishConfigErrors(this.repo.forPath(folder));
      this.sendStatus();
    });
    c.onDidChangeConfiguration(() => void this.reloadSettings());
    c.onDidOpenTextDocument(({ textDocument: d }) => {
      const path = toPath(d.uri);
      const doc = this.guard(() => this.documents.open(d.uri, path, d.version, d.text));
      this.scanned.delete(d.uri);
      if (doc && this.settings.run !== 'off') this.publish(doc);
    });
    c.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
      const doc = this.guard(() =>
        this.documents.change(
          textDocument.uri,
          textDocument.version,
          contentChanges.map((ch) => ('range' in ch ? { range: ch.range, text: ch.text } : { text: ch.text })),
        ),
      );
      if (doc && this.settings.run === 'onType') this.schedule(doc.uri);
    });
    c.onDidSaveTextDocument(({ textDocument }) => {
      const doc = this.documents.get(textDocument.uri);
      if (!doc) return;
      if (PROJECT_FILE.test(doc.path)) this.projectChanged(doc.path);
      if (this.settings.run !== 'off') this.publish(doc);
    });
    c.onDidCloseTextDocument(({ textDocument }) => {
      this.cancel(textDocument.uri);
      const doc = this.documents.get(textDocument.uri);
      this.documents.close(textDocument.uri);
      this.findings.delete(textDocument.uri);
      this.shown.delete(textDocument.uri);
      void c.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
      this.sendStatus();
      // A file the workspace scan covered keeps its findings in the Problems panel: re-read it from disk.
      if (doc && this.lastScan.has(textDocument.uri)) this.publishFromDisk(textDocument.uri, doc.path);
    });
    c.onDidChangeWatchedFiles(({ changes }) => {
      let config = false;
      for (const change of changes) {
        const path = toPath(change.uri);
        if (CONFIG_FILE.test(path)) config = true;
        else if (PROJECT_FILE.test(path)) this.projectChanged(path);
      }
      if (config) this.configChanged();
    });
    c.onCodeAction((params) => this.guard(() => this.codeActions(params)) ?? []);
    c.onHover((params) => this.guard(() => this.hover(params)) ?? null);
    c.onRequest(SCAN_WORKSPACE, (params: ScanWorkspaceParams, token: CancellationToken) => this.scanWorkspace(params, token));
    c.onRequest(FINDINGS, (params: FindingsParams) => this.findingsTree(params));
    c.onRequest(BASELINE, (params: BaselineParams, token: CancellationToken) => this.writeBaseline(params, token));
    c.onNotification(TRUST, (params: TrustParams) => {
      this.repo.trusted = !!params.trusted;
      this.configChanged();
    });
    c.onShutdown(() => this.dispose());
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.hasConfigurationCapability = !!params.capabilities.workspace?.configuration;
    const init = params.initializationOptions as { settings?: unknown; trusted?: boolean } | undefined;
    if (init?.settings) this.settings = resolveSettings(init.settings);
    // Restricted Mode: the repository's own config file and baseline cannot hide findings.
    if (init?.trusted === false) this.repo.trusted = false;
    this.workspaceFolders = (params.workspaceFolders ?? []).map((f) => toPath(f.uri));
    this.repo.folders = this.workspaceFolders;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
      },
      serverInfo: { name: 'dfs-guard' },
    };
  }

  private async reloadSettings(): Promise<void> {
    try {
      const raw: unknown = await this.deps.connection.workspace.getConfiguration('dfsGuard');
      this.settings = resolveSettings(raw);
    } catch {
      this.settings = DEFAULT_SETTINGS;
    }
    if (this.disposed) return;
    this.deps.connection.console.info(`DFS Guard settings: run=${this.settings.run}, minimumSeverity=${this.settings.minimumSeverity}, baseline=${this.settings.baselineDisplay}`);
    this.refreshAll();
  }

  /** A manifest or Gradle file changed: drop cached project facts and re-check every open document. */
  private projectChanged(path: string): void {
    this.deps.invalidateProject?.(path);
    this.refreshAll();
  }

  /** A .dfsguard.json (or the trust state) changed: reload configs, show their errors, re-check. */
  private configChanged(): void {
    this.repo.invalidate();
    for (const folder of this.workspaceFolders) this.publishConfigErrors(this.repo.forPath(folder));
    for (const doc of this.documents.all()) this.publishConfigErrors(this.repo.forPath(doc.path));
    this.refreshAll();
  }

  private refreshAll(): void {
    // Findings are cached per document version; project facts or settings changed underneath them.
    this.findings.clear();
    for (const doc of this.documents.all()) {
      if (this.settings.run === 'off') {
        this.shown.delete(doc.uri);
        void this.deps.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
      } else this.publish(doc);
    }
    // Scanned files: re-filter what the last scan found (severity, baseline display) without re-reading them.
    for (const uri of this.scanned) {
      const entry = this.lastScan.get(uri);
      if (entry) this.publishOutcome(uri, undefined, entry);
    }
    this.sendStatus();
  }

  private schedule(uri: string): void {
    this.cancel(uri);
    const delay = this.deps.debounceMs ?? this.settings.debounceMs;
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        const doc = this.documents.get(uri);
        if (doc) this.publish(doc);
      }, delay),
    );
  }

  private cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
  }

  /** Runs the rules on a document; never throws (a broken file or rule must not stop the server). */
  analyzeDocument(doc: OpenDocument): FileOutcome {
    const cached = this.findings.get(doc.uri);
    if (cached && cached.version === doc.version) return cached.outcome;
    let outcome: FileOutcome = { findings: [], suppressed: 0, baselined: [], stale: [] };
    const limit = this.settings.maxFileSizeKb * 1024;
    const loaded = this.repo.forPath(doc.path);
    if (this.repo.excluded(doc.path, loaded)) {
      // Left out by the team config's include/exclude: nothing to show.
    } else if (doc.text.length > limit) {
      this.deps.connection.console.info(`DFS Guard skipped ${doc.path}: ${Math.round(doc.text.length / 1024)} KB is over dfsGuard.maxFileSizeKb (${this.settings.maxFileSizeKb}).`);
    } else if (doc.text.includes('\u0000')) {
      this.deps.connection.console.info(`DFS Guard skipped ${doc.path}: it looks like a binary file.`);
    } else {
      const started = Date.now();
      const result = this.guard(() =>
        analyze({
          path: doc.path,
          text: doc.text,
          tree: doc.tree,
          rules: this.repo.rulesFor(loaded),
          knownRuleIds: this.repo.knownRuleIds,
          nonSuppressible: new Set(loaded.config.nonSuppressible),
          includeNonReleaseSources: loaded.config.testSources === 'include',
          project: this.projectFor(doc.path),
        }),
      );
      if (result) {
        outcome = this.repo.outcome(doc.path, doc.text, result, loaded);
        for (const p of result.problems) this.deps.connection.console.warn(`DFS Guard: ${p.path}: ${p.message}`);
        const ms = Date.now() - started;
        if (ms > 200) this.deps.connection.console.warn(`DFS Guard: analysing ${doc.path} took ${ms} ms`);
      }
    }
    this.findings.set(doc.uri, { version: doc.version, outcome });
    return outcome;
  }

  private projectFor(path: string): ProjectModel | undefined {
    return this.guard(() => this.deps.projectFor?.(path));
  }

  private publish(doc: OpenDocument): void {
    this.publishOutcome(doc.uri, doc.version, this.analyzeDocument(doc));
  }

  private publishOutcome(uri: string, version: number | undefined, outcome: FileOutcome): void {
    if (this.disposed) return;
    const min = severityRank(this.settings.minimumSeverity);
    const visible = outcome.findings.filter((f) => severityRank(f.severity) >= min);
    const opts = { settings: this.settings, version: version ?? 0, docsBase: this.docsBase, rulesById: this.rulesById };
    const diagnostics = toDiagnostics(visible, opts);
    if (this.settings.baselineDisplay === 'dim') {
      for (const d of toDiagnostics(outcome.baselined.filter((f) => severityRank(f.severity) >= min), opts)) {
        diagnostics.push({ ...d, severity: DiagnosticSeverity.Hint, message: `(baselined) ${d.message}` });
      }
    }
    this.shown.set(uri, { ...outcome, visible });
    void this.deps.connection.sendDiagnostics({ uri, version, diagnostics });
    this.sendStatus();
  }

  private codeActions(params: CodeActionParams): CodeAction[] {
    const doc = this.documents.get(params.textDocument.uri);
    if (!doc) return [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      // Fixes computed for an older version may no longer line up: recompute them for this version.
      const fresh = params.context.diagnostics.filter(isDfsDiagnostic).every((d) => d.data.version === doc.version);
      const diagnostics = fresh ? params.context.diagnostics : this.refreshDiagnostics(doc, params.context.diagnostics);
      actions.push(
        ...menu(
          {
            uri: doc.uri,
            text: doc.text,
            kind: classifyPath(doc.path, doc.text),
            findings: this.analyzeDocument(doc).findings,
            suppress: this.settings.suppressAction,
            documentation: this.settings.documentationAction,
          },
          diagnostics,
        ),
      );
    }
    // source.fixAll only when asked for (editor.codeActionsOnSave, "Fix All"): it is not a light-bulb entry.
    if (only && wants(FIX_ALL_KIND)) {
      const all = fixAllAction(doc.uri, this.analyzeDocument(doc).findings);
      if (all) actions.push(all);
    }
    return actions;
  }

  private refreshDiagnostics(doc: OpenDocument, stale: CodeActionParams['context']['diagnostics']) {
    const current = toDiagnostics(this.analyzeDocument(doc).findings, { settings: this.settings, version: doc.version, docsBase: this.docsBase, rulesById: this.rulesById });
    return current.filter((d) => stale.some((s) => s.code === d.code && s.range.start.line === d.range.start.line));
  }

  private hover(params: HoverParams): Hover | null {
    const doc = this.documents.get(params.textDocument.uri);
    const entry = this.shown.get(params.textDocument.uri);
    if (!doc || !entry) return null;
    const p = params.position;
    const inside = (f: Finding) =>
      (p.line > f.range.start.line || (p.line === f.range.start.line && p.character >= f.range.start.character)) &&
      (p.line < f.range.end.line || (p.line === f.range.end.line && p.character <= f.range.end.character));
    const hits = entry.visible.filter(inside);
    if (hits.length === 0) return null;
    return { contents: hoverMarkdown(hits, this.rulesById, this.docs, this.docsBase), range: hits[0].range };
  }

  // ---- workspace scan ------------------------------------------------------------------------------------

  /** The last scan's outcome per URI, so closing a scanned file or a settings change can re-publish it. */
  private readonly lastScan = new Map<string, FileOutcome>();

  private async runScan(folders: string[], exclude: string[] | undefined, token: ScanToken) {
    const started = Date.now();
    this.scanning++;
    this.sendStatus();
    try {
      const listed = listWorkspaceFiles(folders, { exclude, skip: (path) => this.repo.excluded(path, this.repo.forPath(path)) });
      for (const folder of folders) this.publishConfigErrors(this.repo.forPath(folder));
      const loaded = folders.map((f) => this.repo.forPath(f));
      const ruleIds = [...new Set(loaded.flatMap((l) => this.repo.rulesFor(l).map((r) => r.id)))];
      this.deps.connection.console.info(`DFS Guard: scanning ${listed.files.length} files in ${folders.join(', ')}`);
      const run = await scanInWorker({
        files: listed.files,
        workerScript: this.deps.workerScript ?? join(__dirname, 'worker.js'),
        ruleIds,
        maxFileBytes: this.settings.maxFileSizeKb * 1024,
        includeNonReleaseSources: loaded.some((l) => l.config.testSources === 'include'),
        nonSuppressible: [...new Set(loaded.flatMap((l) => l.config.nonSuppressible))],
        modelFor: (path) => this.projectFor(path),
        token,
        onProgress: (done, total) => void this.deps.connection.sendNotification(SCAN_PROGRESS, { done, total }),
        onError: (message) => {
          this.lastError = message;
          this.deps.connection.console.error(`DFS Guard: ${message}`);
        },
      });
      return { listed, run, started };
    } finally {
      this.scanning--;
    }
  }

  private async scanWorkspace(params: ScanWorkspaceParams, token: ScanToken): Promise<ScanWorkspaceResult> {
    const { listed, run, started } = await this.runScan(params.folders, params.exclude, token);
    const problems = listed.errors.map((e) => ({ path: e.path, message: e.message }));
    let findings = 0;
    let suppressed = 0;
    let baselined = 0;
    let stale = 0;
    const seen = new Set<string>();
    for (const [path, result] of run.results) {
      const uri = pathToFileURL(path).toString();
      seen.add(uri);
      for (const p of result.problems) problems.push({ path: p.path, message: p.message });
      const outcome = this.repo.outcome(path, undefined, result, this.repo.forPath(path));
      this.lastScan.set(uri, outcome);
      suppressed += outcome.suppressed;
      baselined += outcome.baselined.length;
      stale += outcome.stale.length;
      for (const e of outcome.stale) this.deps.connection.console.info(`DFS Guard: stale baseline entry ${e.ruleId} in ${e.path} (fixed or changed; update the baseline to remove it)`);
      if (this.documents.get(uri)) {
        findings += this.shown.get(uri)?.visible.length ?? 0;
        continue; // open documents keep their live results
      }
      this.scanned.add(uri);
      this.publishOutcome(uri, undefined, outcome);
      findings += this.shown.get(uri)?.visible.length ?? 0;
    }
    // A complete scan replaces the previous one: clear files it no longer covers (deleted, now excluded).
    if (!run.cancelled) {
      for (const uri of [...this.scanned]) {
        if (seen.has(uri)) continue;
        this.scanned.delete(uri);
        this.lastScan.delete(uri);
        this.shown.delete(uri);
        void this.deps.connection.sendDiagnostics({ uri, diagnostics: [] });
      }
    }
    const result: ScanWorkspaceResult = { filesScanned: run.results.size, findings, suppressed, baselined, stale, problems, durationMs: Date.now() - started, cancelled: run.cancelled };
    this.deps.connection.console.info(
      `DFS Guard: workspace scan ${run.cancelled ? 'cancelled' : 'done'}: ${result.filesScanned} files, ${findings} findings, ${suppressed} suppressed, ${baselined} baselined (${stale} stale baseline entries), ${problems.length} file problems, ${(result.durationMs / 1000).toFixed(1)} s`,
    );
    for (const p of problems) this.deps.connection.console.warn(`DFS Guard: ${p.path}: ${p.message}`);
    this.sendStatus();
    return result;
  }

  /** Re-analyses one file from disk (a scanned file that was open and is now closed). */
  private publishFromDisk(uri: string, path: string): void {
    const loaded = this.repo.forPath(path);
    const result = this.guard(() =>
      analyzeFile(path, this.projectFor(path), {
        rules: this.repo.rulesFor(loaded),
        maxFileBytes: this.settings.maxFileSizeKb * 1024,
        includeNonReleaseSources: loaded.config.testSources === 'include',
        knownRuleIds: this.repo.knownRuleIds,
      }),
    );
    if (!result) return;
    const outcome = this.repo.outcome(path, undefined, result, loaded);
    this.lastScan.set(uri, outcome);
    this.scanned.add(uri);
    this.publishOutcome(uri, undefined, outcome);
  }

  // ---- findings tree, baseline, config errors, status ----------------------------------------------------

  private findingsTree(params: FindingsParams): FindingGroup[] {
    const entries = [...this.shown.entries()].map(([uri, s]) => ({ uri, findings: s.visible }));
    return groupFindings(entries, params.groupBy ?? 'rule', this.rulesById, (uri) => this.relativeLabel(uri));
  }

  private relativeLabel(uri: string): string {
    const path = toPath(uri);
    for (const folder of this.workspaceFolders) {
      const rel = relative(folder, path);
      if (!rel.startsWith('..')) return rel.split(sep).join('/');
    }
    return path;
  }

  private async writeBaseline(params: BaselineParams, token: ScanToken): Promise<BaselineResult> {
    if (!this.repo.folders.includes(params.folder)) this.repo.folders = [...this.repo.folders, params.folder];
    const loaded = this.repo.forPath(params.folder);
    const { run } = await this.runScan([params.folder], params.exclude, token);
    const target = this.repo.baselinePath(loaded, params.folder) ?? join(params.folder, 'dfs-guard-baseline.json');
    if (run.cancelled) return { path: target, entries: 0, stale: 0, cancelled: true };
    const written = this.repo.writeBaseline({ folder: params.folder, loaded, results: run.results, target });
    this.deps.connection.console.info(`DFS Guard: baseline ${target}: ${written.entries} entries, ${written.stale} stale entries removed`);
    this.configChanged();
    return { path: target, entries: written.entries, stale: written.stale, cancelled: false };
  }

  private readonly configErrorUris = new Set<string>();
  private readonly configDiagnostics = new Map<string, string>();

  /** Errors in .dfsguard.json become diagnostics on that file (never a crash); fixed ones are cleared. */
  private publishConfigErrors(loaded: ReturnType<RepoState['forPath']>): void {
    if (!loaded.path) return;
    const uri = pathToFileURL(loaded.path).toString();
    const diagnostics: Diagnostic[] = loaded.errors.map((e) => ({
      range: e.range,
      severity: DiagnosticSeverity.Error,
      source: SOURCE,
      code: 'dfs-guard-config',
      message: `${e.message} (the rest of the configuration still applies)`,
    }));
    for (const e of this.repo.baselineErrors(loaded)) {
      diagnostics.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Warning, source: SOURCE, code: 'dfs-guard-config', message: e });
    }
    if (diagnostics.length === 0 && !this.configErrorUris.has(uri)) return;
    // Several folders share one config file: publish (and log) each change once.
    const key = JSON.stringify(diagnostics);
    if (this.configDiagnostics.get(uri) === key) return;
    this.configDiagnostics.set(uri, key);
    if (diagnostics.length) this.configErrorUris.add(uri);
    else this.configErrorUris.delete(uri);
    for (const d of loaded.errors) this.deps.connection.console.warn(`DFS Guard: ${loaded.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`);
    void this.deps.connection.sendDiagnostics({ uri, diagnostics });
    this.sendStatus();
  }

  /** Coalesces status updates (one per turn of the event loop at most). */
  private sendStatus(): void {
    if (this.statusTimer || this.disposed) return;
    this.statusTimer = setTimeout(() => {
      this.statusTimer = undefined;
      void this.deps.connection.sendNotification(STATUS, this.status()).catch(() => undefined);
    }, 0);
  }

  status(): StatusParams {
    let findings = 0;
    let suppressed = 0;
    let baselined = 0;
    for (const s of this.shown.values()) {
      findings += s.visible.length;
      suppressed += s.suppressed;
      baselined += s.baselined.length;
    }
    return {
      state: this.scanning > 0 ? 'analysing' : this.lastError ? 'error' : 'ready',
      findings,
      suppressed,
      baselined,
      files: this.shown.size,
      configErrors: this.configErrorUris.size,
      message: this.lastError,
    };
  }

  private guard<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch (err) {
      this.lastError = `internal error: ${err instanceof Error ? err.message : String(err)}`;
      this.deps.connection.console.error(`DFS Guard internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return undefined;
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    if (this.statusTimer) clearTimeout(this.statusTimer);
    this.documents.dispose();
  }
}

function toPath(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  } catch {
    return uri;
  }
}

