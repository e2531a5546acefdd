// Gradle version catalogs (gradle/libs.versions.toml): a small TOML reader for the subset catalogs use
// (sections, `key = value`, strings, numbers, booleans, arrays, inline tables, `version.ref`), and the
// resolution of type-safe accessors (`libs.okhttp`, `libs.versions.targetSdk`, `libs.plugins.android.library`).
// Pure: no file system. Tolerant: a broken line is skipped, the rest still resolves.

export interface CatalogLibrary {
  group: string;
  name: string;
  /** Resolved version (`version.ref` followed, rich versions reduced to `strictly`/`require`/`prefer`). */
  version?: string;
  /** The version exactly as written (`1.+`, `latest.release`), when it is a plain string or a ref. */
  rawVersion?: string;
}

export interface CatalogPlugin {
  id: string;
  version?: string;
}

export interface VersionCatalog {
  /** Accessor prefix, `libs` for libs.versions.toml. */
  name: string;
  /** Keys normalised with catalogKey(). */
  versions: Map<string, string>;
  libraries: Map<string, CatalogLibrary>;
  plugins: Map<string, CatalogPlugin>;
  bundles: Map<string, string[]>;
}

/** `androidx-core_ktx`, `androidx.core.ktx` and `AndroidX.Core.Ktx` all name the same accessor. */
export function catalogKey(alias: string): string {
  return alias.replace(/[-_.]/g, '.').toLowerCase();
}

type TomlValue = string | number | boolean | TomlValue[] | { [k: string]: TomlValue };

