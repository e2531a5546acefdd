// What the team config (.dfsguard.json, server/src/repo-config.ts) and the baseline (server/src/baseline.ts)
// mean for the language server: which rules run on a file, whether it is excluded, severity overrides,
// mandatory rules, and which findings are baselined. Configs are cached per folder and reloaded when a config
// or baseline file changes. In Restricted Mode (untrusted workspace) neither is applied: a repository you do
// not trust cannot switch rules off or baseline its findings away.
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { existsSync, readFileSync, statSync } from 'node:fs';
import {
  createBaseline,
  fingerprintAll,
  matchBaseline,
  readBaseline,
  writeBaseline,
  BASELINE_FILE,
  type Baseline,
  type BaselineEntry,
  type FindingWithText,
} from '../baseline';
import type { AnyRule } from '../engine/rule';
import type { AnalysisResult, Finding } from '../engine/types';
import { applyRepoConfig, defaultRepoConfig, isExcluded, loadRepoConfig, severityOverride, type LoadedRepoConfig, type RepoConfig } from '../repo-config';

export interface FileOutcome {
  /** Findings to show (config applied, baselined ones removed). */
  findings: Finding[];
  /** Findings hidden by in-source suppressions. */
  suppressed: number;
  /** Findings matched by the baseline (hidden, or shown dimmed). */
  baselined: Finding[];
  /** Baseline entries for this file that matched nothing (fixed or changed code). */
  stale: BaselineEntry[];
}

export class RepoState {
  trusted = true;
  /** Called when a config is read (to show its errors on the file). */
  onLoaded?: (loaded: LoadedRepoConfig) => void;
  /** Workspace folders: without a config file, a folder's baseline lives at its root. */
  folders: string[] = [];
  readonly knownRuleIds: Set<string>;
  private readonly byDir = new Map<string, LoadedRepoConfig>();
  private readonly rules = new WeakMap<RepoConfig, AnyRule[]>();
  private readonly baselines = new Map<string, { baseline?: Baseline; error?: string }>();

  constructor(private readonly allRules: readonly AnyRule[]) {
    this.knownRuleIds = new Set(allRules.map((r) => r.id));
  }

  invalidate(): void {
    this.byDir.clear();
    this.roots.clear();
    this.baselines.clear();
  }

  /** The config that applies to a file or folder (the defaults when there is none, or in Restricted Mode). */
  forPath(path: string): LoadedRepoConfig {
    if (!this.trusted) return { config: defaultRepoConfig(), errors: [] };
    let dir = path;
    try {
      if (!statSync(path).isDirectory()) dir = dirname(path);
    } catch {
      dir = dirname(path);
    }
    let loaded = this.byDir.get(dir);
    if (!loaded) {
      loaded = loadRepoConfig(dir, { knownRuleIds: this.knownRuleIds });
      this.byDir.set(dir, loaded);
      this.onLoaded?.(loaded);
    }
    return loaded;
  }

  rulesFor(loaded: LoadedRepoConfig): AnyRule[] {
    let rules = this.rules.get(loaded.config);
    if (!rules) {
      rules = applyRepoConfig(this.allRules, loaded.config);
      this.rules.set(loaded.config, rules);
    }
    return rules;
  }

  excluded(path: string, loaded: LoadedRepoConfig): boolean {
    if (!loaded.dir) return false;
    const rel = relative(loaded.dir, path);
    if (rel.startsWith('..') || isAbsolute(rel)) return false;
    return isExcluded(rel.split(sep).join('/'), loaded.config);
  }

  /**
   * Where the baseline lives: the config's `baseline` entry (relative to the config file), else
   * dfs-guard-baseline.json in the repository root, as the CLI's --update-baseline writes it.
   */
  baselinePath(loaded: LoadedRepoConfig, path: string): string | undefined {
    if (loaded.config.baseline && loaded.dir) return join(loaded.dir, loaded.config.baseline);
    const root = this.baselineRoot(loaded, path);
    return root ? join(root, BASELINE_FILE) : undefined;
  }

  /**
   * Paths in a baseline are relative to the repository root (the folder holding .git), like the CLI's; without
   * a repository, to the config file's folder or the workspace folder.
   */
  baselineRoot(loaded: LoadedRepoConfig, path: string): string | undefined {
    return this.repoRoot(path) ?? loaded.dir ?? this.workspaceFolderOf(path);
  }

  private readonly roots = new Map<string, string | undefined>();

  private repoRoot(path: string): string | undefined {
    let dir = path;
    try {
      if (!statSync(dir).isDirectory()) dir = dirname(dir);
    } catch {
      dir = dirname(dir);
    }
    if (this.roots.has(dir)) return this.roots.get(dir);
    let found: string | undefined;
    for (let d = dir; ; ) {
      if (existsSync(join(d, '.git'))) {
        found = d;
        break;
      }
      const up = dirname(d);
      if (up === d) break;
      d = up;
    }
    this.roots.set(dir, found);
    return found;
  }

