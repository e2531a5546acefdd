// Drives the real Server through an in-memory JSON-RPC connection, as an editor would.
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver';
import type { ProjectModel } from '../../server/src/engine/project';
import type { AnyRule } from '../../server/src/engine/rule';
import { Server } from '../../server/src/server';

export interface TestClient {
  rpc: MessageConnection;
  server: Server;
  /** Resolves with the next diagnostics published for a uri (optionally for a given version). */
  nextDiagnostics(uri: string, version?: number): Promise<Diagnostic[]>;
  open(uri: string, languageId: string, text: string, version?: number): Promise<Diagnostic[]>;
  change(uri: string, version: number, changes: { range?: Diagnostic['range']; text: string }[]): Promise<Diagnostic[]>;
  codeActions(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]>;
  close(): void;
  /** Log messages the server sent (window/logMessage). */
  logs: string[];
  /** Custom notifications the server sent (dfsGuard/status, dfsGuard/scanProgress…), in order. */
  notifications: { method: string; params: unknown }[];
  hover(uri: string, position: { line: number; character: number }): Promise<{ contents: { kind: string; value: string } } | null>;
}

export function fileUri(path: string): string {
  return pathToFileURL(path).toString();
}

export async function startServer(opts: {
  rules: readonly AnyRule[];
  projectFor?: (path: string) => ProjectModel;
  invalidateProject?: (path: string) => void;
  settings?: unknown;
  /** Workspace folders sent in initialize (absolute paths). */
  folders?: string[];
  initializationOptions?: unknown;
}): Promise<TestClient> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const server = await Server.create({
    connection: serverConnection,
    rules: opts.rules,
    docsDir: join(__dirname, '..', '..', 'dist', 'docs', 'rules'),
    projectFor: opts.projectFor,
    invalidateProject: opts.invalidateProject,
    debounceMs: 0,
    workerScript: join(__dirname, '..', '..', 'dist', 'worker.js'),
  });
  server.register();
  serverConnection.listen();

  const rpc = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const waiters: { uri: string; version?: number; resolve: (d: Diagnostic[]) => void }[] = [];
  const logs: string[] = [];
  rpc.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const i = waiters.findIndex((w) => w.uri === p.uri && (w.version === undefined || w.version === p.version));
    if (i >= 0) waiters.splice(i, 1)[0].resolve(p.diagnostics);
  });
  rpc.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  const notifications: { method: string; params: unknown }[] = [];
  for (const method of ['dfsGuard/status', 'dfsGuard/scanProgress']) {
    rpc.onNotification(method, (params: unknown) => {
      notifications.push({ method, params });
    });
  }
  rpc.onRequest('workspace/configuration', () => [opts.settings ?? {}]);
  rpc.onRequest('client/registerCapability', () => null);
  rpc.listen();
  await rpc.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    capabilities: { workspace: { configuration: true } },
    workspaceFolders: opts.folders?.map((f) => ({ uri: fileUri(f), name: f })) ?? null,
    initializationOptions: opts.initializationOptions,
  });
  await rpc.sendNotification('initialized', {});

  const nextDiagnostics = (uri: string, version?: number) =>
    new Promise<Diagnostic[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version}`)), 10_000);
      waiters.push({ uri, version, resolve: (d) => (clearTimeout(timer), resolve(d)) });
    });
  return {
    rpc,
    server,
    logs,
    notifications,
    nextDiagnostics,
    hover(uri, position) {
      return rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position });
    },
    async open(uri, languageId, text, version = 1) {
      const p = nextDiagnostics(uri, version);
      await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
      return p;
    },
    async change(uri, version, changes) {
      const p = nextDiagnostics(uri, version);
      await rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
      return p;
    },
    codeActions(uri, diagnostics, only) {
      const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      return rpc.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } });
    },
    close() {
      server.dispose();
      rpc.dispose();
      serverConnection.dispose();
    },
  };
}

/** Applies the edits of a code action for one document. */
export function editsFor(action: CodeAction, uri: string): TextEdit[] {
  return action.edit?.changes?.[uri] ?? [];
}
