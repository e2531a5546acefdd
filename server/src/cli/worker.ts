// A CLI worker thread: loads its own grammars and rules, analyses batches of paths and posts results.
// Workers live only as long as the scan (WASM memory never shrinks).
import { parentPort, workerData } from 'node:worker_threads';
import { allRules } from '../../../rules';
import { prepareLanguages } from '../engine/engine';
import type { ProjectModel } from '../engine/project';
import { setWasmDir } from '../parsing/grammars';
import { analyzeFile } from './analyze-file';

export interface WorkerInit {
  ruleIds: string[];
  maxFileBytes: number;
  includeNonReleaseSources: boolean;
  nonSuppressible?: string[];
  models: Map<string, ProjectModel>;
}

export interface WorkerBatch {
  files: { path: string; model?: string }[];
}

async function main(): Promise<void> {
  setWasmDir(__dirname);
  const init = workerData as WorkerInit;
  const wanted = new Set(init.ruleIds);
  const rules = allRules.filter((r) => wanted.has(r.id));
  const knownRuleIds = new Set(allRules.map((r) => r.id));
  const nonSuppressible = new Set(init.nonSuppressible ?? []);
  await prepareLanguages();
  parentPort!.on('message', (batch: WorkerBatch) => {
    const results = batch.files.map(({ path, model }) => ({
      path,
      result: analyzeFile(path, model ? init.models.get(model) : undefined, {
        rules,
        maxFileBytes: init.maxFileBytes,
        includeNonReleaseSources: init.includeNonReleaseSources,
        knownRuleIds,
        nonSuppressible,
      }),
    }));
    parentPort!.postMessage({ results });
  });
  parentPort!.postMessage({ ready: true });
}

void main();
