// The team config file (.dfsguard.json): discovery, JSON with comments, errors with positions, rule
// switches and severities, include/exclude globs, and agreement with schemas/dfsguard.schema.json.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Ajv from 'ajv';
import { parse as parseJsonc } from 'jsonc-parser';
import { allRules } from '../rules';
import { applyRepoConfig, findRepoConfig, isExcluded, loadRepoConfig, parseRepoConfig, severityOverride } from '../server/src/repo-config';

const tmp = mkdtempSync(join(tmpdir(), 'dfs-guard-config-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const known = new Set(allRules.map((r) => r.id));
const schema = JSON.parse(readFileSync(join(__dirname, '..', 'schemas', 'dfsguard.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);

const GOOD = `{
  // the team's choices
  "$schema": "./schemas/dfsguard.schema.json",
  "rules": {
    "crypto-weak-hash": "critical",
    "dfs-ussd-invocation": "off",
    "pinning-missing": { "enabled": true },
    "crypto-ecb-mode": { "severity": "medium" },
  },
  "include": ["app/**", "legacy/**"],
  "exclude": ["legacy", "**/generated/**"],
  "testSources": "include",
  "baseline": "ci/dfs-guard-baseline.json",
  "nonSuppressible": ["manifest-debuggable"],
  "failOn": "medium",
}`;

describe('repo config', () => {
  test('a full config with comments and trailing commas parses, and the schema accepts it', () => {
    const { config, errors } = parseRepoConfig(GOOD, known);
    assert.deepEqual(errors, []);
    assert.equal(config.testSources, 'include');
    assert.equal(config.baseline, 'ci/dfs-guard-baseline.json');
    assert.deepEqual(config.nonSuppressible, ['manifest-debuggable']);
    assert.equal(config.failOn, 'medium');
    assert.ok(validate(parseJsonc(GOOD, [], { allowTrailingComma: true })), JSON.stringify(validate.errors));
  });

  test('rules: off, severity, enabled; findings re-levelled', () => {
    const { config } = parseRepoConfig(GOOD, known);
    const rules = applyRepoConfig(allRules, config);
    const ids = new Set(rules.map((r) => r.id));
    assert.ok(!ids.has('dfs-ussd-invocation'));
    assert.ok(ids.has('pinning-missing'), 'enabled: true switches on a rule that is off by default');
    assert.equal(rules.find((r) => r.id === 'crypto-weak-hash')?.meta.severity, 'critical');
    assert.equal(rules.find((r) => r.id === 'crypto-ecb-mode')?.meta.severity, 'medium');
    assert.equal(allRules.find((r) => r.id === 'crypto-ecb-mode')?.meta.severity, 'high', 'inputs are not changed');
    assert.equal(severityOverride('crypto-weak-hash', config), 'critical');
    assert.equal(severityOverride('manifest-debuggable', config), undefined);
    const none = applyRepoConfig(allRules, parseRepoConfig('{}').config);
    assert.deepEqual(none.map((r) => r.id), allRules.filter((r) => r.meta.enabledByDefault !== false).map((r) => r.id));
  });

  test('include / exclude globs, folders included', () => {
    const { config } = parseRepoConfig(GOOD, known);
    assert.equal(isExcluded('app/src/main/java/p/Pay.kt', config), false);
    assert.equal(isExcluded('legacy/src/main/java/p/Old.java', config), true, 'exclude "legacy" covers the folder');
    assert.equal(isExcluded('app/build/generated/x/Gen.kt', config), true);
    assert.equal(isExcluded('lib/src/main/java/p/L.kt', config), true, 'not in include');
    assert.equal(isExcluded('./app/a.kt', config), false);
    assert.equal(isExcluded('anything.kt', parseRepoConfig('{}').config), false);
  });

  test('errors carry positions and the defaults are used', () => {
    const bad = '{\n  "rules": { "crypto-ecb-mode": "loud", "no-such-rule": "off" },\n  "testSources": "maybe",\n  "colour": 1,\n  "exclude": "legacy"\n}';
    const { config, errors } = parseRepoConfig(bad, known);
    const at = errors.map((e) => `${e.range.start.line + 1}:${e.range.start.character + 1} ${e.message}`);
    assert.deepEqual(at, [
      '4:3 unknown setting "colour" (expected one of rules, include, exclude, testSources, baseline, nonSuppressible, failOn)',
      '2:33 rule "crypto-ecb-mode": expected "off" or a severity (critical, high, medium, low, info), got "loud"',
      '2:41 unknown rule "no-such-rule"',
      '5:14 "exclude" must be an array of strings',
      '3:18 "testSources" must be "skip" or "include"',
    ]);
    assert.equal(config.testSources, 'skip');
    assert.deepEqual(config.exclude, []);
    assert.equal(validate(JSON.parse(bad)), false, 'the schema rejects it too');

    const broken = parseRepoConfig('{\n  "rules": {\n    "a": "off"\n  \n');
    assert.ok(broken.errors.length > 0);
    assert.match(broken.errors[0].message, /^invalid JSON: /);
    assert.deepEqual(broken.config.rules, {});
    assert.deepEqual(parseRepoConfig('').errors, []);
    assert.match(parseRepoConfig('[1]').errors[0].message, /must be a JSON object/);
  });

  test('discovery walks up to the repository root and stops there', () => {
    const repo = join(tmp, 'outer', 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'app', 'src', 'main'), { recursive: true });
    writeFileSync(join(tmp, 'outer', '.dfsguard.json'), '{"failOn": "off"}');
    assert.equal(findRepoConfig(join(repo, 'app', 'src', 'main')), undefined, 'a config above the repository is not used');
    writeFileSync(join(repo, '.dfsguard.json'), '{"failOn": "low"}');
    writeFileSync(join(repo, 'app', 'src', 'main', 'Pay.kt'), '');
    const loaded = loadRepoConfig(join(repo, 'app', 'src', 'main', 'Pay.kt'));
    assert.equal(loaded.path, join(repo, '.dfsguard.json'));
    assert.equal(loaded.dir, repo);
    assert.equal(loaded.config.failOn, 'low');
    const missing = loadRepoConfig(repo, { file: join(repo, 'nope.json') });
    assert.match(missing.errors[0].message, /cannot read .*nope\.json: no such file/);
    assert.deepEqual(loadRepoConfig(tmp).errors, []);
  });
});
