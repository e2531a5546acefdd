// Reads and analyses one file from disk. Shared by the CLI's main thread and its workers.
// Bad input never throws: it becomes a per-file problem and the scan goes on.
import { readFileSync, statSync } from 'node:fs';
import { analyze } from '../engine/engine';
import type { ProjectModel } from '../engine/project';
import type { AnyRule } from '../engine/rule';
import type { AnalysisResult } from '../engine/types';

export interface FileAnalysisOptions {
  rules: readonly AnyRule[];
  maxFileBytes: number;
  includeNonReleaseSources?: boolean;
  /** Every rule id that exists, so suppressions of rules not selected for this run are not "unknown". */
  knownRuleIds?: Set<string>;
  /** Rules whose findings cannot be suppressed in source (repo config `nonSuppressible`). */
  nonSuppressible?: Set<string>;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

export function analyzeFile(path: string, project: ProjectModel | undefined, opts: FileAnalysisOptions): AnalysisResult {
  const empty: AnalysisResult = { findings: [], problems: [], parseErrors: 0 };
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > opts.maxFileBytes) {
      empty.problems.push({ path, kind: 'too-large', message: `skipped: ${(size / 1024 / 1024).toFixed(1)} MB is over the ${Math.round(opts.maxFileBytes / 1024)} KB limit (--max-file-size)` });
      return empty;
    }
    bytes = readFileSync(path);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'EACCES' ? 'permission denied' : e.code === 'ENOENT' ? 'file disappeared' : e.code === 'EISDIR' ? 'is a directory' : e.message;
    empty.problems.push({ path, kind: 'io', message: `cannot read: ${why}` });
    return empty;
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    empty.problems.push({ path, kind: 'binary', message: 'skipped: binary content (NUL bytes)' });
    return empty;
  }
  let text: string;
  const problems: AnalysisResult['problems'] = [];
  try {
    text = utf8.decode(bytes);
  } catch {
    text = lenient.decode(bytes);
    problems.push({ path, kind: 'io', message: 'not valid UTF-8: analysed with replacement characters; columns may be off' });
  }
  if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1); // keep columns: a BOM is one code unit
  try {
    const result = analyze({ path, text, rules: opts.rules, project, includeNonReleaseSources: opts.includeNonReleaseSources, knownRuleIds: opts.knownRuleIds, nonSuppressible: opts.nonSuppressible });
    result.problems.unshift(...problems);
    return result;
  } catch (err) {
    problems.push({ path, kind: 'parse', message: `analysis failed: ${(err as Error).message}` });
    return { ...empty, problems };
  }
}
