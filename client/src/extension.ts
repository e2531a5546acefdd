// The VS Code client: starts the DFS Guard language server over IPC and stays thin. It knows nothing about
// Android: commands send requests declared in server/src/lsp/protocol.ts, and the views render what the
// server returns. Each command has a degraded form while the server is down (documentation opens directly).
import { cpSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  BASELINE,
  COMMANDS,
  SCAN_PROGRESS,
  SCAN_WORKSPACE,
  STATUS,
  TRUST,
  type BaselineResult,
  type GroupBy,
  type ScanProgressParams,
  type ScanWorkspaceResult,
  type StatusParams,
} from '../../server/src/lsp/protocol';
import { FindingsView, GROUP_LABELS } from './findings-view';

let client: LanguageClient | undefined;

const SELECTOR = [
  { scheme: 'file', language: 'java' },
  { scheme: 'file', language: 'kotlin' },
  { scheme: 'file', pattern: '**/AndroidManifest.xml' },
  { scheme: 'file', pattern: '**/res/{xml,layout,values}*/*.xml' },
  { scheme: 'file', pattern: '**/*.{gradle,gradle.kts}' },
] satisfies vscode.DocumentFilter[];
const SAMPLE_NAME = 'mobile-money-app';
const SAMPLE_FILE = 'app/src/main/java/com/example/pesapoa/security/CryptoUtil.kt';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('DFS Guard', { log: true });
  context.subscriptions.push(output);
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const docsDir = context.asAbsolutePath(path.join('dist', 'docs', 'rules'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: SELECTOR,
    synchronize: {
      configurationSection: 'dfsGuard',
      // Manifest and Gradle changes on disk change findings in other files; config and baseline change all.
      fileEvents: vscode.workspace.createFileSystemWatcher(
        '**/{AndroidManifest.xml,*.gradle,*.gradle.kts,*.versions.toml,res/xml*/*.xml,.dfsguard.json,dfs-guard-baseline.json}',
      ),
    },
    initializationOptions: { settings: vscode.workspace.getConfiguration('dfsGuard'), trusted: vscode.workspace.isTrusted },
    outputChannel: output,
    markdown: { isTrusted: false, supportHtml: false },
  };
  client = new LanguageClient('dfsGuard', 'DFS Guard', serverOptions, clientOptions);

  // ---- status item and findings view ----
  const status = vscode.languages.createLanguageStatusItem('dfsGuard.status', SELECTOR);
  status.name = 'DFS Guard';
  status.text = 'DFS Guard: starting';
  status.busy = true;
  status.command = { title: 'Show findings', command: 'dfsGuard.showFindings' };
  context.subscriptions.push(status);
  const view = new FindingsView(() => client, context.workspaceState, output);
  context.subscriptions.push(view);
  const showStatus = (s: StatusParams) => {
    status.busy = s.state === 'analysing';
    const parts = [`${s.findings} finding${s.findings === 1 ? '' : 's'}`];
    if (s.suppressed) parts.push(`${s.suppressed} suppressed`);
    if (s.baselined) parts.push(`${s.baselined} baselined`);
    status.text = s.state === 'analysing' ? `DFS Guard: analysing… ${parts.join(', ')}` : `DFS Guard: ${parts.join(', ')}`;
    status.detail = s.state === 'error' ? `error: ${s.message ?? 'see the output'}` : s.configErrors ? `${s.configErrors} configuration file(s) with errors` : `${s.files} file${s.files === 1 ? '' : 's'} · 100% local`;
    status.severity = s.state === 'error' || s.configErrors ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    status.command =
      s.state === 'error' ? { title: 'Show output', command: 'dfsGuard.showOutput' } : { title: 'Show findings', command: 'dfsGuard.showFindings' };
    view.setCount(s.findings);
    view.refresh();
  };

  client.onDidChangeState((e) => {
    if (e.newState === State.Running) {
      status.text = 'DFS Guard: ready';
      status.busy = false;
      status.severity = vscode.LanguageStatusSeverity.Information;
    } else if (e.newState === State.Stopped) {
      status.text = 'DFS Guard: stopped';
      status.busy = false;
      status.severity = vscode.LanguageStatusSeverity.Error;
      status.command = { title: 'Restart', command: 'dfsGuard.restartServer' };
      output.error('The DFS Guard language server stopped.');
      void vscode.window
        .showErrorMessage('The DFS Guard language server stopped: security diagnostics are not being updated.', 'Restart', 'Show Output')
        .then((choice) => {
          if (choice === 'Restart') void vscode.commands.executeCommand('dfsGuard.restartServer');
          else if (choice === 'Show Output') output.show();
        });
    }
  });

  const running = async (): Promise<LanguageClient | undefined> => {
    if (client?.isRunning()) return client;
    const choice = await vscode.window.showWarningMessage('The DFS Guard language server is not running.', 'Restart', 'Show Output');
    if (choice === 'Restart') await vscode.commands.executeCommand('dfsGuard.restartServer');
    else if (choice === 'Show Output') output.show();
    return undefined;
  };

  const sampleCopy = () => path.join(context.globalStorageUri.fsPath, SAMPLE_NAME);
  /** Folders to scan: the workspace folders, or the training sample copy in an empty window. */
  const scanFolders = (): string[] => {
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
    if (folders.length === 0 && existsSync(sampleCopy())) return [sampleCopy()];
    return folders;
  };
  const excludes = (folder?: string): string[] => {
    const cfg = vscode.workspace.getConfiguration('files', folder ? vscode.Uri.file(folder) : undefined).get<Record<string, boolean>>('exclude') ?? {};
    return Object.entries(cfg)
      .filter(([, on]) => on === true)
      .map(([glob]) => glob);
  };

  /** Runs a long request with a cancellable progress notification fed by dfsGuard/scanProgress. */
  const withScanProgress = <T>(title: string, run: (c: LanguageClient, token: vscode.CancellationToken) => Promise<T>): Promise<T> =>
    Promise.resolve(vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
      const c = client!;
      let last = 0;
      const sub = c.onNotification(SCAN_PROGRESS, (p: ScanProgressParams) => {
        const pct = p.total ? (p.done / p.total) * 100 : 100;
        progress.report({ message: `${p.done}/${p.total} files`, increment: pct - last });
        last = pct;
      });
      try {
        return await run(c, token);
      } finally {
        sub.dispose();
      }
    }));

  const pickFolder = async (): Promise<string | undefined> => {
    const folders = scanFolders();
    if (folders.length <= 1) return folders[0];
    const picked = await vscode.window.showQuickPick(folders.map((f) => ({ label: path.basename(f), description: f })), { title: 'DFS Guard: choose a folder' });
    return picked?.description;
  };

  const findSample = (): string | undefined => {
    const candidates = [
      context.asAbsolutePath(path.join('samples', SAMPLE_NAME)),
      context.asAbsolutePath(path.join('dist', 'samples', SAMPLE_NAME)),
      ...(vscode.workspace.workspaceFolders ?? []).map((f) => path.join(f.uri.fsPath, 'samples', SAMPLE_NAME)),
    ];
    return candidates.find((c) => existsSync(path.join(c, SAMPLE_FILE)));
  };

  /** The training file: in the workspace when the sample is there, else the private copy. */
  const trainingFile = (): vscode.Uri | undefined => {
    for (const f of vscode.workspace.workspaceFolders ?? []) {
      for (const rel of [SAMPLE_FILE, path.join('samples', SAMPLE_NAME, SAMPLE_FILE)]) {
        const p = path.join(f.uri.fsPath, rel);
        if (existsSync(p)) return vscode.Uri.file(p);
      }
    }
    const copy = path.join(sampleCopy(), SAMPLE_FILE);
    return existsSync(copy) ? vscode.Uri.file(copy) : undefined;
  };

  const waitForDiagnostic = (uri: vscode.Uri, ruleId: string, timeoutMs = 15000) =>
    new Promise<vscode.Diagnostic | undefined>((resolve) => {
      const find = () => vscode.languages.getDiagnostics(uri).find((d) => d.source === 'dfs-guard' && String(typeof d.code === 'object' ? d.code.value : d.code) === ruleId);
      const now = find();
      if (now) return resolve(now);
      const timer = setTimeout(() => {
        sub.dispose();
        resolve(undefined);
      }, timeoutMs);
      const sub = vscode.languages.onDidChangeDiagnostics((e) => {
        if (!e.uris.some((u) => u.toString() === uri.toString())) return;
        const d = find();
        if (d) {
          clearTimeout(timer);
          sub.dispose();
          resolve(d);
        }
      });
    });

  context.subscriptions.push(
    vscode.commands.registerCommand('dfsGuard.restartServer', async () => {
      output.info('Restarting the DFS Guard language server.');
      await client?.restart();
    }),
    vscode.commands.registerCommand('dfsGuard.showOutput', () => output.show()),
    vscode.commands.registerCommand('dfsGuard.showFindings', () => vscode.commands.executeCommand('dfsGuard.findings.focus')),
    vscode.commands.registerCommand('dfsGuard.findings.refresh', () => view.refresh()),
    vscode.commands.registerCommand('dfsGuard.findings.groupBy', async (g?: GroupBy) => {
      const choice =
        g ??
        (
          await vscode.window.showQuickPick(
            (Object.keys(GROUP_LABELS) as GroupBy[]).map((k) => ({ label: GROUP_LABELS[k], k, picked: k === view.groupBy })),
            { title: 'Group DFS Guard findings by' },
          )
        )?.k;
      if (choice) await view.setGroupBy(choice);
    }),

    vscode.commands.registerCommand(COMMANDS.showRuleDocumentation, async (ruleId?: string) => {
      let id = ruleId;
      if (!id) {
        let ids: string[] = [];
        try {
          ids = readdirSync(docsDir).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
        } catch {
          // no bundled docs: reported below
        }
        id = await vscode.window.showQuickPick(ids, { title: 'DFS Guard: rule documentation', placeHolder: 'rule id' });
        if (!id) return;
      }
      const file = vscode.Uri.file(path.join(docsDir, `${id}.md`));
      if (!existsSync(file.fsPath)) {
        void vscode.window.showWarningMessage(`DFS Guard has no bundled page for "${id}".`);
        return;
      }
      // The page ships inside the extension: the built-in Markdown preview shows it offline.
      try {
        await vscode.commands.executeCommand('markdown.showPreview', file);
      } catch {
        await vscode.window.showTextDocument(file, { preview: true });
      }
    }),

    vscode.commands.registerCommand(COMMANDS.selectSuppressionReason, async (uri?: string, range?: { start: vscode.Position; end: vscode.Position }) => {
      if (!uri || !range) return;
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri) ?? (await vscode.window.showTextDocument(vscode.Uri.parse(uri)));
      const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
      editor.selection = new vscode.Selection(r.start, r.end);
      editor.revealRange(r);
    }),

    vscode.commands.registerCommand('dfsGuard.scanWorkspace', async () => {
      const c = await running();
      if (!c) return;
      const folders = scanFolders();
      if (folders.length === 0) {
        void vscode.window.showWarningMessage('DFS Guard: open a folder (or the training sample) to scan.', 'Open Training Sample').then((x) => {
          if (x) void vscode.commands.executeCommand('dfsGuard.openTrainingSample');
        });
        return;
      }
      const exclude = [...new Set(folders.flatMap((f) => excludes(f)))];
      output.info(`Scan Workspace: ${folders.join(', ')} (files.exclude: ${exclude.join(', ') || 'none'})`);
      const result = await withScanProgress('DFS Guard: scanning the workspace', (cl, token) => cl.sendRequest<ScanWorkspaceResult>(SCAN_WORKSPACE, { folders, exclude }, token)).catch(
        (err: unknown) => {
          output.warn(`Scan Workspace: ${err instanceof Error ? err.message : String(err)}`);
          return undefined;
        },
      );
      if (!result) return;
      const extras = [result.suppressed ? `${result.suppressed} suppressed` : '', result.baselined ? `${result.baselined} baselined` : '', result.stale ? `${result.stale} stale baseline entries` : '', result.problems.length ? `${result.problems.length} files not analysed` : '']
        .filter(Boolean)
        .join(', ');
      const msg = `DFS Guard ${result.cancelled ? 'scan cancelled after' : 'scanned'} ${result.filesScanned} file${result.filesScanned === 1 ? '' : 's'}: ${result.findings} finding${result.findings === 1 ? '' : 's'}${extras ? ` (${extras})` : ''}.`;
      if (result.filesScanned === 0 && !result.cancelled) {
        void vscode.window.showWarningMessage(`${msg} No Kotlin, Java, Android XML or Gradle files were found (APK/AAB files are not analysed).`);
        return;
      }
      const choice = await vscode.window.showInformationMessage(msg, 'Show Findings', ...(result.problems.length ? ['Show Output'] : []));
      if (choice === 'Show Findings') await vscode.commands.executeCommand('dfsGuard.showFindings');
      else if (choice === 'Show Output') output.show();
    }),

    ...(['createBaseline', 'updateBaseline'] as const).map((which) =>
      vscode.commands.registerCommand(`dfsGuard.${which}`, async () => {
        if (!vscode.workspace.isTrusted) {
          void vscode.window.showWarningMessage('DFS Guard baselines are disabled in Restricted Mode: trust this workspace first.');
          return;
        }
        const c = await running();
        if (!c) return;
        const folder = await pickFolder();
        if (!folder) {
          void vscode.window.showWarningMessage('DFS Guard: open a folder to create its baseline.');
          return;
        }
        if (which === 'createBaseline' && existsSync(path.join(folder, 'dfs-guard-baseline.json'))) {
          const ok = await vscode.window.showWarningMessage('A DFS Guard baseline already exists here. Replace it with the current findings?', { modal: true }, 'Replace');
          if (ok !== 'Replace') return;
        }
        const result = await withScanProgress(`DFS Guard: ${which === 'createBaseline' ? 'creating' : 'updating'} the baseline`, (cl, token) =>
          cl.sendRequest<BaselineResult>(BASELINE, { folder, exclude: excludes(folder) }, token),
        ).catch((err: unknown) => {
          output.warn(`Baseline: ${err instanceof Error ? err.message : String(err)}`);
          return undefined;
        });
        if (!result || result.cancelled) return;
        const choice = await vscode.window.showInformationMessage(
          `DFS Guard baseline ${vscode.workspace.asRelativePath(result.path)}: ${result.entries} accepted finding${result.entries === 1 ? '' : 's'}${result.stale ? `; ${result.stale} stale entr${result.stale === 1 ? 'y' : 'ies'} removed` : ''}. Commit it so CI and your team share it.`,
          'Open Baseline',
        );
        if (choice) await vscode.window.showTextDocument(vscode.Uri.file(result.path));
      }),
    ),

    vscode.commands.registerCommand('dfsGuard.openConfigFile', async () => {
      const folder = await pickFolder();
      if (!folder) {
        void vscode.window.showWarningMessage('DFS Guard: open a folder to create its .dfsguard.json.');
        return;
      }
      const file = path.join(folder, '.dfsguard.json');
      if (!existsSync(file)) {
        // Written only because the user asked for it.
        writeFileSync(file, '{\n  // Team settings for DFS Guard (schema-checked as you type).\n  "rules": {},\n  "exclude": [],\n  "nonSuppressible": []\n}\n');
      }
      await vscode.window.showTextDocument(vscode.Uri.file(file));
    }),

    vscode.commands.registerCommand('dfsGuard.openTrainingSample', async () => {
      let uri = trainingFile();
      if (!uri) {
        const source = findSample();
        if (!source) {
          void vscode.window.showErrorMessage('The DFS Guard training sample is not bundled with this build of the extension.', 'Show Output');
          output.error('Training sample not found next to the extension (samples/mobile-money-app or dist/samples/mobile-money-app).');
          return;
        }
        // A private copy, so the exercises never change the bundled original.
        cpSync(source, sampleCopy(), { recursive: true });
        output.info(`Training sample copied to ${sampleCopy()}`);
        uri = vscode.Uri.file(path.join(sampleCopy(), SAMPLE_FILE));
      }
      await vscode.window.showTextDocument(uri, { preview: false });
      const copy = vscode.Uri.file(sampleCopy());
      const folders = vscode.workspace.workspaceFolders ?? [];
      // Adding a folder to an open workspace does not reload the window (replacing the first one would).
      if (uri.fsPath.startsWith(copy.fsPath) && folders.length > 0 && !folders.some((f) => f.uri.fsPath === copy.fsPath)) {
        vscode.workspace.updateWorkspaceFolders(folders.length, 0, { uri: copy, name: 'DFS Guard training sample' });
      }
    }),

    vscode.commands.registerCommand('dfsGuard.training.goToFinding', async (ruleId = 'crypto-ecb-mode', openMenu = false) => {
      let uri = trainingFile();
      if (!uri) {
        await vscode.commands.executeCommand('dfsGuard.openTrainingSample');
        uri = trainingFile();
        if (!uri) return;
      }
      const editor = await vscode.window.showTextDocument(uri, { preview: false });
      const d = await waitForDiagnostic(uri, String(ruleId));
      if (!d) {
        void vscode.window.showInformationMessage(`No ${ruleId} finding in ${path.basename(uri.fsPath)} right now (already fixed or suppressed?).`);
        return;
      }
      editor.selection = new vscode.Selection(d.range.start, d.range.start);
      editor.revealRange(d.range, vscode.TextEditorRevealType.InCenter);
      if (openMenu) await vscode.commands.executeCommand('editor.action.quickFix');
      else await vscode.commands.executeCommand('editor.action.showHover');
    }),

    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      output.info('Workspace trusted: the repository config and baseline now apply.');
      void client?.sendNotification(TRUST, { trusted: true });
    }),
  );

  client.onNotification(STATUS, showStatus);
  try {
    await client.start();
    output.info(`DFS Guard started (workspace ${vscode.workspace.isTrusted ? 'trusted' : 'in Restricted Mode: repository config and baseline ignored'}).`);
  } catch (err) {
    status.text = 'DFS Guard: failed to start';
    status.severity = vscode.LanguageStatusSeverity.Error;
    status.busy = false;
    output.error(`DFS Guard failed to start: ${err instanceof Error ? err.message : String(err)}`);
    void vscode.window.showErrorMessage('DFS Guard failed to start its language server.', 'Show Output').then((c) => c && output.show());
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
