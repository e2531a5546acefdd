// Decides what kind of file a path is and which source set it belongs to.
import type { FileKind } from './types';

export function classifyPath(path: string, text?: string): FileKind {
  const p = path.replace(/\\/g, '/');
  const base = p.slice(p.lastIndexOf('/') + 1);
  if (base.endsWith('.java')) return 'java';
  if (base.endsWith('.gradle.kts')) return 'gradle-kts';
  if (base.endsWith('.gradle')) return 'gradle';
  if (base.endsWith('.kt') || base.endsWith('.kts')) return 'kotlin';
  if (base.endsWith('.versions.toml')) return 'version-catalog';
  if (/^proguard.*\.(pro|txt)$|\.pro$/.test(base)) return 'proguard';
  if (!base.endsWith('.xml')) return 'other';
  if (base === 'AndroidManifest.xml') return 'manifest';
  if (/\/res\/layout[^/]*\//.test(p)) return 'layout';
  if (/\/res\/values[^/]*\//.test(p)) return 'values';
  if (/\/res\/xml[^/]*\//.test(p)) {
    if (text !== undefined && /<network-security-config[\s>]/.test(text)) return 'network-security-config';
    if (text === undefined && /network_security|network-security/.test(base)) return 'network-security-config';
    return 'res-xml';
  }
  if (text !== undefined && /<network-security-config[\s>]/.test(text)) return 'network-security-config';
  if (text !== undefined && /<manifest[\s>]/.test(text.slice(0, 2000)) && /xmlns:android=/.test(text.slice(0, 2000))) return 'manifest';
  return 'other';
}

/** Files the engine can analyse at all (used by the CLI walker and the server). */
export function isAnalysable(path: string): boolean {
  return /\.(java|kt|kts|gradle|xml|toml|pro)$/.test(path);
}

/**
 * Source set from the Gradle convention `src/<set>/…`: test sources (`src/test`, `src/androidTest`,
 * `src/testDebug`…) and debug-only sources (`src/debug`) do not ship in a release build.
 */
export function sourceSetOf(path: string): 'main' | 'debug' | 'test' {
  const p = path.replace(/\\/g, '/');
  const m = /\/src\/([A-Za-z0-9_]+)\//.exec(p);
  if (m) {
    const set = m[1];
    if (/^(test|androidTest|sharedTest|testFixtures)/.test(set) || /Test$/.test(set)) return 'test';
    if (/^debug$|Debug$/.test(set)) return 'debug';
  }
  if (/(^|\/)(test|tests|androidTest)\//.test(p) && !/\/src\/main\//.test(p)) return 'test';
  return 'main';
}
