// Settings have one source of truth (server/src/config.ts): package.json must be in step with it, and
// resolveSettings must accept what clients send (nested or dotted) and ignore values of the wrong type.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
