// Baseline of accepted findings, `dfs-guard-baseline.json`, so a team can adopt DFS Guard on an existing app and
// fail CI only on new findings. Each entry is { ruleId, path, fingerprint, message }; the fingerprint hashes the
// rule id, the repo-relative path and the finding's code with white space collapsed, plus an occurrence index for
// identical snippets in the same file. It contains NO line numbers, so entries survive lines moving above them.
// The same fingerprint is the SARIF `partialFingerprints` key. Reading and writing never throw.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Finding } from './engine/types';

export const BASELINE_FILE = 'dfs-guard-baseline.json';
export const FINGERPRINT_KEY = 'dfsGuard/v1';
/** At most this many lines of a finding's code are hashed, so a long block does not churn on unrelated edits. */
const MAX_SNIPPET_LINES = 5;

export interface BaselineEntry {
  ruleId: string;
  /** Repo-relative, forward slashes. */
  path: string;
  fingerprint: string;
  /** For people reading the file; not used for matching. */
  message: string;
}

export interface Baseline {
  tool: 'dfs-guard';
  version: 1;
  entries: BaselineEntry[];
}

/** A finding with what the fingerprint needs: the file's text and its repo-relative path. */
export interface FindingWithText {
  finding: Finding;
  text: string;
  relPath: string;
}

/** The code of a finding's line(s), white space collapsed. */
export function findingSnippet(finding: Finding, fileText: string): string {
  const lines = fileText.split('\n');
  const { start, end } = finding.range;
  let last = end.line > start.line && end.character === 0 ? end.line - 1 : end.line;
  last = Math.min(last, start.line + MAX_SNIPPET_LINES - 1, lines.length - 1);
  return lines
    .slice(start.line, last + 1)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** sha256 (hex) of rule id, path, normalised snippet and occurrence index. No line numbers. */
export function fingerprint(finding: Finding, fileText: string, relPath: string, occurrence = 0): string {
  const h = createHash('sha256');
  h.update(`${finding.ruleId}\0${relPath}\0${findingSnippet(finding, fileText)}\0${occurrence}`);
  return h.digest('hex');
}

/**
 * Fingerprints for many findings, numbering identical (rule, path, snippet) occurrences in source order so
 * two identical lines in one file get distinct fingerprints. Returns them in the input order.
 */
export function fingerprintAll(items: readonly FindingWithText[]): string[] {
  const order = items.map((_, i) => i).sort((a, b) => {
    const x = items[a].finding.range.start;
    const y = items[b].finding.range.start;
    return x.line - y.line || x.character - y.character;
  });
  const seen = new Map<string, number>();
  const out = new Array<string>(items.length);
  for (const i of order) {
    const { finding, text, relPath } = items[i];
    const key = `${finding.ruleId}\0${relPath}\0${findingSnippet(finding, text)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    out[i] = fingerprint(finding, text, relPath, n);
  }
  return out;
}

/** A baseline holding every given finding, sorted for stable diffs. */
export function createBaseline(items: readonly FindingWithText[], fingerprints = fingerprintAll(items)): Baseline {
  const entries = items.map(({ finding, relPath }, i) => ({ ruleId: finding.ruleId, path: relPath, fingerprint: fingerprints[i], message: finding.message }));
  return { tool: 'dfs-guard', version: 1, entries: sortEntries(entries) };
}

function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return entries.sort((a, b) => cmp(a.path, b.path) || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint));
}

export interface BaselineMatch<T> {
  /** Not in the baseline: new findings. */
  fresh: T[];
  /** Accepted in the baseline. */
  baselined: T[];
  /** Baseline entries no finding matched (fixed, or the code changed). */
  stale: BaselineEntry[];
}

/** Splits fingerprinted findings into fresh and baselined, and lists the stale entries. */
export function matchBaseline<T extends { fingerprint: string }>(baseline: Baseline, findings: readonly T[]): BaselineMatch<T> {
  const remaining = new Map<string, BaselineEntry>();
  for (const e of baseline.entries) remaining.set(e.fingerprint, e);
  const fresh: T[] = [];
  const baselined: T[] = [];
  for (const f of findings) {
    if (remaining.delete(f.fingerprint)) baselined.push(f);
    else fresh.push(f);
  }
  return { fresh, baselined, stale: [...remaining.values()] };
}

/** Reads a baseline file. A missing file is `missing: true` (not an error); a malformed one an error. */
export function readBaseline(path: string): { baseline?: Baseline; missing?: boolean; error?: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') return { missing: true };
    return { error: `cannot read baseline ${path}: ${e.code === 'EACCES' ? 'permission denied' : e.message}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { error: `baseline ${path} is not valid JSON: ${(err as Error).message}` };
  }
  const d = data as Partial<Baseline>;
  if (!d || typeof d !== 'object' || d.tool !== 'dfs-guard' || d.version !== 1 || !Array.isArray(d.entries)) {
    return { error: `baseline ${path} is not a dfs-guard baseline (expected { "tool": "dfs-guard", "version": 1, "entries": [...] })` };
  }
  for (const [i, e] of d.entries.entries()) {
    const x = e as Partial<BaselineEntry>;
    if (!x || typeof x.ruleId !== 'string' || typeof x.path !== 'string' || typeof x.fingerprint !== 'string' || !/^[0-9a-f]{64}$/.test(x.fingerprint)) {
      return { error: `baseline ${path}: entry ${i} needs ruleId, path and a sha-256 fingerprint` };
    }
  }
  return { baseline: { tool: 'dfs-guard', version: 1, entries: d.entries.map((e) => ({ ruleId: e.ruleId, path: e.path, fingerprint: e.fingerprint, message: String(e.message ?? '') })) } };
}

/** Writes a baseline file (creating folders). Returns an error message instead of throwing. */
export function writeBaseline(path: string, baseline: Baseline): { error?: string } {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const body = { tool: 'dfs-guard', version: 1, entries: sortEntries([...baseline.entries]) };
    writeFileSync(path, `${JSON.stringify(body, null, 2)}\n`);
    return {};
  } catch (err) {
    return { error: `cannot write baseline ${path}: ${(err as Error).message}` };
  }
}
