// The language server: open documents → debounced analysis → diagnostics; code actions from diagnostic
// data. Built from injected dependencies so tests drive it through an in-memory connection.
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { DEFAULT_SETTINGS, resolveSettings, type Settings } from './config';
import { analyze, languageOf, prepareLanguages } from './engine/engine';
import { classifyPath } from './engine/files';
import type { ProjectModel } from './engine/project';
import type { AnyRule } from './engine/rule';
import type { Finding } from './engine/types';
import { fixAllAction, FIX_ALL_KIND, isDfsDiagnostic, quickFixes } from './lsp/codeActions';
import { toDiagnostics } from './lsp/diagnostics';
import { DocumentStore, type OpenDocument } from './parsing/documents';
import { loadedParser } from './parsing/grammars';

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
}

/** Files whose change can change findings in other files (manifest, Gradle, res/xml). */
const PROJECT_FILE = /(AndroidManifest\.xml|\.gradle(\.kts)?|\.versions\.toml|\/res\/xml[^/]*\/[^/]+\.xml)$/;

export class Server {
  private readonly documents: DocumentStore;
  private readonly rulesById: Map<string, AnyRule>;
  private readonly docsBase: string;
  private settings: Settings = DEFAULT_SETTINGS;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly findings = new Map<string, { version: number; findings: Finding[] }>();
  private hasConfigurationCapability = false;

  private constructor(private readonly deps: ServerDeps) {
    this.documents = new DocumentStore((path, text) => {
      const lang = languageOf(classifyPath(path));
      // Files over the size limit are not analysed, so they get no tree either (a 5 MB file costs ~100 MB).
      if (!lang || text.length > this.settings.maxFileSizeKb * 1024) return undefined;
      return loadedParser(lang);
    });
    this.rulesById = new Map(deps.rules.map((r) => [r.id, r]));
    this.docsBase = pathToFileURL(deps.docsDir).toString();
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
    });
    c.onDidChangeConfiguration(() => void this.reloadSettings());
    c.onDidOpenTextDocument(({ textDocument: d }) => {
      const path = toPath(d.uri);
      const doc = this.guard(() => this.documents.open(d.uri, path, d.version, d.text));
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
      this.documents.close(textDocument.uri);
      this.findings.delete(textDocument.uri);
      void c.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
    });
    c.onDidChangeWatchedFiles(({ changes }) => {
      for (const change of changes) {
        const path = toPath(change.uri);
        if (PROJECT_FILE.test(path)) this.projectChanged(path);
      }
    });
    c.onCodeAction((params) => this.codeActions(params));
    c.onShutdown(() => this.dispose());
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.hasConfigurationCapability = !!params.capabilities.workspace?.configuration;
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    if (init?.settings) this.settings = resolveSettings(init.settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
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
    this.refreshAll();
  }

  /** A manifest or Gradle file changed: drop cached project facts and re-check every open document. */
  private projectChanged(path: string): void {
    this.deps.invalidateProject?.(path);
    this.refreshAll();
  }

  private refreshAll(): void {
    // Findings are cached per document version; project facts or settings changed underneath them.
    this.findings.clear();
    for (const doc of this.documents.all()) {
      if (this.settings.run === 'off') void this.deps.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
      else this.publish(doc);
    }
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
  analyzeDocument(doc: OpenDocument): Finding[] {
    const cached = this.findings.get(doc.uri);
    if (cached && cached.version === doc.version) return cached.findings;
    let findings: Finding[] = [];
    const limit = this.settings.maxFileSizeKb * 1024;
    if (doc.text.length > limit) {
      this.deps.connection.console.info(`DFS Guard skipped ${doc.path}: ${Math.round(doc.text.length / 1024)} KB is over dfsGuard.maxFileSizeKb (${this.settings.maxFileSizeKb}).`);
    } else if (doc.text.includes('\u0000')) {
      this.deps.connection.console.info(`DFS Guard skipped ${doc.path}: it looks like a binary file.`);
    } else {
      const result = this.guard(() =>
        analyze({ path: doc.path, text: doc.text, tree: doc.tree, rules: this.deps.rules, project: this.projectFor(doc.path) }),
      );
      if (result) {
        findings = result.findings;
        for (const p of result.problems) this.deps.connection.console.warn(`DFS Guard: ${p.path}: ${p.message}`);
      }
    }
    this.findings.set(doc.uri, { version: doc.version, findings });
    return findings;
  }

  private projectFor(path: string): ProjectModel | undefined {
    return this.guard(() => this.deps.projectFor?.(path));
  }

  private publish(doc: OpenDocument): void {
    const findings = this.analyzeDocument(doc);
    const diagnostics = toDiagnostics(findings, { settings: this.settings, version: doc.version, docsBase: this.docsBase, rulesById: this.rulesById });
    void this.deps.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
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
      actions.push(...quickFixes(doc.uri, diagnostics));
    }
    if (wants(FIX_ALL_KIND)) {
      const all = fixAllAction(doc.uri, this.analyzeDocument(doc));
      if (all) actions.push(all);
    }
    return actions;
  }

  private refreshDiagnostics(doc: OpenDocument, stale: CodeActionParams['context']['diagnostics']) {
    const current = toDiagnostics(this.analyzeDocument(doc), { settings: this.settings, version: doc.version, docsBase: this.docsBase, rulesById: this.rulesById });
    return current.filter((d) =>
      stale.some((s) => s.code === d.code && s.range.start.line === d.range.start.line),
    );
  }

  private guard<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch (err) {
      this.deps.connection.console.error(`DFS Guard internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return undefined;
    }
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
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
