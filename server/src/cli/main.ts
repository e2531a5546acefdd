// dfs-guard: the command-line interface for CI and code reviewers. Same engine and rules as the editor.
// Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage, configuration or I/O error.
import { Command, CommanderError, Option } from 'commander';
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import pc from 'picocolors';
import { allRules } from '../../../rules';
import type { AnyRule } from '../engine/rule';
import { SEVERITIES, severityRank, type Severity } from '../engine/types';
import { setWasmDir } from '../parsing/grammars';
import { ProjectIndex } from '../project/index';
import { renderRulesJson, renderRulesText } from './format-rules';
import { formatScan, SCAN_FORMATS, type ScanFormat } from './format';
import { analyzeFiles, defaultJobs } from './pool';
import { BASELINE_FILE, createBaseline, fingerprintAll, matchBaseline, readBaseline, writeBaseline, type Baseline, type FindingWithText } from '../baseline';
import type { Finding } from '../engine/types';
import { formatRepoConfigError, isExcluded, loadRepoConfig, REPO_CONFIG_FILE, ruleEnabled, severityOverride, type RepoConfig } from '../repo-config';
import { changedLines, GitError, gitRoot, touchesChange, type ChangedLines } from './git';
import type { ScanReport } from './report';
import { walk } from './walk';

class UsageError extends Error {}

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  isTTY: boolean;
  /** Whether standard error is a terminal (progress bar); defaults to isTTY. */
  stderrIsTTY?: boolean;
}

function parseSeverity(value: string): Severity {
  if (!(SEVERITIES as readonly string[]).includes(value)) throw new UsageError(`unknown severity "${value}" (use ${SEVERITIES.join(', ')})`);
  return value as Severity;
}

