// The team configuration file committed in the project: `.dfsguard.json` (JSON with comments and trailing commas),
// read by the CLI and the language server alike so the editor, CI and reviewers see the same findings.
// Schema: schemas/dfsguard.schema.json (also registered for the editor through contributes.jsonValidation).
//
//   {
//     "rules": { "crypto-weak-hash": "high", "dfs-ussd-invocation": "off", "pinning-missing": { "enabled": true } },
//     "include": ["app/**"],  "exclude": ["legacy/**", "**/generated/**"],
//     "testSources": "skip",  "baseline": "dfs-guard-baseline.json",
//     "nonSuppressible": ["manifest-debuggable"],  "failOn": "high"
//   }
//
// Globs (picomatch) and the baseline path are relative to the folder holding the file. Loading never throws: a
// missing file gives the defaults, a malformed one gives the defaults plus errors with positions.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { findNodeAtLocation, parseTree, printParseErrorCode, stripComments, type Node as JsonNode, type ParseError } from 'jsonc-parser/lib/esm/main.js'; // the ESM build: esbuild cannot bundle the UMD one
import picomatch from 'picomatch';
import type { AnyRule } from './engine/rule';
import { SEVERITIES, type Range, type Severity } from './engine/types';

export const REPO_CONFIG_FILE = '.dfsguard.json';

export type RuleSetting = 'off' | Severity | { severity?: Severity; enabled?: boolean };

export interface RepoConfig {
  /** Per-rule switch and severity override, keyed by rule id. */
  rules: Record<string, RuleSetting>;
  /** When not empty, only files matching one of these globs are analysed. */
  include: string[];
  /** Files (or folders) matching one of these globs are never analysed. */
  exclude: string[];
  /** `skip` (default): src/test, src/androidTest and src/debug do not ship and are not analysed. */
  testSources: 'skip' | 'include';
  /** Baseline file, relative to the config file's folder. */
  baseline?: string;
  /** Rules whose findings cannot be suppressed in source (the team's mandatory DFS controls). */
  nonSuppressible: string[];
  /** CLI exit threshold when --fail-on is not given. */
  failOn?: Severity | 'off';
}

export interface RepoConfigError {
  message: string;
  /** Zero-based, in the config file. */
  range: Range;
}

export interface LoadedRepoConfig {
  config: RepoConfig;
  /** Absolute path of the file read, when one was found. */
  path?: string;
  /** Folder the globs and the baseline path are relative to (the file's folder), when a file was found. */
  dir?: string;
  errors: RepoConfigError[];
}

export function defaultRepoConfig(): RepoConfig {
  return { rules: {}, include: [], exclude: [], testSources: 'skip', nonSuppressible: [] };
}

/**
 * Finds the config file for `startPath` (a file or folder) by walking up to the repository root (the first folder
 * holding `.git`) or the file-system root, and reads it. `opts.file` skips discovery (the CLI's --config).
 * `opts.knownRuleIds`, when given, makes unknown rule ids errors. Never throws.
 */
export function loadRepoConfig(startPath: string, opts: { file?: string; knownRuleIds?: ReadonlySet<string> } = {}): LoadedRepoConfig {
  const path = opts.file ? resolve(opts.file) : findRepoConfig(startPath);
  if (!path) return { config: defaultRepoConfig(), errors: [] };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EACCES' ? 'permission denied' : e.message;
    return { config: defaultRepoConfig(), path, dir: dirname(path), errors: [{ message: `cannot read ${path}: ${why}`, range: ZERO }] };
  }
  const parsed = parseRepoConfig(text, opts.knownRuleIds);
  return { ...parsed, path, dir: dirname(path) };
}

/** The nearest `.dfsguard.json` at or above `startPath`, stopping after the repository root. */
export function findRepoConfig(startPath: string): string | undefined {
  let dir = resolve(startPath);
  try {
    if (!statSync(dir).isDirectory()) dir = dirname(dir);
  } catch {
    dir = dirname(dir);
  }
  for (;;) {
    const candidate = join(dir, REPO_CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, '.git'))) return undefined;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const KEYS = ['$schema', 'rules', 'include', 'exclude', 'testSources', 'baseline', 'nonSuppressible', 'failOn'];

