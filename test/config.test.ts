// Settings have one source of truth (server/src/config.ts): package.json must be in step with it, and
// resolveSettings must accept what clients send (nested or dotted) and ignore values of the wrong type.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { DEFAULT_SETTINGS, packageConfiguration, resolveSettings, restrictedConfigurations } from '../server/src/config';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));

describe('settings', () => {
  test('package.json contributes.configuration is generated from config.ts (run scripts/gen-package-config.ts)', () => {
    assert.deepEqual(pkg.contributes.configuration, packageConfiguration());
  });

  test('restricted settings in package.json match config.ts, and workspace trust is limited', () => {
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, restrictedConfigurations());
    assert.ok(restrictedConfigurations().includes('dfsGuard.minimumSeverity'));
  });

  test('every setting has a default, a description, a scope and an order', () => {
    for (const [name, s] of Object.entries(packageConfiguration().properties as Record<string, Record<string, unknown>>)) {
      assert.ok('default' in s, `${name}: default`);
      assert.ok(typeof s.markdownDescription === 'string', `${name}: markdownDescription`);
      assert.ok(typeof s.scope === 'string', `${name}: scope`);
      assert.ok(typeof s.order === 'number', `${name}: order`);
    }
  });

  test('nested and dotted forms are read; wrong types fall back to defaults', () => {
    assert.deepEqual(resolveSettings(undefined), DEFAULT_SETTINGS);
    const nested = resolveSettings({ run: 'onSave', codeAction: { suppress: false, showDocumentation: false }, baseline: { display: 'dim' } });
    assert.equal(nested.run, 'onSave');
    assert.equal(nested.suppressAction, false);
    assert.equal(nested.documentationAction, false);
    assert.equal(nested.baselineDisplay, 'dim');
    const dotted = resolveSettings({ 'codeAction.suppress': false, 'baseline.display': 'dim' });
    assert.equal(dotted.suppressAction, false);
    assert.equal(dotted.baselineDisplay, 'dim');
    const wrong = resolveSettings({ run: 'always', minimumSeverity: 3, maxFileSizeKb: -1, baseline: { display: 'blink' }, severityMapping: { high: 'fatal', critical: 'error' } });
    assert.equal(wrong.run, 'onType');
    assert.equal(wrong.minimumSeverity, 'low');
    assert.equal(wrong.maxFileSizeKb, 1024);
    assert.equal(wrong.baselineDisplay, 'hide');
    assert.equal(wrong.severityMapping.high, 'warning');
    assert.equal(wrong.severityMapping.critical, 'error');
  });
});

describe('package.json contributions', () => {
  const client = readFileSync(join(__dirname, '..', 'client', 'src', 'extension.ts'), 'utf8');
  const root = join(__dirname, '..');
  const commandIds: string[] = pkg.contributes.commands.map((c: { command: string }) => c.command);

  test('every contributed command is registered by the client', () => {
    const registered = new Set<string>([...client.matchAll(/registerCommand\(\s*'([^']+)'/g)].map((m) => m[1]));
    // Commands registered through protocol.ts constants or a template.
    registered.add('dfsGuard.showRuleDocumentation').add('dfsGuard.selectSuppressionReason').add('dfsGuard.createBaseline').add('dfsGuard.updateBaseline');
    assert.match(client, /registerCommand\(COMMANDS\.showRuleDocumentation/);
    assert.match(client, /registerCommand\(COMMANDS\.selectSuppressionReason/);
    assert.match(client, /\['createBaseline', 'updateBaseline'\]/);
    for (const id of commandIds) assert.ok(registered.has(id), `${id} is contributed but never registered`);
  });

  test('every walkthrough step links a contributed command, has its media file and a completion event', () => {
    const steps = pkg.contributes.walkthroughs.flatMap((w: { steps: unknown[] }) => w.steps) as {
      id: string;
      description: string;
      media: { markdown: string };
      completionEvents: string[];
    }[];
    assert.ok(steps.length >= 6);
    for (const s of steps) {
      const links = [...s.description.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
      assert.ok(links.length > 0, `${s.id}: no command link`);
      for (const l of links) assert.ok(commandIds.includes(l), `${s.id}: ${l} is not a contributed command`);
      for (const e of s.completionEvents) assert.ok(commandIds.includes(e.replace(/^onCommand:/, '')), `${s.id}: ${e}`);
      assert.ok(existsSync(join(root, s.media.markdown)), `${s.id}: ${s.media.markdown} missing`);
    }
  });

  test('jsonValidation points at the config schema, and the view icon exists', () => {
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.dfsguard.json', url: './schemas/dfsguard.schema.json' }]);
    assert.ok(existsSync(join(root, 'schemas', 'dfsguard.schema.json')));
    assert.ok(existsSync(join(root, pkg.contributes.viewsContainers.activitybar[0].icon)));
  });

  test('the code-action command ids used by the server are contributed', () => {
    for (const id of ['dfsGuard.showRuleDocumentation', 'dfsGuard.selectSuppressionReason']) assert.ok(commandIds.includes(id), id);
  });
});
