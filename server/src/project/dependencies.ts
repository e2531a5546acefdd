// Dependency declarations in a Gradle build file, Groovy and Kotlin DSL alike, with version-catalog
// aliases resolved. Pure (no file system), so rules can use it on the file they are given.
import { gradleString, type GradleBlock, type GradleDocument, type GradleSetting } from '../parsing/gradle';
import { LineIndex } from '../engine/text';
import type { Range } from '../engine/types';
import { coordinateOf, resolveCatalogRef, type CatalogLibrary, type VersionCatalog } from './catalog';

export interface DependencyCoordinate {
  group: string;
  name: string;
  /** Undefined when absent or not a literal (`$okhttpVersion`), or for a BOM-managed dependency. */
  version?: string;
  /** `group:name[:version]`. */
  coordinate: string;
  /** Where the version text sits in the file, when it is a literal written there (for fixes). */
  versionOffsets?: { start: number; end: number };
  /** True when the coordinate came from a version catalog alias. */
  fromCatalog: boolean;
  /** `platform(…)` / `enforcedPlatform(…)`: a BOM. */
  platform: boolean;
}

export interface DependencyDeclaration {
  /** `implementation`, `debugImplementation`, `kapt`, `classpath` … */
  configuration: string;
  coordinates: DependencyCoordinate[];
  /** The setting (`implementation "a:b:1"`) or block (`implementation("a:b:1") { … }`) that declares it. */
  at: GradleSetting | GradleBlock;
  /** The raw argument text. */
  value: string;
  /** Offset of `value` in the file. */
  valueOffset: number;
  /** Inside `buildscript { dependencies { … } }`. */
  buildscript: boolean;
}

const CONFIGURATION_RE =
  /^(implementation|api|compileOnly|runtimeOnly|compileOnlyApi|kapt|ksp|annotationProcessor|classpath|lintChecks|lintPublish|coreLibraryDesugaring|compile|provided|apk|[a-z][A-Za-z0-9]*(Implementation|Api|CompileOnly|RuntimeOnly|Kapt|Ksp|AnnotationProcessor|Compile|Apk|Provided))$/;

/** Configurations whose dependencies never reach a release build's code. */
export function isTestConfiguration(conf: string): boolean {
  return /^(test|androidTest|testFixtures)|[a-z](Test|AndroidTest|UnitTest)[A-Z]/.test(conf);
}

/** `debugImplementation`, `stagingDebugImplementation`: only in debuggable variants. */
export function isDebugConfiguration(conf: string): boolean {
  return /^debug[A-Z]/.test(conf) || /Debug(Implementation|Api|CompileOnly|RuntimeOnly|Kapt|Ksp|AnnotationProcessor)$/.test(conf);
}

/** Configurations that put code into the release APK (not test, debug, compile-only or build-script). */
export function shipsInRelease(conf: string): boolean {
  if (isTestConfiguration(conf) || isDebugConfiguration(conf)) return false;
  if (/compileOnly|CompileOnly|^provided|Provided$|^kapt|^ksp|[Kk]apt$|Ksp$|[Aa]nnotationProcessor|^lint|^classpath$|^coreLibraryDesugaring$/.test(conf)) return false;
  return true;
}

/** Splits `a, b(c, d), "e,f"` at top-level commas. */
export function splitTopLevel(text: string, sep = ','): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === sep && depth === 0) {
      out.push(trimPart(text.slice(start, i), start));
      start = i + 1;
    }
  }
  out.push(trimPart(text.slice(start), start));
  return out.filter((p) => p.text.length > 0);
}

function trimPart(s: string, offset: number): { text: string; offset: number } {
  const lead = s.length - s.trimStart().length;
  return { text: s.trim(), offset: offset + lead };
}

/** The string content of a quoted literal, keeping `$x` templates as written. */
function quoted(text: string): string | undefined {
  const m = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')$/.exec(text.trim());
  return m ? (m[1] ?? m[2]) : undefined;
}

function fromLibrary(lib: CatalogLibrary, platform: boolean): DependencyCoordinate {
  return { group: lib.group, name: lib.name, version: lib.version, coordinate: coordinateOf(lib), fromCatalog: true, platform };
}