/**
 * Parses and validates the text of a config file. Invalid parts are reported with their position and replaced
 * by the defaults; the valid rest is kept. Pure; never throws.
 */
export function parseRepoConfig(text: string, knownRuleIds?: ReadonlySet<string>): { config: RepoConfig; errors: RepoConfigError[] } {
  const config = defaultRepoConfig();
  const errors: RepoConfigError[] = [];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const pos = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - lineStarts[lo] };
  };
  const err = (message: string, offset: number, length: number) => errors.push({ message, range: { start: pos(offset), end: pos(offset + length) } });
  const at = (node: JsonNode, message: string) => err(message, node.offset, node.length);

  if (stripComments(text).trim() === '') return { config, errors }; // an empty file is the defaults
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
  for (const e of parseErrors) err(`invalid JSON: ${printParseErrorCode(e.error)}`, e.offset, e.length);
  // A malformed file gives the defaults: half a config is worse than a clear error.
  if (parseErrors.length > 0 || !root) return { config, errors };
  if (root.type !== 'object') {
    at(root, 'the configuration must be a JSON object');
    return { config, errors };
  }
  for (const prop of root.children ?? []) {
    const key = prop.children?.[0];
    if (key && !KEYS.includes(String(key.value))) at(key, `unknown setting "${String(key.value)}" (expected one of ${KEYS.slice(1).join(', ')})`);
  }
  const get = (key: string) => findNodeAtLocation(root, [key]);
  const stringArray = (key: 'include' | 'exclude' | 'nonSuppressible', check?: (s: string, node: JsonNode) => boolean) => {
    const node = get(key);
    if (!node) return;
    if (node.type !== 'array') {
      at(node, `"${key}" must be an array of strings`);
      return;
    }
    const out: string[] = [];
    for (const item of node.children ?? []) {
      if (item.type !== 'string') at(item, `"${key}" entries must be strings`);
      else if (!check || check(item.value as string, item)) out.push(item.value as string);
    }
    config[key] = out;
  };
  const ruleKnown = (id: string, node: JsonNode) => {
    if (knownRuleIds && !knownRuleIds.has(id)) {
      at(node, `unknown rule "${id}"`);
      return false;
    }
    return true;
  };
  const isSeverity = (v: unknown): v is Severity => typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);

  const rules = get('rules');
  if (rules) {
    if (rules.type !== 'object') at(rules, '"rules" must be an object keyed by rule id');
    else {
      for (const prop of rules.children ?? []) {
        const [key, value] = prop.children ?? [];
        if (!key || !value) continue;
        const id = String(key.value);
        if (!ruleKnown(id, key)) continue;
        if (value.type === 'string') {
          if (value.value === 'off' || isSeverity(value.value)) config.rules[id] = value.value as RuleSetting;
          else at(value, `rule "${id}": expected "off" or a severity (${SEVERITIES.join(', ')}), got "${String(value.value)}"`);
        } else if (value.type === 'object') {
          const setting: { severity?: Severity; enabled?: boolean } = {};
          for (const p of value.children ?? []) {
            const [k, v] = p.children ?? [];
            if (!k || !v) continue;
            if (k.value === 'severity' && isSeverity(v.value)) setting.severity = v.value;
            else if (k.value === 'enabled' && typeof v.value === 'boolean') setting.enabled = v.value;
            else if (k.value === 'severity') at(v, `rule "${id}": severity must be one of ${SEVERITIES.join(', ')}`);
            else if (k.value === 'enabled') at(v, `rule "${id}": enabled must be true or false`);
            else at(k, `rule "${id}": unknown setting "${String(k.value)}" (expected severity, enabled)`);
          }
          config.rules[id] = setting;
        } else at(value, `rule "${id}": expected "off", a severity or { "severity", "enabled" }`);
      }
    }
  }
  stringArray('include', (g, node) => validGlob(g, node));
  stringArray('exclude', (g, node) => validGlob(g, node));
  stringArray('nonSuppressible', ruleKnown);
  function validGlob(g: string, node: JsonNode): boolean {
    try {
      picomatch.makeRe(g);
      return true;
    } catch (e) {
      at(node, `invalid glob "${g}": ${(e as Error).message}`);
      return false;
    }
  }

  const tests = get('testSources');
  if (tests) {
    if (tests.value === 'skip' || tests.value === 'include') config.testSources = tests.value;
    else at(tests, '"testSources" must be "skip" or "include"');
  }
  const baseline = get('baseline');
  if (baseline) {
    if (baseline.type === 'string' && baseline.value) config.baseline = baseline.value as string;
    else at(baseline, '"baseline" must be a file path (relative to this file)');
  }
  const failOn = get('failOn');
  if (failOn) {
    if (failOn.value === 'off' || isSeverity(failOn.value)) config.failOn = failOn.value as Severity | 'off';
    else at(failOn, `"failOn" must be "off" or one of ${SEVERITIES.join(', ')}`);
  }
  return { config, errors };
}

