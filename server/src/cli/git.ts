// --changed-since <ref>: the lines changed in the working tree since a git ref (committed, staged, unstaged and
// untracked), from `git diff --unified=0` in a child process.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export class GitError extends Error {}

export interface ChangedLines {
  /** Absolute path → changed line numbers (1-based), or 'all' for new untracked files. */
  files: Map<string, Set<number> | 'all'>;
  root: string;
}

function git(args: string[], cwd: string): string {
  const r = spawnSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw new GitError(`cannot run git: ${r.error.message}`);
  if (r.status !== 0) throw new GitError(r.stderr.trim().split('\n')[0] || `git ${args[0]} failed`);
  return r.stdout;
}

/** The repository root of `dir`, or undefined when `dir` is not inside a git work tree (or git is missing). */
export function gitRoot(dir: string): string | undefined {
  const r = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

const unquote = (p: string) => (p.startsWith('"') ? (JSON.parse(p) as string) : p);

export function changedLines(dir: string, ref: string): ChangedLines {
  const root = gitRoot(dir);
  if (!root) throw new GitError(`--changed-since needs a git repository, and ${dir} is not inside one`);
  if (ref.startsWith('-')) throw new GitError(`invalid git ref "${ref}"`);
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root);
  } catch {
    throw new GitError(`unknown git ref "${ref}" (fetch it first in a shallow CI checkout: git fetch --depth=1 origin <branch>)`);
  }
  const files: ChangedLines['files'] = new Map();
  const diff = git(['diff', '--unified=0', '--no-color', '--no-ext-diff', '--diff-filter=ACMRT', ref, '--'], root);
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const p = line.slice(4);
      current = undefined;
      if (p === '/dev/null') continue;
      const path = join(root, unquote(p).replace(/^b\//, ''));
      current = new Set();
      files.set(path, current);
    } else if (line.startsWith('@@') && current) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      const start = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      for (let i = 0; i < count; i++) current.add(start + i);
    }
  }
  for (const p of git(['ls-files', '--others', '--exclude-standard', '-z'], root).split('\0')) {
    if (p) files.set(join(root, p), 'all');
  }
  return { files, root };
}

/** Whether a finding spanning lines [startLine, endLine] (0-based) touches a changed line. */
export function touchesChange(changed: ChangedLines, absPath: string, startLine: number, endLine: number): boolean {
  const lines = changed.files.get(absPath);
  if (!lines) return false;
  if (lines === 'all') return true;
  for (let l = startLine; l <= Math.max(startLine, endLine); l++) if (lines.has(l + 1)) return true;
  return false;
}
