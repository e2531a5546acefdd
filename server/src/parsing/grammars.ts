// Loads web-tree-sitter and the Java/Kotlin grammars once per process, lazily per language.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Language, Parser } from 'web-tree-sitter';

export type CodeLanguage = 'java' | 'kotlin';

const WASM_FILES: Record<CodeLanguage, string> = {
  java: 'tree-sitter-java.wasm',
  kotlin: 'tree-sitter-kotlin.wasm',
};

let initPromise: Promise<void> | undefined;
const languages = new Map<CodeLanguage, Promise<Language>>();
let wasmDir: string | undefined;

/**
 * Where the .wasm files are: next to the bundle (dist/) when bundled, else the repo's dist/.
 * NOTE: set explicitly by the entry points; the fallback serves tests that run from sources.
 */
export function setWasmDir(dir: string): void {
  wasmDir = dir;
}

function findWasmDir(): string {
  if (wasmDir) return wasmDir;
  const candidates = [__dirname, join(__dirname, '..', '..', '..', 'dist'), join(process.cwd(), 'dist')];
  const found = candidates.find((d) => existsSync(join(d, 'web-tree-sitter.wasm')));
  if (!found) throw new Error(`DFS Guard: web-tree-sitter.wasm not found (looked in ${candidates.join(', ')}); run npm run build`);
  wasmDir = found;
  return found;
}

export function initParser(): Promise<void> {
  initPromise ??= Parser.init({ locateFile: (file: string) => join(findWasmDir(), file) });
  return initPromise;
}

export async function loadLanguage(lang: CodeLanguage): Promise<Language> {
  await initParser();
  let p = languages.get(lang);
  if (!p) {
    p = Language.load(join(findWasmDir(), WASM_FILES[lang]));
    languages.set(lang, p);
  }
  return p;
}

const parsers = new Map<CodeLanguage, Parser>();

/** One parser per language per process; parsing is synchronous so sharing is safe. */
export async function getParser(lang: CodeLanguage): Promise<Parser> {
  let parser = parsers.get(lang);
  if (!parser) {
    const language = await loadLanguage(lang);
    parser = new Parser();
    parser.setLanguage(language);
    parsers.set(lang, parser);
  }
  return parser;
}

/** Parsers already loaded, for synchronous code paths (the engine after warm-up). */
export function loadedParser(lang: CodeLanguage): Parser | undefined {
  return parsers.get(lang);
}
