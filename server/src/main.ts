// The language server process: the only file that creates the connection and calls listen().
import { join } from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { allRules } from '../../rules';
import { setWasmDir } from './parsing/grammars';
import { ProjectIndex } from './project/index';
import { Server } from './server';

async function main(): Promise<void> {
  setWasmDir(__dirname);
  const connection = createConnection(ProposedFeatures.all);
  const projects = new ProjectIndex();
  const server = await Server.create({
    connection,
    rules: allRules,
    docsDir: join(__dirname, 'docs', 'rules'),
    projectFor: (path) => projects.modelFor(path),
    invalidateProject: (path) => projects.invalidate(path),
  });
  server.register();
  connection.listen();
}

main().catch((err: unknown) => {
  // Printed to the client's output channel; the client shows a notification when the server dies.
  console.error(`DFS Guard server failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
