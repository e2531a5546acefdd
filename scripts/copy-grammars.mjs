// Copies the grammar and runtime .wasm files out of pinned npm packages into grammars/ and dist/,
// checks them against grammars/grammars.lock.json, and loads each grammar once as a smoke test.
// `node scripts/copy-grammars.mjs --update-lock` rewrites the lock after a deliberate upgrade.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const lockPath = join(root, 'grammars', 'grammars.lock.json');
const sources = {
  java: { package: 'tree-sitter-java', file: 'tree-sitter-java.wasm' },
  kotlin: { package: '@tree-sitter-grammars/tree-sitter-kotlin', file: 'tree-sitter-kotlin.wasm' },
  runtime: { package: 'web-tree-sitter', file: 'web-tree-sitter.wasm' },
};
const updateLock = process.argv.includes('--update-lock');
const lock = existsSync(lockPath) ? JSON.parse(readFileSync(lockPath, 'utf8')) : {};
const newLock = {};
mkdirSync(join(root, 'grammars'), { recursive: true });
mkdirSync(join(root, 'dist'), { recursive: true });

for (const [name, src] of Object.entries(sources)) {
  const pkgDir = join(root, 'node_modules', src.package);
  const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  const bytes = readFileSync(join(pkgDir, src.file));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  newLock[name] = { package: src.package, version, file: src.file, sha256 };
  const pinned = lock[name];
  if (!updateLock && pinned && (pinned.sha256 !== sha256 || pinned.version !== version)) {
    console.error(`copy-grammars: ${src.package}@${version} does not match grammars.lock.json ` +
      `(${pinned.version}, ${pinned.sha256.slice(0, 12)}…). Run with --update-lock after reviewing the upgrade.`);
    process.exit(1);
  }
  if (name !== 'runtime') copyFileSync(join(pkgDir, src.file), join(root, 'grammars', src.file));
  copyFileSync(join(pkgDir, src.file), join(root, 'dist', src.file));
}
if (updateLock || !existsSync(lockPath)) writeFileSync(lockPath, JSON.stringify(newLock, null, 2) + '\n');

// Smoke test: every grammar loads and parses a line.
const { Parser, Language } = require('web-tree-sitter');
await Parser.init({ locateFile: (f) => join(root, 'dist', f) });
for (const name of ['java', 'kotlin']) {
  const parser = new Parser();
  parser.setLanguage(await Language.load(join(root, 'grammars', sources[name].file)));
  const tree = parser.parse(name === 'java' ? 'class A {}' : 'class A');
  if (!tree || tree.rootNode.hasError) throw new Error(`copy-grammars: ${name} grammar failed its smoke parse`);
  tree.delete();
  parser.delete();
}