function selectRules(include: string[] | undefined, exclude: string[] | undefined, config: RepoConfig): AnyRule[] {
  const known = new Set(allRules.map((r) => r.id));
  for (const id of [...(include ?? []), ...(exclude ?? [])]) {
    if (!known.has(id)) throw new UsageError(`unknown rule "${id}" (run "dfs-guard rules" for the list)`);
  }
  const excluded = new Set(exclude ?? []);
  // --rule selects exactly these rules (including ones off by default); otherwise the default set as the repo
  // config switches it. The real rule objects are kept (workers select rules by id); severities are applied after.
  const base = include?.length ? allRules.filter((r) => include.includes(r.id)) : allRules.filter((r) => ruleEnabled(r, config));
  return base.filter((r) => !excluded.has(r.id));
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const program = new Command();
  let exitCode = 0;
  program
    .name('dfs-guard')
    .description('Security checks for Android payment apps (Kotlin, Java, manifest, network security config, Gradle). 100% local.')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError();

  program
    .command('scan')
    .description('scan Android projects, folders or files')
    .argument('[paths...]', 'files or folders to scan', ['.'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(SCAN_FORMATS).default('text'))
    .option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity (critical, high, medium, low, info, or off)', 'high')
    .option('-j, --jobs <n>', 'worker threads (default: number of cores)')
    .option('--max-file-size <kb>', 'skip files larger than this many KB', '1024')
    .option('--include-tests', 'also scan test and debug-only source sets (src/test, src/androidTest, src/debug)')
    .option('--rule <ids...>', 'run only these rules (also enables rules that are off by default)')
    .option('--disable-rule <ids...>', 'do not run these rules')
    .option('--no-gitignore', 'do not honour .gitignore files')
    .option('-o, --output <file>', 'write the report to this file instead of standard output')
    .option('-c, --config <file>', `repo config file (default: the nearest ${REPO_CONFIG_FILE} up to the repository root)`)
    .option('--baseline <file>', `hide findings accepted in this baseline file and report stale entries (default: "baseline" in the config)`)
    .option('--update-baseline', `write every current finding to the baseline file (default ${BASELINE_FILE} in the repository root)`)
    .option('--changed-since <git-ref>', 'report only findings on lines changed since this git ref (pull requests, pre-commit)')
    .option('--include-suppressed', 'SARIF: also emit suppressed and baselined findings, with "suppressions"')
    .option('--sarif-category <id>', 'SARIF automationDetails category (default dfs-guard/android)')
    .option('--docs-url <url>', 'SARIF: base URL of the rule pages (helpUri = <url>/<rule-id>.md)')
    .action(async (paths: string[], o: Record<string, unknown>, cmd: Command) => {
      o.failOnFromUser = cmd.getOptionValueSource('failOn') !== 'default';
      exitCode = await scan(paths, o, io);
    });

  program
    .command('rules')
    .description('list every rule with its metadata')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((o: { format: string }) => {
      io.stdout(o.format === 'json' ? renderRulesJson(allRules) : renderRulesText(allRules));
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit 0; every other commander error is a usage error.
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof UsageError) {
      io.stderr(`dfs-guard: ${err.message}\n`);
      return 2;
    }
    io.stderr(`dfs-guard: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 2;
  }
}

async function scan(paths: string[], o: Record<string, unknown>, io: CliIO): Promise<number> {
  const started = Date.now();
  const known = new Set(allRules.map((r) => r.id));
  const format = o.format as ScanFormat;
  const rel = (p: string) => relative(io.cwd, p).split(sep).join('/') || p;

  // The repo config: --config, or the nearest .dfsguard.json above the first path. A bad one stops the scan.
  const loaded = loadRepoConfig(resolve(io.cwd, paths[0] ?? '.'), { file: o.config ? resolve(io.cwd, String(o.config)) : undefined, knownRuleIds: known });
  if (loaded.errors.length > 0) {
    for (const e of loaded.errors) io.stderr(`dfs-guard: ${formatRepoConfigError(loaded.path ? rel(loaded.path) : String(o.config), e)}\n`);
    return 2;
  }
  const config = loaded.config;

  const failOnRaw = o.failOnFromUser ? String(o.failOn) : (config.failOn ?? String(o.failOn));
  const failOn = failOnRaw === 'off' ? undefined : parseSeverity(failOnRaw);
  const jobs = o.jobs === undefined ? defaultJobs() : Number(o.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number ≥ 1, got "${String(o.jobs)}"`);
  const maxKb = Number(o.maxFileSize);
  if (!(maxKb > 0)) throw new UsageError(`--max-file-size must be a positive number of KB, got "${String(o.maxFileSize)}"`);
  const rules = selectRules(o.rule as string[] | undefined, o.disableRule as string[] | undefined, config);
  if (o.updateBaseline && o.changedSince) throw new UsageError('--update-baseline needs a full scan: it cannot be combined with --changed-since');
  if (o.sarifCategory !== undefined && !/^[\w.-]+(\/[\w.-]+)*\/?$/.test(String(o.sarifCategory))) throw new UsageError(`--sarif-category must look like "dfs-guard/android", got "${String(o.sarifCategory)}"`);

  const listed = walk(paths.map((p) => resolve(io.cwd, p)), { respectGitignore: o.gitignore !== false });
  const missing = listed.errors.filter((e) => paths.some((p) => resolve(io.cwd, p) === e.path));
  if (missing.length > 0) {
    for (const e of missing) io.stderr(`dfs-guard: ${rel(e.path)}: ${e.message}\n`);
    return 2;
  }
  const configDir = loaded.dir;
  const files = configDir ? listed.files.filter((f) => !isExcluded(relative(configDir, f).split(sep).join('/'), config)) : listed.files;

  // Repository root: paths in SARIF and the baseline are relative to it, so they do not depend on where the CLI runs.
  const firstDir = (() => {
    const p = resolve(io.cwd, paths[0] ?? '.');
    return files.includes(p) ? dirname(p) : p;
  })();
  let changed: ChangedLines | undefined;
  if (o.changedSince) {
    try {
      changed = changedLines(firstDir, String(o.changedSince));
    } catch (err) {
      if (err instanceof GitError) throw new UsageError(err.message);
      throw err;
    }
  }
  const root = changed?.root ?? gitRoot(firstDir) ?? configDir ?? firstDir;
  const repoRel = (abs: string) => relative(root, abs).split(sep).join('/');

  const projects = new ProjectIndex();
  const showProgress = (io.stderrIsTTY ?? io.isTTY) && !process.env.CI && files.length > 100;
  const bar = showProgress ? new SingleBar({ stream: process.stderr, format: 'dfs-guard [{bar}] {value}/{total} files', hideCursor: true, clearOnComplete: true }, Presets.shades_classic) : undefined;
  bar?.start(files.length, 0);
  const results = await analyzeFiles(files, {
    rules,
    maxFileBytes: maxKb * 1024,
    includeNonReleaseSources: !!o.includeTests || config.testSources === 'include',
    knownRuleIds: known,
    nonSuppressible: new Set(config.nonSuppressible),
    jobs,
    modelFor: (path) => {
      const model = projects.modelFor(path);
      return model.moduleRoot ? { key: model.moduleRoot, model } : undefined;
    },
    onProgress: bar ? (done) => bar.update(done) : undefined,
  });
  bar?.stop();

  // Findings keep absolute paths until fingerprinted; report paths are relative to the working directory.
  const raw: Finding[] = [];
  const rawSuppressed: { finding: Finding; justification: string }[] = [];
  const report: ScanReport = {
    findings: [],
    problems: listed.errors.map((e) => ({ path: rel(e.path), kind: 'io' as const, message: e.message })),
    filesScanned: files.length,
    filesWithParseErrors: 0,
    suppressed: [],
    rules,
    durationMs: 0,
    cwd: io.cwd,
    root,
    projectName: basename(firstDir),
    fingerprints: new Map(),
    sources: new Map(),
    changedSince: o.changedSince ? String(o.changedSince) : undefined,
    configPath: loaded.path ? rel(loaded.path) : undefined,
    includeSuppressed: !!o.includeSuppressed,
    category: o.sarifCategory ? String(o.sarifCategory) : undefined,
  };
  const relevel = (f: Finding): Finding => {
    const s = severityOverride(f.ruleId, config);
    return s ? { ...f, severity: s } : f;
  };
  for (const path of files) {
    const r = results.get(path);
    if (!r) continue;
    if (r.parseErrors > 0) report.filesWithParseErrors++;
    raw.push(...r.findings.map(relevel));
    rawSuppressed.push(...(r.suppressed ?? []).map((x) => ({ ...x, finding: relevel(x.finding) })));
    for (const p of r.problems) report.problems.push({ ...p, path: rel(p.path) });
  }

  // Fingerprints (baseline and SARIF) from the file texts, before any filtering, so occurrence numbers are stable.
  const texts = new Map<string, string>();
  const textOf = (abs: string) => {
    let t = texts.get(abs);
    if (t === undefined) {
      try {
        t = readFileSync(abs, 'utf8');
      } catch {
        t = '';
      }
      texts.set(abs, t);
    }
    return t;
  };
  const withText = (list: Finding[]): FindingWithText[] => list.map((finding) => ({ finding, text: textOf(finding.path), relPath: repoRel(finding.path) }));
  const items = withText(raw);
  const fps = fingerprintAll(items);
  const suppressedFps = fingerprintAll(withText(rawSuppressed.map((x) => x.finding)));

  // --changed-since: only findings touching a changed line.
  const real = (abs: string) => {
    try {
      return realpathSync(abs);
    } catch {
      return abs;
    }
  };
  const inScope = (f: Finding) => !changed || touchesChange(changed, real(f.path), f.range.start.line, f.range.end.line);
  let active = raw.map((finding, i) => ({ finding, fingerprint: fps[i], item: items[i] })).filter((x) => inScope(x.finding));
  const suppressedInScope = rawSuppressed.map((x, i) => ({ ...x, fingerprint: suppressedFps[i] })).filter((x) => inScope(x.finding));

  // Baseline: --baseline, else the config's; --update-baseline writes it (default in the repository root).
  const baselineAbs = o.baseline ? resolve(io.cwd, String(o.baseline)) : config.baseline && configDir ? resolve(configDir, config.baseline) : o.updateBaseline ? join(root, BASELINE_FILE) : undefined;
  let baselined: typeof active = [];
  if (baselineAbs) {
    report.baselinePath = rel(baselineAbs);
    const read = readBaseline(baselineAbs);
    if (read.error && !o.updateBaseline) throw new UsageError(read.error);
    let baseline: Baseline = read.baseline ?? { tool: 'dfs-guard', version: 1, entries: [] };
    if (read.missing && !o.updateBaseline) io.stderr(`dfs-guard: baseline ${rel(baselineAbs)} does not exist yet; every finding is new (create it with --update-baseline)\n`);
    if (o.updateBaseline) {
      // Keep entries of rules that did not run and files that were not scanned: a partial scan must not drop them.
      const ran = new Set(rules.map((r) => r.id));
      const scanned = new Set(files.map(repoRel));
      const kept = baseline.entries.filter((e) => !ran.has(e.ruleId) || !scanned.has(e.path));
      const fresh = createBaseline(active.map((x) => x.item), active.map((x) => x.fingerprint));
      baseline = { tool: 'dfs-guard', version: 1, entries: [...kept, ...fresh.entries] };
      const w = writeBaseline(baselineAbs, baseline);
      if (w.error) throw new UsageError(w.error);
      io.stderr(`dfs-guard: wrote ${baseline.entries.length} entr${baseline.entries.length === 1 ? 'y' : 'ies'} to ${rel(baselineAbs)}\n`);
    }
    const m = matchBaseline(baseline, active);
    active = m.fresh;
    baselined = m.baselined;
    if (!changed) {
      const ran = new Set(rules.map((r) => r.id));
      const scanned = new Set(files.map(repoRel));
      report.staleBaseline = m.stale.filter((e) => ran.has(e.ruleId) && scanned.has(e.path));
    }
  }

  // Report paths relative to the working directory; sources kept for code excerpts.
  const toReport = (f: Finding, fp: string): Finding => {
    const out = { ...f, path: rel(f.path), related: f.related?.map((r) => ({ ...r, path: rel(r.path) })) };
    if (!out.related) delete out.related;
    report.fingerprints!.set(out, fp);
    if (!report.sources!.has(out.path)) report.sources!.set(out.path, textOf(f.path));
    return out;
  };
  report.findings = active.map((x) => toReport(x.finding, x.fingerprint));
  report.baselined = baselined.map((x) => toReport(x.finding, x.fingerprint));
  report.suppressed = suppressedInScope.map((x) => ({ finding: toReport(x.finding, x.fingerprint), justification: x.justification }));
  // Every rule a finding names is described (SARIF ruleIndex), with the configured severity as its default.
  const named = new Set([...report.findings, ...report.baselined, ...report.suppressed.map((x) => x.finding)].map((f) => f.ruleId));
  const described = [...rules, ...allRules.filter((r) => named.has(r.id) && !rules.includes(r))];
  report.rules = described.map((r) => {
    const s = severityOverride(r.id, config);
    return s && s !== r.meta.severity ? { ...r, meta: { ...r.meta, severity: s } } : r;
  });
  report.durationMs = Date.now() - started;

  const toFile = o.output !== undefined;
  const color = !toFile && io.isTTY && !process.env.NO_COLOR && format === 'text';
  const out = formatScan(report, format, { color, sarif: { docsUrl: o.docsUrl ? String(o.docsUrl) : undefined } });
  if (toFile) {
    const target = resolve(io.cwd, String(o.output));
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, out);
    } catch (err) {
      throw new UsageError(`cannot write ${String(o.output)}: ${(err as Error).message}`);
    }
  } else io.stdout(out);
  if (format !== 'text' || toFile) io.stderr(summaryLine(report, false));

  // For the benchmark: peak RSS of the whole process (main thread and workers).
  if (process.env.DFS_GUARD_STATS) io.stderr(`DFS_GUARD_STATS ${JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
  const ioErrors = report.problems.filter((p) => p.kind === 'io' && !p.message.startsWith('not valid UTF-8'));
  if (ioErrors.length > 0) return 2;
  if (!failOn) return 0;
  return report.findings.some((f) => severityRank(f.severity) >= severityRank(failOn)) ? 1 : 0;
}

export function summaryLine(report: ScanReport, color: boolean): string {
  const counts = SEVERITIES.map((s) => [s, report.findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  const bySeverity = counts.length ? ` (${counts.map(([s, n]) => `${n} ${s}`).join(', ')})` : '';
  const n = report.findings.length;
  const head = `${n} finding${n === 1 ? '' : 's'}${bySeverity} in ${report.filesScanned} file${report.filesScanned === 1 ? '' : 's'}`;
  const extras = [
    report.baselined?.length ? `${report.baselined.length} baselined` : '',
    report.staleBaseline?.length ? `${report.staleBaseline.length} stale baseline entr${report.staleBaseline.length === 1 ? 'y' : 'ies'}` : '',
    report.suppressed.length ? `${report.suppressed.length} suppressed in source` : '',
    report.filesWithParseErrors ? `${report.filesWithParseErrors} with parse errors` : '',
    report.problems.length ? `${report.problems.length} file problem${report.problems.length === 1 ? '' : 's'}` : '',
    `${(report.durationMs / 1000).toFixed(2)}s`,
  ].filter(Boolean);
  const line = `${head}${report.changedSince ? ` changed since ${report.changedSince}` : ''}; ${extras.join('; ')}`;
  return `${color ? pc.bold(line) : line}\n`;
}

if (require.main === module) {
  setWasmDir(__dirname);
  void runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    isTTY: !!process.stdout.isTTY,
    stderrIsTTY: !!process.stderr.isTTY,
  }).then((code) => {
    process.exitCode = code;
  });
}
