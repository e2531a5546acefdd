// Bundles the client, the server, the CLI and its worker into dist/ (CommonJS, Node 20).
// web-tree-sitter is aliased to its CJS build: its ESM build uses import.meta.url, which breaks inside a
// CJS bundle (Parser.init fails). The .wasm files are copied next to the bundles by copy-grammars.mjs.
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  alias: { 'web-tree-sitter': require.resolve('web-tree-sitter') },
};

const entries = [
  { in: 'client/src/extension.ts', out: 'client', external: ['vscode'] },
  { in: 'server/src/main.ts', out: 'server' },
  { in: 'server/src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'server/src/cli/worker.ts', out: 'worker' },
].filter((e) => existsSync(join(root, e.in)));

/** Prints errors in a problem-matcher friendly form in watch mode. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
    });
  },
};

// The rule pages ship inside the VSIX and the CLI, so documentation opens offline.
function copyDocs() {
  const out = join(root, 'dist', 'docs', 'rules');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const d of readdirSync(join(root, 'rules'), { withFileTypes: true })) {
    const readme = join(root, 'rules', d.name, 'README.md');
    if (d.isDirectory() && existsSync(readme)) cpSync(readme, join(out, `${d.name}.md`));
  }
}

const contexts = await Promise.all(
  entries.map((e) =>
    esbuild.context({
      ...common,
      entryPoints: [join(root, e.in)],
      outfile: join(root, 'dist', `${e.out}.js`),
      external: e.external ?? [],
      banner: e.banner ? { js: e.banner } : undefined,
      plugins: [problemMatcher],
    }),
  ),
);
copyDocs();
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  if (existsSync(join(root, 'dist', 'cli.js'))) chmodSync(join(root, 'dist', 'cli.js'), 0o755);
}
