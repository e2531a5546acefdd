// Lists the files a scan looks at: analysable files under the given paths, skipping build outputs and
// VCS folders and honouring .gitignore files at every level (with the `ignore` package's git semantics).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { isAnalysable } from '../engine/files';

/** Never worth scanning: build outputs, caches, VCS data, dependencies. */
export const SKIPPED_DIRS = new Set(['build', '.gradle', '.git', '.idea', 'node_modules', '.cxx', '.externalNativeBuild', 'intermediates', '.hg', '.svn']);

export interface WalkResult {
  files: string[];
  /** Paths that could not be read (permissions, broken links). */
  errors: { path: string; message: string }[];
}

interface Scope {
  dir: string;
  ig: Ignore;
}

export function walk(paths: string[], opts: { respectGitignore?: boolean } = {}): WalkResult {
  const respect = opts.respectGitignore !== false;
  const files = new Set<string>();
  const errors: WalkResult['errors'] = [];

  const ignoredBy = (scopes: Scope[], abs: string, isDir: boolean) =>
    scopes.some(({ dir, ig }) => {
      const rel = relative(dir, abs).split(sep).join('/');
      return rel !== '' && !rel.startsWith('..') && ig.ignores(isDir ? `${rel}/` : rel);
    });

  const visit = (dir: string, scopes: Scope[]) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      errors.push({ path: dir, message: (err as Error).message });
      return;
    }
    let here = scopes;
    if (respect && entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      try {
        here = [...scopes, { dir, ig: ignore().add(readFileSync(join(dir, '.gitignore'), 'utf8')) }];
      } catch (err) {
        errors.push({ path: join(dir, '.gitignore'), message: (err as Error).message });
      }
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const abs = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        // Follow links to files only: directory links can loop.
        try {
          const st = statSync(abs);
          isFile = st.isFile();
          isDir = false;
        } catch {
          continue;
        }
      }
      if (isDir) {
        if (SKIPPED_DIRS.has(e.name) || ignoredBy(here, abs, true)) continue;
        visit(abs, here);
      } else if (isFile && isAnalysable(e.name) && !ignoredBy(here, abs, false)) {
        files.add(abs);
      }
    }
  };

  for (const p of paths) {
    const abs = resolve(p);
    let st;
    try {
      st = statSync(abs);
    } catch (err) {
      errors.push({ path: p, message: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (err as Error).message });
      continue;
    }
    if (st.isDirectory()) visit(abs, []);
    else if (st.isFile()) files.add(abs); // an explicitly named file is always scanned
  }
  return { files: [...files].sort(), errors };
}
