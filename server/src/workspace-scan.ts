// Workspace scan for the language server: lists files with the CLI's walker (build outputs, VCS folders and
// .gitignore skipped) minus VS Code's files.exclude and the team config's include/exclude, then analyses them
// in ONE disposable worker thread running the CLI's worker (dist/worker.js → cli/analyze-file.ts). The worker
// is terminated when the scan ends or is cancelled: WASM memory never shrinks (performance-notes.md §5), so
// the long-lived server must not grow by the size of the largest file in the workspace.
import { relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import picomatch from 'picomatch';
import { walk } from './cli/walk';
import type { WorkerBatch, WorkerInit } from './cli/worker';
import type { ProjectModel } from './engine/project';
import type { AnalysisResult } from './engine/types';

export interface ScanToken {
  isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

/** Lists the files of the folders, honouring .gitignore, `exclude` globs (folder-relative) and `skip`. */
export function listWorkspaceFiles(folders: string[], opts: { exclude?: string[]; skip?: (path: string) => boolean }): { files: string[]; errors: { path: string; message: string }[] } {
  const files: string[] = [];
  const errors: { path: string; message: string }[] = [];
  const excluded = opts.exclude?.length ? picomatch(opts.exclude, { dot: true }) : undefined;
  for (const folder of folders) {
    const listed = walk([folder], { respectGitignore: true });
    errors.push(...listed.errors);
    for (const f of listed.files) {
      const rel = relative(folder, f).split(sep).join('/');
      if (excluded && (excluded(rel) || parentMatches(rel, excluded))) continue;
      if (opts.skip?.(f)) continue;
      files.push(f);
    }
  }
  return { files: [...new Set(files)], errors };
}

/** files.exclude patterns such as `**\/generated` name folders: a match on a parent excludes the file. */
function parentMatches(rel: string, test: picomatch.Matcher): boolean {
  const parts = rel.split('/');
  for (let i = 1; i < parts.length; i++) if (test(parts.slice(0, i).join('/'))) return true;
  return false;
}

const BATCH = 16;

export interface ScanRun {
  results: Map<string, AnalysisResult>;
  cancelled: boolean;
}

/**
 * Analyses `files` in a fresh worker thread. Resolves (never rejects) with the results so far when the token is
 * cancelled or the worker fails; `onError` hears about the failure.
 */
export function scanInWorker(opts: {
  files: string[];
  workerScript: string;
  ruleIds: string[];
  maxFileBytes: number;
  includeNonReleaseSources: boolean;
  nonSuppressible?: string[];
  modelFor: (path: string) => ProjectModel | undefined;
  token?: ScanToken;
  onProgress?: (done: number, total: number) => void;
  onError?: (message: string) => void;
}): Promise<ScanRun> {
  const results = new Map<string, AnalysisResult>();
  if (opts.files.length === 0) return Promise.resolve({ results, cancelled: false });
  const models = new Map<string, ProjectModel>();
  const assigned = opts.files.map((path) => {
    const model = opts.modelFor(path);
    const key = model?.moduleRoot;
    if (model && key) models.set(key, model);
    return { path, model: key };
  });
  const init: WorkerInit = { ruleIds: opts.ruleIds, maxFileBytes: opts.maxFileBytes, includeNonReleaseSources: opts.includeNonReleaseSources, nonSuppressible: opts.nonSuppressible, models };
  return new Promise<ScanRun>((resolve) => {
    let settled = false;
    let next = 0;
    let worker: Worker;
    const finish = (cancelled: boolean) => {
      if (settled) return;
      settled = true;
      sub?.dispose();
      void worker.terminate().catch(() => undefined);
      resolve({ results, cancelled });
    };
    try {
      worker = new Worker(opts.workerScript, { workerData: init });
    } catch (err) {
      opts.onError?.(`cannot start the scan worker: ${(err as Error).message}`);
      resolve({ results, cancelled: true });
      return;
    }
    const sub = opts.token?.onCancellationRequested(() => finish(true));
    const feed = () => {
      if (opts.token?.isCancellationRequested) return finish(true);
      if (next >= assigned.length) return finish(false);
      const batch: WorkerBatch = { files: assigned.slice(next, next + BATCH) };
      next += BATCH;
      worker.postMessage(batch);
    };
    worker.on('message', (msg: { ready?: boolean; results?: { path: string; result: AnalysisResult }[] }) => {
      if (settled) return;
      for (const r of msg.results ?? []) results.set(r.path, r.result);
      if (msg.results) opts.onProgress?.(results.size, assigned.length);
      feed();
    });
    worker.on('error', (err) => {
      opts.onError?.(`the scan worker failed: ${err.message}`);
      finish(true);
    });
    worker.on('exit', (code) => {
      if (!settled) {
        opts.onError?.(`the scan worker exited early (code ${code})`);
        finish(true);
      }
    });
  });
}