/** Coordinates named by one dependency argument (`"a:b:1"`, `libs.x`, `platform(libs.bom)`, `kotlin("stdlib")`). */
export function coordinatesOf(arg: string, argOffset: number, catalogs: readonly VersionCatalog[], platform = false): DependencyCoordinate[] {
  const text = arg.trim();
  const wrapped = /^(platform|enforcedPlatform|testFixtures)\s*\(([\s\S]*)\)$/.exec(text);
  if (wrapped) {
    const inner = text.indexOf('(') + 1;
    return coordinatesOf(wrapped[2], argOffset + inner, catalogs, platform || wrapped[1] !== 'testFixtures');
  }
  const kotlinModule = /^kotlin\s*\(\s*["']([\w-]+)["']/.exec(text);
  if (kotlinModule) {
    const name = `kotlin-${kotlinModule[1]}`;
    return [{ group: 'org.jetbrains.kotlin', name, coordinate: `org.jetbrains.kotlin:${name}`, fromCatalog: false, platform }];
  }
  const s = quoted(text);
  if (s !== undefined) {
    const parts = s.split(':');
    if (parts.length < 2 || !parts[0] || !parts[1] || /[\s$]/.test(parts[0] + parts[1])) return [];
    const rawVersion = parts[2]?.split('@')[0];
    const version = rawVersion && !rawVersion.includes('$') ? rawVersion : undefined;
    const quoteLen = 1;
    const vStart = argOffset + quoteLen + parts[0].length + 1 + parts[1].length + 1;
    return [
      {
        group: parts[0],
        name: parts[1],
        version,
        coordinate: version ? `${parts[0]}:${parts[1]}:${version}` : `${parts[0]}:${parts[1]}`,
        versionOffsets: version ? { start: vStart, end: vStart + version.length } : undefined,
        fromCatalog: false,
        platform,
      },
    ];
  }
  if (/^[A-Za-z_][\w.]*(\(\))?$/.test(text)) {
    const ref = resolveCatalogRef(text, catalogs);
    if (ref?.kind === 'library') return [fromLibrary(ref.library, platform)];
    if (ref?.kind === 'bundle') return ref.libraries.map((l) => fromLibrary(l, platform));
  }
  return [];
}

/** Map notation: `group: 'a', name: 'b', version: 'c'` (Groovy) or `group = "a", name = "b", version = "c"` (KTS). */
function mapNotation(value: string, valueOffset: number): DependencyCoordinate[] {
  const parts = splitTopLevel(value);
  const fields: Record<string, { text: string; offset: number }> = {};
  for (const p of parts) {
    const m = /^(group|name|version)\s*[:=]\s*/.exec(p.text);
    if (m) fields[m[1]] = { text: p.text.slice(m[0].length), offset: p.offset + m[0].length };
  }
  const group = fields.group && gradleString(fields.group.text);
  const name = fields.name && gradleString(fields.name.text);
  if (!group || !name) return [];
  const version = fields.version ? gradleString(fields.version.text) : undefined;
  return [
    {
      group,
      name,
      version,
      coordinate: version ? `${group}:${name}:${version}` : `${group}:${name}`,
      versionOffsets: version && fields.version ? { start: valueOffset + fields.version.offset + 1, end: valueOffset + fields.version.offset + 1 + version.length } : undefined,
      fromCatalog: false,
      platform: false,
    },
  ];
}

function declarationFrom(configuration: string, value: string, valueOffset: number, at: GradleSetting | GradleBlock, catalogs: readonly VersionCatalog[]): DependencyDeclaration | undefined {
  let coords: DependencyCoordinate[];
  if (/^\s*(group|name)\s*[:=]/.test(value)) coords = mapNotation(value, valueOffset);
  else coords = splitTopLevel(value).flatMap((p) => coordinatesOf(p.text, valueOffset + p.offset, catalogs));
  return { configuration, coordinates: coords, at, value, valueOffset, buildscript: at.path.includes('buildscript') };
}

/** Every dependency declaration of a parsed Gradle file. */
export function dependencyDeclarations(doc: GradleDocument, catalogs: readonly VersionCatalog[] = []): DependencyDeclaration[] {
  const out: DependencyDeclaration[] = [];
  for (const s of doc.settings) {
    if (s.path[s.path.length - 1] !== 'dependencies' || !CONFIGURATION_RE.test(s.key)) continue;
    const d = declarationFrom(s.key, s.value, s.valueStartOffset, s, catalogs);
    if (d) out.push(d);
  }
  for (const b of doc.blocks) {
    // `implementation("a:b:1") { exclude(…) }`: the declaration is the block header.
    if (b.path[b.path.length - 1] !== 'dependencies') continue;
    const m = /^([A-Za-z_]\w*)\s*(\(\s*([\s\S]*)\)|\s+([\s\S]*))$/.exec(b.header);
    if (!m || !CONFIGURATION_RE.test(m[1])) continue;
    const inner = m[3] ?? m[4] ?? '';
    const innerOffset = b.startOffset + b.header.indexOf(inner, m[1].length);
    const d = declarationFrom(m[1], inner.trim(), innerOffset + (inner.length - inner.trimStart().length), b, catalogs);
    if (d) out.push(d);
  }
  return out.sort((a, b) => a.valueOffset - b.valueOffset);
}

/**
 * What the Android plugin applied in this build file says about the module: `library`, `application`,
 * or undefined when the file applies neither (or only a convention plugin with an unclear name).
 */
export function androidModuleKind(doc: GradleDocument, text: string): 'library' | 'application' | undefined {
  let kind: 'library' | 'application' | undefined;
  for (const s of doc.settings) {
    if (s.path.length > 0 && s.path[s.path.length - 1] !== 'plugins') continue;
    if (!['id', 'alias', 'apply'].includes(s.key)) continue;
    if (/\bapply\s*\(?\s*false\b/.test(text.slice(s.startOffset, s.endOffset))) continue;
    const v = s.value.replace(/\s+/g, '');
    if (/(^|["'.:-])(com\.android\.library|android[.-]library)["')]?$|android[.-]library["')]/.test(v)) kind = 'library';
    else if (/(^|["'.:-])(com\.android\.application|android[.-]application)["')]?$|android[.-]application["')]/.test(v)) kind ??= 'application';
  }
  return kind;
}

const lineIndexes = new WeakMap<object, LineIndex>();

/** The range of `[start, end)` in a file's text (the index is cached per file object). */
export function offsetRange(file: { text: string }, start: number, end: number): Range {
  let index = lineIndexes.get(file);
  if (!index) {
    index = new LineIndex(file.text);
    lineIndexes.set(file, index);
  }
  return index.range(start, end);
}
