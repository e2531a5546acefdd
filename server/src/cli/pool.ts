// Runs analyzeFile over many paths: in-process for small scans, in a worker_threads pool for large ones
// (pool size = cores; batches of 16 with dynamic balancing: performance-notes.md §7).
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { prepareLanguages } from '../engine/engine';
import type { ProjectModel } from '../engine/project';
import type { AnyRule } from '../engine/rule';
import type { AnalysisResult } from '../engine/types';
import { analyzeFile } from './analyze-file';
import type { WorkerBatch, WorkerInit } from './worker';

export interface PoolOptions {
  rules: readonly AnyRule[];
  maxFileBytes: number;
  includeNonReleaseSources: boolean;
  knownRuleIds?: Set<string>;
  nonSuppressible?: Set<string>;
  /** Number of worker threads; 1 analyses on the main thread. */
  jobs: number;
  modelFor: (path: string) => { key: string; model: ProjectModel } | undefined;
  onProgress?: (done: number, total: number) => void;
}

const BATCH = 16;
/** Below this many files, starting workers (JIT, WASM tier-up per isolate) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 150;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export async function analyzeFiles(paths: string[], opts: PoolOptions): Promise<Map<string, AnalysisResult>> {
  const results = new Map<string, AnalysisResult>();
  const models = new Map<string, ProjectModel>();
  const assigned = paths.map((path) => {
    const m = opts.modelFor(path);
    if (m) models.set(m.key, m.model);
    return { path, model: m?.key };
  });
  const jobs = Math.min(opts.jobs, Math.ceil(paths.length / BATCH));
  if (jobs <= 1 || paths.length < MIN_FILES_FOR_WORKERS) {
    await prepareLanguages();
    assigned.forEach(({ path, model }, i) => {
      results.set(path, analyzeFile(path, model ? models.get(model) : undefined, opts));
      opts.onProgress?.(i + 1, paths.length);
    });
    return results;
  }
  const init: WorkerInit = {
    ruleIds: opts.rules.map((r) => r.id),
    maxFileBytes: opts.maxFileBytes,
    includeNonReleaseSources: opts.includeNonReleaseSources,
    nonSuppressible: [...(opts.nonSuppressible ?? [])],
    models,
  };
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: jobs }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(join(__dirname, 'worker.js'), { workerData: init });
        const feed = () => {
          if (next >= assigned.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          const batch: WorkerBatch = { files: assigned.slice(next, next + BATCH) };
          next += BATCH;
          worker.postMessage(batch);
        };
        worker.on('message', (msg: { ready?: boolean; results?: { path: string; result: AnalysisResult }[] }) => {
          for (const r of msg.results ?? []) {
            results.set(r.path, r.result);
            done++;
          }
          if (msg.results) opts.onProgress?.(done, paths.length);
          feed();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0 && code !== 1) reject(new Error(`worker exited with code ${code}`));
        });
      }),
    ),
  );
  return results;
}