  private workspaceFolderOf(path: string): string | undefined {
    return this.folders
      .filter((f) => {
        const rel = relative(f, path);
        return !rel.startsWith('..') && !isAbsolute(rel);
      })
      .sort((a, b) => b.length - a.length)[0];
  }

  private baselineFor(loaded: LoadedRepoConfig, path: string, skip = false): Baseline | undefined {
    const file = this.baselinePath(loaded, path);
    if (!this.trusted || skip || !file) return undefined;
    let entry = this.baselines.get(file);
    if (!entry) {
      const r = readBaseline(file);
      entry = { baseline: r.baseline, error: r.error };
      this.baselines.set(file, entry);
    }
    return entry.baseline;
  }

  /** Problems reading the configured baseline, shown on the config file. */
  baselineErrors(loaded: LoadedRepoConfig): string[] {
    if (!loaded.dir) return [];
    this.baselineFor(loaded, loaded.dir);
    const file = this.baselinePath(loaded, loaded.dir);
    const e = file ? this.baselines.get(file)?.error : undefined;
    return e ? [e] : [];
  }

  /** Applies the config (rule switches, severity overrides, mandatory rules) and the baseline to a result. */
  outcome(path: string, text: string | undefined, result: AnalysisResult, loaded: LoadedRepoConfig, opts: { skipBaseline?: boolean } = {}): FileOutcome {
    const enabled = new Set(this.rulesFor(loaded).map((r) => r.id));
    enabled.add('dfs-guard-suppression');
    const mandatory = new Set(loaded.config.nonSuppressible);
    const adjust = (f: Finding): Finding => {
      const severity = severityOverride(f.ruleId, loaded.config);
      return severity && severity !== f.severity ? { ...f, severity } : f;
    };
    const kept = result.findings.filter((f) => enabled.has(f.ruleId));
    let suppressed = 0;
    for (const s of result.suppressed ?? []) {
      if (!enabled.has(s.finding.ruleId)) continue;
      // Worker results do not know the team's mandatory rules: a suppression of one does not count.
      if (mandatory.has(s.finding.ruleId)) kept.push(s.finding);
      else suppressed++;
    }
    const findings = kept.map(adjust);
    const baseline = this.baselineFor(loaded, path, opts.skipBaseline);
    const root = this.baselineRoot(loaded, path);
    if (!baseline || !root || baseline.entries.length === 0) return { findings, suppressed, baselined: [], stale: [] };
    const relPath = relative(root, path).split(sep).join('/');
    const mine: Baseline = { ...baseline, entries: baseline.entries.filter((e) => e.path === relPath) };
    if (mine.entries.length === 0) return { findings, suppressed, baselined: [], stale: [] };
    if (findings.length === 0) return { findings, suppressed, baselined: [], stale: mine.entries };
    const fileText = text ?? readText(path);
    if (fileText === undefined) return { findings, suppressed, baselined: [], stale: [] };
    const prints = fingerprintAll(findings.map((finding) => ({ finding, text: fileText, relPath })));
    const m = matchBaseline(mine, findings.map((finding, i) => ({ finding, fingerprint: prints[i] })));
    return { findings: m.fresh.map((x) => x.finding), suppressed, baselined: m.baselined.map((x) => x.finding), stale: m.stale };
  }

  /**
   * Writes the baseline of a folder from a complete scan's results: every current finding (config applied,
   * suppressed ones excluded). Returns the number of entries and of previous entries that went stale.
   */
  writeBaseline(opts: { folder: string; loaded: LoadedRepoConfig; results: Map<string, AnalysisResult>; target: string }): { entries: number; stale: number; error?: string } {
    const items: FindingWithText[] = [];
    const scannedPaths = new Set<string>();
    for (const [path, result] of opts.results) {
      const root = this.baselineRoot(this.forPath(path), path) ?? opts.folder;
      const relPath = relative(root, path).split(sep).join('/');
      scannedPaths.add(relPath);
      const { findings } = this.outcome(path, undefined, result, this.forPath(path), { skipBaseline: true });
      if (findings.length === 0) continue;
      const text = readText(path);
      if (text === undefined) continue;
      for (const finding of findings) items.push({ finding, text, relPath });
    }
    const fresh = createBaseline(items);
    const previous = readBaseline(opts.target).baseline;
    // Entries of files this scan did not cover (another folder of the repository) are kept, as the CLI does.
    const others = previous ? previous.entries.filter((e) => !scannedPaths.has(e.path)) : [];
    const next = { ...fresh, entries: [...others, ...fresh.entries] };
    const kept = new Set(next.entries.map((e) => e.fingerprint));
    const stale = previous ? previous.entries.filter((e) => !kept.has(e.fingerprint)).length : 0;
    const w = writeBaseline(opts.target, next);
    this.baselines.delete(opts.target);
    return { entries: next.entries.length, stale, error: w.error };
  }
}

function readText(path: string): string | undefined {
  try {
    const t = readFileSync(path, 'utf8');
    return t.charCodeAt(0) === 0xfeff ? ' ' + t.slice(1) : t;
  } catch {
    return undefined;
  }
}