/** Parses the TOML subset used by version catalogs into sections of key/value pairs. */
export function parseTomlSections(text: string): Map<string, Map<string, TomlValue>> {
  const sections = new Map<string, Map<string, TomlValue>>();
  let current = new Map<string, TomlValue>();
  sections.set('', current);
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = stripComment(lines[i]).trim();
    if (!line) continue;
    const header = /^\[\s*([A-Za-z0-9_.-]+)\s*\]$/.exec(line);
    if (header) {
      current = sections.get(header[1]) ?? new Map();
      sections.set(header[1], current);
      continue;
    }
    // Inline tables and arrays may span lines (TOML 1.1, and common in catalogs anyway).
    const first = i;
    while (depthOf(line) > 0 && i + 1 < lines.length && !/^\s*\[[A-Za-z]/.test(lines[i + 1])) line += ' ' + stripComment(lines[++i]).trim();
    const eq = /^("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.-]+)\s*=\s*(.*)$/.exec(line);
    const parsed = eq ? new ValueParser(eq[2]).value() : undefined;
    if (!eq || parsed === undefined) {
      // A half-typed entry: skip its first line only, the next lines may be intact entries.
      i = first;
      continue;
    }
    current.set(eq[1].replace(/^["']|["']$/g, ''), parsed);
  }
  return sections;
}

function stripComment(line: string): string {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

function depthOf(line: string): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return depth;
}

class ValueParser {
  private i = 0;
  constructor(private readonly s: string) {}

  value(): TomlValue | undefined {
    this.ws();
    const c = this.s[this.i];
    if (c === '"' || c === "'") return this.string();
    if (c === '{') return this.table();
    if (c === '[') return this.array();
    const m = /^(true|false|[+-]?[0-9][0-9_]*(?:\.[0-9_]+)?)/.exec(this.s.slice(this.i));
    if (!m) return undefined;
    this.i += m[0].length;
    if (m[1] === 'true' || m[1] === 'false') return m[1] === 'true';
    return Number(m[1].replace(/_/g, ''));
  }

  private ws(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
  }

  private string(): string | undefined {
    const q = this.s[this.i];
    let out = '';
    for (let j = this.i + 1; j < this.s.length; j++) {
      const c = this.s[j];
      if (c === '\\' && q === '"') {
        out += this.s[++j] ?? '';
        continue;
      }
      if (c === q) {
        this.i = j + 1;
        return out;
      }
      out += c;
    }
    return undefined;
  }

  private key(): string | undefined {
    this.ws();
    const c = this.s[this.i];
    if (c === '"' || c === "'") return this.string();
    const m = /^[A-Za-z0-9_.-]+/.exec(this.s.slice(this.i));
    if (!m) return undefined;
    this.i += m[0].length;
    return m[0];
  }

  private table(): TomlValue | undefined {
    this.i++;
    const out: { [k: string]: TomlValue } = {};
    for (;;) {
      this.ws();
      if (this.s[this.i] === '}') {
        this.i++;
        return out;
      }
      const key = this.key();
      if (key === undefined) return undefined;
      this.ws();
      if (this.s[this.i] !== '=') return undefined;
      this.i++;
      const v = this.value();
      if (v === undefined) return undefined;
      // Dotted keys (`version.ref = "x"`) become nested tables.
      const parts = key.split('.');
      let target = out;
      for (const p of parts.slice(0, -1)) {
        const next = target[p];
        target = (next && typeof next === 'object' && !Array.isArray(next) ? next : (target[p] = {})) as { [k: string]: TomlValue };
      }
      target[parts[parts.length - 1]] = v;
      this.ws();
      if (this.s[this.i] === ',') this.i++;
    }
  }

  private array(): TomlValue[] | undefined {
    this.i++;
    const out: TomlValue[] = [];
    for (;;) {
      this.ws();
      if (this.s[this.i] === ']') {
        this.i++;
        return out;
      }
      const v = this.value();
      if (v === undefined) return undefined;
      out.push(v);
      this.ws();
      if (this.s[this.i] === ',') this.i++;
    }
  }
}

const asTable = (v: TomlValue | undefined) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const asString = (v: TomlValue | undefined) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

/** Reads a version catalog. Never throws: unknown shapes are skipped. */
export function parseVersionCatalog(text: string, name = 'libs'): VersionCatalog {
  const catalog: VersionCatalog = { name, versions: new Map(), libraries: new Map(), plugins: new Map(), bundles: new Map() };
  let sections: Map<string, Map<string, TomlValue>>;
  try {
    sections = parseTomlSections(text);
  } catch {
    return catalog;
  }
  const rawVersions = sections.get('versions') ?? new Map<string, TomlValue>();
  const versionOf = (v: TomlValue | undefined): { version?: string; raw?: string } => {
    const s = asString(v);
    if (s !== undefined) return { version: s, raw: s };
    const t = asTable(v);
    if (!t) return {};
    const ref = asString(t.ref);
    if (ref !== undefined) {
      const resolved = catalog.versions.get(catalogKey(ref));
      return { version: resolved, raw: resolved };
    }
    const rich = asString(t.strictly) ?? asString(t.require) ?? asString(t.prefer);
    return { version: rich, raw: rich };
  };
  for (const [k, v] of rawVersions) {
    const s = asString(v) ?? (asTable(v) ? asString(asTable(v)!.strictly) ?? asString(asTable(v)!.require) ?? asString(asTable(v)!.prefer) : undefined);
    if (s !== undefined) catalog.versions.set(catalogKey(k), s);
  }
  for (const [alias, v] of sections.get('libraries') ?? []) {
    let lib: CatalogLibrary | undefined;
    const s = asString(v);
    if (s !== undefined) {
      const parts = s.split(':');
      if (parts.length >= 2) lib = { group: parts[0], name: parts[1], version: parts[2], rawVersion: parts[2] };
    } else {
      const t = asTable(v);
      if (!t) continue;
      const module = asString(t.module);
      const [group, nm] = module ? module.split(':') : [asString(t.group), asString(t.name)];
      if (!group || !nm) continue;
      const ver = versionOf(t.version);
      lib = { group, name: nm, version: ver.version, rawVersion: ver.raw };
    }
    if (lib) catalog.libraries.set(catalogKey(alias), lib);
  }
  for (const [alias, v] of sections.get('plugins') ?? []) {
    const s = asString(v);
    if (s !== undefined) {
      const [id, version] = s.split(':');
      catalog.plugins.set(catalogKey(alias), { id, version });
      continue;
    }
    const t = asTable(v);
    const id = t && asString(t.id);
    if (t && id) catalog.plugins.set(catalogKey(alias), { id, version: versionOf(t.version).version });
  }
  for (const [alias, v] of sections.get('bundles') ?? []) {
    if (Array.isArray(v)) catalog.bundles.set(catalogKey(alias), v.map(asString).filter((x): x is string => !!x).map(catalogKey));
  }
  return catalog;
}

/** `group:name[:version]` of a library. */
export function coordinateOf(lib: CatalogLibrary): string {
  return lib.version ? `${lib.group}:${lib.name}:${lib.version}` : `${lib.group}:${lib.name}`;
}

export type CatalogRef =
  | { kind: 'library'; library: CatalogLibrary }
  | { kind: 'bundle'; libraries: CatalogLibrary[] }
  | { kind: 'version'; version: string }
  | { kind: 'plugin'; plugin: CatalogPlugin };

/**
 * Resolves an accessor expression such as `libs.okhttp`, `libs.bundles.network`,
 * `libs.versions.targetSdk.get().toInt()` or `libs.plugins.android.library` against catalogs.
 */
export function resolveCatalogRef(expr: string, catalogs: readonly VersionCatalog[]): CatalogRef | undefined {
  let cleaned = expr.trim().replace(/\s+as\s+(int|Integer|String|long|Long)$/, '').replace(/\s+/g, '');
  for (let prev = ''; prev !== cleaned; ) {
    prev = cleaned;
    cleaned = cleaned.replace(/\.(get|getOrNull|toInt|toInteger|toLong|toString|asProvider)\(\)$|\.(orNull|get)$/, '');
  }
  const m = /^([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z0-9_.]+)$/.exec(cleaned);
  if (!m) return undefined;
  const catalog = catalogs.find((c) => c.name === m[1]);
  if (!catalog) return undefined;
  const rest = m[2];
  const section = /^(versions|plugins|bundles)\.(.+)$/.exec(rest);
  if (section) {
    const key = catalogKey(section[2]);
    if (section[1] === 'versions') {
      const v = catalog.versions.get(key);
      return v === undefined ? undefined : { kind: 'version', version: v };
    }
    if (section[1] === 'plugins') {
      const p = catalog.plugins.get(key);
      return p ? { kind: 'plugin', plugin: p } : undefined;
    }
    const b = catalog.bundles.get(key);
    if (!b) return undefined;
    return { kind: 'bundle', libraries: b.map((k) => catalog.libraries.get(k)).filter((x): x is CatalogLibrary => !!x) };
  }
  const lib = catalog.libraries.get(catalogKey(rest));
  return lib ? { kind: 'library', library: lib } : undefined;
}

/**
 * Rebuilds catalogs from `ProjectModel.catalogLibraries` (`libs.okhttp` → `group:name:version`), so a
 * rule can resolve `libs.xxx` aliases without reading the TOML file.
 */
export function catalogsFromModel(libraries: Record<string, string> | undefined): VersionCatalog[] {
  if (!libraries) return [];
  const byName = new Map<string, VersionCatalog>();
  for (const [key, coordinate] of Object.entries(libraries)) {
    const dot = key.indexOf('.');
    if (dot <= 0) continue;
    const name = key.slice(0, dot);
    let c = byName.get(name);
    if (!c) {
      c = { name, versions: new Map(), libraries: new Map(), plugins: new Map(), bundles: new Map() };
      byName.set(name, c);
    }
    const [group, artifact, version] = coordinate.split(':');
    if (group && artifact) c.libraries.set(catalogKey(key.slice(dot + 1)), { group, name: artifact, version, rawVersion: version });
  }
  return [...byName.values()];
}
