// The VS Code client: starts the DFS Guard language server over IPC and stays thin. It knows nothing
// about Android; everything else happens in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('DFS Guard', { log: true });
  context.subscriptions.push(output);
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'java' },
      { scheme: 'file', language: 'kotlin' },
      { scheme: 'file', pattern: '**/AndroidManifest.xml' },
      { scheme: 'file', pattern: '**/res/{xml,layout,values}*/*.xml' },
      { scheme: 'file', pattern: '**/*.{gradle,gradle.kts}' },
    ],
    synchronize: {
      configurationSection: 'dfsGuard',
      // Manifest and Gradle changes on disk change findings in other files.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{AndroidManifest.xml,*.gradle,*.gradle.kts,*.versions.toml,res/xml*/*.xml}'),
    },
    initializationOptions: { settings: vscode.workspace.getConfiguration('dfsGuard') },
    outputChannel: output,
  };
  client = new LanguageClient('dfsGuard', 'DFS Guard', serverOptions, clientOptions);
  client.onDidChangeState((e) => {
    if (e.newState === State.Stopped) {
      void vscode.window.showErrorMessage('The DFS Guard language server stopped. Security diagnostics are not being updated.', 'Show Output').then((choice) => {
        if (choice) output.show();
      });
    }
  });
  context.subscriptions.push(
    vscode.commands.registerCommand('dfsGuard.restartServer', async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand('dfsGuard.showOutput', () => output.show()),
  );
  try {
    await client.start();
  } catch (err) {
    output.error(`DFS Guard failed to start: ${err instanceof Error ? err.message : String(err)}`);
    void vscode.window.showErrorMessage('DFS Guard failed to start its language server.', 'Show Output').then((c) => c && output.show());
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