/** Whether a rule is switched on by the config (`fallback`: the rule's own default). */
export function ruleEnabled(rule: AnyRule, config: RepoConfig): boolean {
  const s = config.rules[rule.id];
  if (s === undefined) return rule.meta.enabledByDefault !== false;
  if (s === 'off') return false;
  if (typeof s === 'string') return true; // naming a severity switches the rule on
  return s.enabled ?? (s.severity !== undefined ? true : rule.meta.enabledByDefault !== false);
}

/** The severity the config sets for a rule, if any. */
export function severityOverride(ruleId: string, config: RepoConfig): Severity | undefined {
  const s = config.rules[ruleId];
  if (s === undefined || s === 'off') return undefined;
  return typeof s === 'string' ? s : s.severity;
}

/**
 * The rules the config enables, each with the configured severity as its default (new rule objects; the inputs
 * are not changed). Findings a rule reports with an explicit severity keep it unless the config overrides the rule:
 * use severityOverride() on findings for that.
 */
export function applyRepoConfig(rules: readonly AnyRule[], config: RepoConfig): AnyRule[] {
  return rules.filter((r) => ruleEnabled(r, config)).map((r) => {
    const severity = severityOverride(r.id, config);
    return severity && severity !== r.meta.severity ? { ...r, meta: { ...r.meta, severity } } : r;
  });
}

const matchers = new WeakMap<RepoConfig, { include?: picomatch.Matcher; exclude?: picomatch.Matcher }>();

/**
 * Whether a file is left out by `include`/`exclude`. `relPath` is relative to the config file's folder, with
 * forward slashes. A glob that matches a parent folder also matches the files under it (`legacy` = `legacy/**`).
 */
export function isExcluded(relPath: string, config: RepoConfig): boolean {
  let m = matchers.get(config);
  if (!m) {
    const opts = { dot: true };
    m = {
      include: config.include.length ? picomatch(config.include, opts) : undefined,
      exclude: config.exclude.length ? picomatch(config.exclude, opts) : undefined,
    };
    matchers.set(config, m);
  }
  const path = relPath.replace(/\\/g, '/').replace(/^\.\//, '');
  const selfOrParent = (test: picomatch.Matcher) => {
    if (test(path)) return true;
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) if (test(parts.slice(0, i).join('/'))) return true;
    return false;
  };
  if (m.exclude && selfOrParent(m.exclude)) return true;
  if (m.include && !selfOrParent(m.include)) return true;
  return false;
}

/** `file:line:col: message` (1-based), for terminals and CI logs. */
export function formatRepoConfigError(path: string, e: RepoConfigError): string {
  return `${path}:${e.range.start.line + 1}:${e.range.start.character + 1}: ${e.message}`;
}
