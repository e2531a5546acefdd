// Writes the settings of package.json from server/src/config.ts, the single source of truth:
//   contributes.configuration                              ← packageConfiguration()
//   capabilities.untrustedWorkspaces.restrictedConfigurations ← restrictedConfigurations()
// Only these two keys are rewritten; everything else in package.json is kept as it is (key order too).
// Run: node --import tsx scripts/gen-package-config.ts [--check]   (--check exits 1 when package.json is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageConfiguration, restrictedConfigurations } from '../server/src/config';

const file = join(__dirname, '..', 'package.json');

export function withGeneratedConfig(pkg: Record<string, unknown>): Record<string, unknown> {
  const contributes = { ...((pkg.contributes as Record<string, unknown>) ?? {}) };
  contributes.configuration = packageConfiguration();
  const capabilities = { ...((pkg.capabilities as Record<string, unknown>) ?? {}) };
  const untrusted = { ...((capabilities.untrustedWorkspaces as Record<string, unknown>) ?? { supported: 'limited' }) };
  untrusted.restrictedConfigurations = restrictedConfigurations();
  capabilities.untrustedWorkspaces = untrusted;
  return { ...pkg, contributes, capabilities };
}

if (require.main === module) {
  const before = readFileSync(file, 'utf8');
  const after = `${JSON.stringify(withGeneratedConfig(JSON.parse(before) as Record<string, unknown>), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    if (after !== before) {
      console.error('package.json settings are stale: run node --import tsx scripts/gen-package-config.ts');
      process.exit(1);
    }
  } else if (after !== before) {
    writeFileSync(file, after);
    console.log('package.json: contributes.configuration and restrictedConfigurations updated');
  }
}
