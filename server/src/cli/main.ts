// dfs-guard: the command-line interface for CI and code reviewers. Same engine and rules as the editor.
// Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage, configuration or I/O error.
import { Command, CommanderError, Option } from 'commander';
import { relative, sep } from 'node:path';
import pc from 'picocolors';
import { allRules } from '../../../rules';
import type { AnyRule } from '../engine/rule';
import { SEVERITIES, severityRank, type Severity } from '../engine/types';
import { setWasmDir } from '../parsing/grammars';
import { createProjectIndex } from '../project/provider';
import { renderRulesJson, renderRulesText } from './format-rules';
import { formatScan, SCAN_FORMATS, type ScanFormat } from './format';
import { analyzeFiles, defaultJobs } from './pool';
import type { ScanReport } from './report';
import { walk } from './walk';

class UsageError extends Error {}

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  isTTY: boolean;
}

function parseSeverity(value: string): Severity {
  if (!(SEVERITIES as readonly string[]).includes(value)) throw new UsageError(`unknown severity "${value}" (use ${SEVERITIES.join(', ')})`);
  return value as Severity;
}

function selectRules(include: string[] | undefined, exclude: string[] | undefined): AnyRule[] {
  const known = new Set(allRules.map((r) => r.id));
  for (const id of [...(include ?? []), ...(exclude ?? [])]) {
    if (!known.has(id)) throw new UsageError(`unknown rule "${id}" (run "dfs-guard rules" for the list)`);
  }
  const excluded = new Set(exclude ?? []);
  // --rule selects exactly these rules (including ones off by default); otherwise the default set.
  const base = include?.length ? allRules.filter((r) => include.includes(r.id)) : allRules.filter((r) => r.meta.enabledByDefault !== false);
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
    .action(async (paths: string[], o: Record<string, unknown>) => {
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
  const failOn = o.failOn === 'off' ? undefined : parseSeverity(String(o.failOn));
  const jobs = o.jobs === undefined ? defaultJobs() : Number(o.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number ≥ 1, got "${String(o.jobs)}"`);
  const maxKb = Number(o.maxFileSize);
  if (!(maxKb > 0)) throw new UsageError(`--max-file-size must be a positive number of KB, got "${String(o.maxFileSize)}"`);
  const rules = selectRules(o.rule as string[] | undefined, o.disableRule as string[] | undefined);
  const format = o.format as ScanFormat;

  const listed = walk(paths, { respectGitignore: o.gitignore !== false });
  const missing = listed.errors.filter((e) => paths.includes(e.path));
  if (missing.length > 0) {
    for (const e of missing) io.stderr(`dfs-guard: ${e.path}: ${e.message}\n`);
    return 2;
  }
  const projects = createProjectIndex();
  const showProgress = io.isTTY && format === 'text' && !process.env.CI && listed.files.length > 200;
  const results = await analyzeFiles(listed.files, {
    rules,
    maxFileBytes: maxKb * 1024,
    includeNonReleaseSources: !!o.includeTests,
    knownRuleIds: new Set(allRules.map((r) => r.id)),
    jobs,
    modelFor: (path) => {
      const model = projects.modelFor(path);
      return model.moduleRoot ? { key: model.moduleRoot, model } : undefined;
    },
    onProgress: showProgress ? (done, total) => io.stderr(`\r${done}/${total} files`) : undefined,
  });
  if (showProgress) io.stderr('\r\x1b[K');

  const rel = (p: string) => relative(io.cwd, p).split(sep).join('/') || p;
  const report: ScanReport = {
    findings: [],
    problems: listed.errors.map((e) => ({ path: rel(e.path), kind: 'io' as const, message: e.message })),
    filesScanned: listed.files.length,
    filesWithParseErrors: 0,
    suppressed: [],
    rules,
    durationMs: 0,
  };
  for (const path of listed.files) {
    const r = results.get(path);
    if (!r) continue;
    if (r.parseErrors > 0) report.filesWithParseErrors++;
    for (const f of r.findings) report.findings.push({ ...f, path: rel(f.path) });
    for (const x of r.suppressed ?? []) report.suppressed.push({ ...x, finding: { ...x.finding, path: rel(x.finding.path) } });
    for (const p of r.problems) report.problems.push({ ...p, path: rel(p.path) });
  }
  report.durationMs = Date.now() - started;
  const color = io.isTTY && !process.env.NO_COLOR && format === 'text';
  io.stdout(formatScan(report, format, { color }));
  if (format !== 'text') io.stderr(summaryLine(report, false));

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
    report.suppressed.length ? `${report.suppressed.length} suppressed in source` : '',
    report.filesWithParseErrors ? `${report.filesWithParseErrors} with parse errors` : '',
    report.problems.length ? `${report.problems.length} file problem${report.problems.length === 1 ? '' : 's'}` : '',
    `${(report.durationMs / 1000).toFixed(2)}s`,
  ].filter(Boolean);
  const line = `${head}; ${extras.join('; ')}`;
  return `${color ? pc.bold(line) : line}\n`;
}

if (require.main === module) {
  setWasmDir(__dirname);
  void runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    isTTY: !!process.stdout.isTTY,
  }).then((code) => {
    process.exitCode = code;
  });
}
