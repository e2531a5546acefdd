// Builds the ProjectModel (server/src/engine/project.ts) of the module a file belongs to, from disk:
// the module's Gradle file (Groovy or KTS, version-catalog aliases resolved), its main
// AndroidManifest.xml, and project-wide markers and constants from a walk over the sources.
// Synchronous (readFileSync) and tolerant: a missing, unreadable or half-typed file leaves fields
// undefined and never throws. Cached per module root and per project root; invalidate() drops what a
// changed file affects. Models cross worker threads through serializeModel/deserializeModel.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { ConstantTable, ConstValue } from '../engine/constants';
import { sourceSetOf } from '../engine/files';
import type { ComponentFact, ProjectModel } from '../engine/project';
import { gradleString, parseGradle, type GradleDocument } from '../parsing/gradle';
import { parseXml, type XmlElement } from '../parsing/xml';
import { coordinateOf, parseVersionCatalog, resolveCatalogRef, type VersionCatalog } from './catalog';
import { dependencyDeclarations, isDebugConfiguration, isTestConfiguration, shipsInRelease } from './dependencies';
import { addWord, addWords, evaluateConstExpr, maskSource, scanConstants, type ConstantDecl, type SourceLang } from './scan';

export { catalogKey, parseVersionCatalog, resolveCatalogRef } from './catalog';
export type { VersionCatalog } from './catalog';

export interface ProjectIndexOptions {
  /** Files larger than this are skipped by the source walk (default 2 MB). */
  maxFileBytes?: number;
  /** The walk stops after this many candidate files; markers then become unknown (default 20,000). */
  maxFiles?: number;
  /** Walk the sources for markers and constants (default true). */
  scanSources?: boolean;
}

const GRADLE_FILES = ['build.gradle.kts', 'build.gradle'];
const SETTINGS_FILES = ['settings.gradle.kts', 'settings.gradle'];
const SKIP_DIRS = new Set(['build', 'node_modules', 'out', 'bin', 'intermediates', 'generated']);
const COMPONENT_TAGS = new Set(['activity', 'activity-alias', 'service', 'receiver', 'provider']);

interface FileFacts {
  markers: string[];
  constants: ConstantDecl[];
  lang?: SourceLang;
}

interface ProjectState {
  root: string;
  files?: string[];
  truncated?: boolean;
  facts: Map<string, FileFacts | null>;
  catalogs?: VersionCatalog[];
  properties?: Map<string, string>;
  markers?: Set<string>;
  constants?: ConstantTable;
}

const norm = (p: string) => resolve(p);

function readText(path: string, maxBytes = Infinity): string | undefined {
  try {
    const st = statSync(path);
    if (!st.isFile() || st.size > maxBytes) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function safeParseGradle(text: string): GradleDocument | undefined {
  try {
    return parseGradle(text);
  } catch {
    return undefined;
  }
}

function langOf(path: string): SourceLang | undefined {
  return path.endsWith('.kt') ? 'kotlin' : path.endsWith('.java') ? 'java' : undefined;
}

function isResXml(path: string): boolean {
  return /[\\/]res[\\/]xml[^\\/]*[\\/][^\\/]+\.xml$/.test(path);
}

function isGradleBuildFile(path: string): boolean {
  const b = basename(path);
  return b === 'build.gradle' || b === 'build.gradle.kts';
}

export class ProjectIndex {
  private readonly models = new Map<string, ProjectModel>();
  private readonly projects = new Map<string, ProjectState>();
  private readonly moduleRoots = new Map<string, string | null>();
  private readonly existsCache = new Map<string, boolean>();
  private readonly maxFileBytes: number;
  private readonly maxFiles: number;
  private readonly scanSources: boolean;

  constructor(options: ProjectIndexOptions = {}) {
    this.maxFileBytes = options.maxFileBytes ?? 2 * 1024 * 1024;
    this.maxFiles = options.maxFiles ?? 20_000;
    this.scanSources = options.scanSources ?? true;
  }

  /** The model of the module `filePath` belongs to; `{}` outside any Gradle/Android module. */
  modelFor(filePath: string): ProjectModel {
    try {
      const moduleRoot = this.moduleRootOf(filePath);
      if (!moduleRoot) return {};
      let model = this.models.get(moduleRoot);
      if (!model) {
        model = this.buildModel(moduleRoot);
        this.models.set(moduleRoot, model);
      }
      return model;
    } catch {
      return {};
    }
  }

  /** Nearest ancestor with build.gradle[.kts], or the folder above `src/<set>/`. */
  moduleRootOf(filePath: string): string | undefined {
    const abs = norm(filePath);
    const cached = this.moduleRoots.get(abs);
    if (cached !== undefined) return cached ?? undefined;
    const srcMatch = /^(.*?)[\\/]src[\\/][A-Za-z0-9_]+[\\/]/.exec(abs);
    const srcParent = srcMatch ? srcMatch[1] : undefined;
    let dir = this.isDir(abs) ? abs : dirname(abs);
    let found: string | undefined;
    for (let depth = 0; depth < 64; depth++) {
      if (GRADLE_FILES.some((f) => this.exists(join(dir, f)))) {
        found = dir;
        break;
      }
      if (dir === srcParent) {
        found = dir;
        break;
      }
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
    this.moduleRoots.set(abs, found ?? null);
    return found;
  }

  /** The Gradle project root: the topmost ancestor with settings.gradle[.kts] (within the repository), else the module root. */
  projectRootOf(moduleRoot: string): string {
    let dir = norm(moduleRoot);
    let top: string | undefined;
    for (let depth = 0; depth < 64; depth++) {
      if (SETTINGS_FILES.some((f) => this.exists(join(dir, f)))) top = dir;
      if (this.exists(join(dir, '.git'))) break;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
    return top ?? norm(moduleRoot);
  }

  /** Drops what a changed, created or deleted file affects. */
  invalidate(changedPath: string): void {
    const abs = norm(changedPath);
    const base = basename(abs);
    this.existsCache.delete(abs);
    for (const [p] of this.existsCache) if (p.startsWith(abs + sep)) this.existsCache.delete(p);
    const affected = [...this.projects.values()].filter((p) => abs === p.root || abs.startsWith(p.root + sep));
    if (GRADLE_FILES.includes(base) || SETTINGS_FILES.includes(base)) this.moduleRoots.clear();
    if (SETTINGS_FILES.includes(base) || base === 'gradle.properties' || base.endsWith('.versions.toml') || !/\.[A-Za-z0-9]+$/.test(base)) {
      // Project structure or shared Gradle data changed: drop the whole project.
      for (const p of affected) this.dropProject(p.root);
      if (affected.length === 0) this.models.clear();
      return;
    }
    for (const p of affected) {
      if (this.isSourceCandidate(abs)) {
        p.facts.delete(abs);
        if (p.files && !p.files.includes(abs)) p.files = undefined; // a new file: walk again
        p.markers = undefined;
        p.constants = undefined;
        this.dropModelsOf(p.root);
      }
    }
    if (GRADLE_FILES.includes(base) || base === 'AndroidManifest.xml') {
      const moduleRoot = base === 'AndroidManifest.xml' ? this.moduleRootOf(abs) : dirname(abs);
      if (moduleRoot) this.models.delete(moduleRoot);
      // The root build file holds `ext { }` values other modules read.
      for (const p of affected) if (dirname(abs) === p.root) this.dropModelsOf(p.root);
    }
  }

  /** Forgets everything. */
  clear(): void {
    this.models.clear();
    this.projects.clear();
    this.moduleRoots.clear();
    this.existsCache.clear();
  }

  private dropProject(root: string): void {
    this.projects.delete(root);
    this.dropModelsOf(root);
  }

  private dropModelsOf(root: string): void {
    for (const key of [...this.models.keys()]) if (key === root || key.startsWith(root + sep)) this.models.delete(key);
  }

  private exists(path: string): boolean {
    let v = this.existsCache.get(path);
    if (v === undefined) {
      try {
        statSync(path);
        v = true;
      } catch {
        v = false;
      }
      this.existsCache.set(path, v);
    }
    return v;
  }

  private isDir(path: string): boolean {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  }

  private project(moduleRoot: string): ProjectState {
    const root = this.projectRootOf(moduleRoot);
    let state = this.projects.get(root);
    if (!state) {
      state = { root, facts: new Map() };
      this.projects.set(root, state);
    }
    return state;
  }

  private catalogs(state: ProjectState): VersionCatalog[] {
    if (!state.catalogs) {
      const catalogs: VersionCatalog[] = [];
      const dir = join(state.root, 'gradle');
      let names: string[] = [];
      try {
        names = readdirSync(dir).filter((n) => n.endsWith('.versions.toml')).sort();
      } catch {
        // no gradle/ folder
      }
      for (const n of names) {
        const text = readText(join(dir, n), this.maxFileBytes);
        if (text !== undefined) catalogs.push(parseVersionCatalog(text, n.slice(0, -'.versions.toml'.length)));
      }
      state.catalogs = catalogs;
    }
    return state.catalogs;
  }

  /** `ext { … }` / `ext.x = …` values of the root build file and gradle.properties, for `rootProject.ext.minSdkVersion`. */
  private properties(state: ProjectState): Map<string, string> {
    if (!state.properties) {
      const props = new Map<string, string>();
      const gp = readText(join(state.root, 'gradle.properties'), this.maxFileBytes);
      if (gp) {
        for (const line of gp.split(/\r?\n/)) {
          const m = /^\s*([A-Za-z_][\w.-]*)\s*[=:]\s*(.*?)\s*$/.exec(line);
          if (m && !line.trimStart().startsWith('#')) props.set(m[1], m[2]);
        }
      }
      for (const f of GRADLE_FILES) {
        const text = readText(join(state.root, f), this.maxFileBytes);
        const doc = text === undefined ? undefined : safeParseGradle(text);
        if (!doc) continue;
        for (const s of doc.settings) {
          const inExt = s.path[s.path.length - 1] === 'ext' || s.path.includes('extra');
          const key = inExt ? s.key : /^(?:project\.|rootProject\.)?ext\.(\w+)$/.exec(s.key)?.[1];
          if (!key) continue;
          const v = gradleString(s.value) ?? (/^-?\d+$/.test(s.value.trim()) ? s.value.trim() : undefined);
          if (v !== undefined) props.set(key, v);
        }
        // KTS: `extra["minSdk"] = 24` / `val minSdk by extra(24)`
        for (const m of text!.matchAll(/extra\[\s*"(\w+)"\s*\]\s*=\s*("?)([\w.-]+)\2/g)) props.set(m[1], m[3]);
        for (const m of text!.matchAll(/val\s+(\w+)\s+by\s+extra\(\s*("?)([\w.-]+)\2\s*\)/g)) props.set(m[1], m[3]);
      }
      state.properties = props;
    }
    return state.properties;
  }

  private buildModel(moduleRoot: string): ProjectModel {
    const state = this.project(moduleRoot);
    const model: ProjectModel = { moduleRoot, projectRoot: state.root };
    const catalogs = this.catalogs(state);
    if (this.scanSources) this.ensureSources(state);
    this.readGradle(moduleRoot, state, catalogs, model);
    this.readManifest(moduleRoot, model);
    if (model.isLibrary !== true && model.applicationId === undefined && model.manifestPackage && model.isLibrary === false) {
      model.applicationId = model.manifestPackage;
    }
    const libs: Record<string, string> = {};
    for (const c of catalogs) for (const [k, lib] of c.libraries) libs[`${c.name}.${k}`] = coordinateOf(lib);
    if (Object.keys(libs).length > 0) model.catalogLibraries = libs;
    if (this.scanSources) {
      if (state.markers) model.markers = state.markers;
      if (state.constants) model.constants = state.constants;
    }
    return model;
  }

  private readGradle(moduleRoot: string, state: ProjectState, catalogs: VersionCatalog[], model: ProjectModel): void {
    let path: string | undefined;
    let text: string | undefined;
    for (const f of GRADLE_FILES) {
      text = readText(join(moduleRoot, f), this.maxFileBytes);
      if (text !== undefined) {
        path = join(moduleRoot, f);
        break;
      }
    }
    if (text === undefined || !path) return;
    const doc = safeParseGradle(text);
    if (!doc) return;
    model.gradlePath = path;
    const props = this.properties(state);
    const resolveNumber = (raw: string): number | undefined => {
      const v = raw.trim();
      if (/^\d+$/.test(v)) return Number(v);
      const s = gradleString(v);
      if (s !== undefined && /^\d+$/.test(s)) return Number(s);
      const ref = resolveCatalogRef(v, catalogs);
      if (ref?.kind === 'version') return /^\d+$/.test(ref.version) ? Number(ref.version) : undefined;
      const bare = v.replace(/\s+as\s+\w+\??$/, '').replace(/\.(toInt|toInteger|toString)\(\)$/, '').replace(/^\((.*)\)$/, '$1').trim();
      const name =
        /^(?:(?:rootProject|project)\.)?(?:(?:ext|extra)\.)?(\w+)$/.exec(bare)?.[1] ??
        /^(?:(?:rootProject|project)\.)?(?:ext|extra)\[\s*["'](\w+)["']\s*\]$/.exec(bare)?.[1] ??
        /^(?:property|findProperty|providers\.gradleProperty)\(\s*["'](\w+)["']\s*\)/.exec(bare)?.[1];
      if (name && props.has(name) && /^\d+$/.test(props.get(name)!)) return Number(props.get(name));
      // buildSrc / build-logic objects: `AndroidConfig.minSdk`.
      const c = state.constants?.get(v.split('.').slice(-2).join('.')) ?? (v.includes('.') ? undefined : state.constants?.get(v));
      return typeof c === 'number' ? c : undefined;
    };

    // Plugins: library or application.
    const pluginIds: string[] = [];
    for (const s of doc.settings) {
      const v = s.value.trim();
      // `alias(…) apply false` in a root build file declares a plugin without applying it.
      if (/\bapply\s*\(?\s*false\b/.test(text.slice(s.startOffset, s.endOffset))) continue;
      if (s.path[s.path.length - 1] === 'plugins' || s.path.length === 0) {
        if (s.key === 'id') {
          const m = /^\(?\s*["']([^"']+)["']/.exec(v);
          if (m) pluginIds.push(m[1]);
        } else if (s.key === 'alias') {
          const ref = resolveCatalogRef(v.replace(/\)\s*apply\s*\(?\s*(true|false)\)?$/, ''), catalogs);
          if (ref?.kind === 'plugin') pluginIds.push(ref.plugin.id);
          else pluginIds.push(v.replace(/^\w+\.plugins\./, ''));
        } else if (s.key === 'kotlin') {
          const m = /^["']([^"']+)["']/.exec(v);
          if (m) pluginIds.push(`org.jetbrains.kotlin.${m[1]}`);
        } else if (s.key === 'apply') {
          const m = /plugin\s*[:=]\s*["']([^"']+)["']/.exec(v);
          if (m) pluginIds.push(m[1]);
        }
      }
    }
    // `id("a") version "1"` / `id 'a' apply false` keep only the id, handled by the regex above.
    model.plugins = pluginIds;
    const isLib = pluginIds.some((id) => id === 'com.android.library' || /(^|[.-])android[.-]library$/.test(id) || id === 'android-library');
    const isApp = pluginIds.some((id) => id === 'com.android.application' || /(^|[.-])android[.-]application$/.test(id) || id === 'android');
    if (isLib) model.isLibrary = true;
    else if (isApp || pluginIds.includes('com.android.dynamic-feature')) model.isLibrary = false;

    // SDK levels and applicationId from defaultConfig; flavours may lower them.
    let minSdk: number | undefined;
    let targetSdk: number | undefined;
    let flavourMin: number | undefined;
    let flavourTarget: number | undefined;
    for (const s of doc.settings) {
      const last = s.path[s.path.length - 1];
      const inDefault = last === 'defaultConfig';
      const inFlavour = s.path[s.path.length - 2] === 'productFlavors';
      if (!inDefault && !inFlavour) continue;
      if (s.key === 'minSdk' || s.key === 'minSdkVersion') {
        const n = resolveNumber(s.value);
        if (n === undefined) continue;
        if (inDefault) minSdk = n;
        else flavourMin = Math.min(flavourMin ?? n, n);
      } else if (s.key === 'targetSdk' || s.key === 'targetSdkVersion') {
        const n = resolveNumber(s.value);
        if (n === undefined) continue;
        if (inDefault) targetSdk = n;
        else flavourTarget = Math.min(flavourTarget ?? n, n);
      } else if (s.key === 'applicationId' && inDefault) {
        const id = gradleString(s.value);
        if (id) model.applicationId = id;
      }
    }
    const gradleName = basename(path);
    if (minSdk !== undefined || flavourMin !== undefined) {
      model.minSdk = Math.min(minSdk ?? Infinity, flavourMin ?? Infinity);
      model.sdkSource = `${gradleName}${flavourMin !== undefined && flavourMin < (minSdk ?? Infinity) ? ' (productFlavors)' : ' (defaultConfig)'}`;
    }
    if (targetSdk !== undefined || flavourTarget !== undefined) {
      model.targetSdk = Math.min(targetSdk ?? Infinity, flavourTarget ?? Infinity);
      model.sdkSource ??= `${gradleName} (defaultConfig)`;
    }
    const ns = doc.settings.find((s) => s.key === 'namespace' && s.path[s.path.length - 1] === 'android');
    if (ns) model.namespace = gradleString(ns.value);

    // The release build type.
    if (doc.blocks.some((b) => b.name === 'android' && b.path.length === 0)) {
      const release: Record<string, string> = {};
      for (const s of doc.settings) {
        const n = s.path.length;
        if (n < 2 || s.path[n - 1] !== 'release' || s.path[n - 2] !== 'buildTypes') continue;
        release[s.key] = s.value;
        const plain = /^is([A-Z])(\w*)$/.exec(s.key);
        if (plain) release[plain[1].toLowerCase() + plain[2]] = s.value;
      }
      model.releaseBuildType = release;
    }

    // Dependencies.
    const decls = dependencyDeclarations(doc, catalogs).filter((d) => !d.buildscript);
    const coords = new Set<string>();
    const all: { configuration: string; coordinate: string }[] = [];
    for (const d of decls) {
      for (const c of d.coordinates) {
        all.push({ configuration: d.configuration, coordinate: c.coordinate });
        if (shipsInRelease(d.configuration)) coords.add(c.coordinate);
      }
    }
    model.dependencies = [...coords];
    model.dependencyDeclarations = all;
  }

  private readManifest(moduleRoot: string, model: ProjectModel): void {
    const path = join(moduleRoot, 'src', 'main', 'AndroidManifest.xml');
    const text = readText(path, this.maxFileBytes);
    if (text === undefined) return;
    let root: XmlElement | undefined;
    try {
      root = parseXml(text).root;
    } catch {
      return;
    }
    if (!root || root.name !== 'manifest') return;
    model.manifestPath = path;
    const pkg = root.attr('package')?.value;
    if (pkg) model.manifestPackage = pkg;
    const permissions: string[] = [];
    const components: ComponentFact[] = [];
    for (const child of root.children) {
      if (child.name === 'uses-sdk') {
        const min = Number(child.attr('android:minSdkVersion')?.value);
        const target = Number(child.attr('android:targetSdkVersion')?.value);
        if (model.minSdk === undefined && Number.isInteger(min) && min > 0) {
          model.minSdk = min;
          model.sdkSource ??= 'AndroidManifest.xml <uses-sdk>';
        }
        if (model.targetSdk === undefined && Number.isInteger(target) && target > 0) {
          model.targetSdk = target;
          model.sdkSource ??= 'AndroidManifest.xml <uses-sdk>';
        }
      } else if (/^uses-permission(-sdk-23|-sdk-m)?$/.test(child.name)) {
        const name = child.attr('android:name')?.value;
        if (name) permissions.push(name);
      } else if (child.name === 'application') {
        if (child.attr('android:networkSecurityConfig')?.value) model.hasNetworkSecurityConfig = true;
        else model.hasNetworkSecurityConfig = false;
        for (const c of child.children) {
          if (!COMPONENT_TAGS.has(c.name)) continue;
          const exported = c.attr('android:exported')?.value;
          const fact: ComponentFact = {
            tag: c.name as ComponentFact['tag'],
            name: c.attr('android:name')?.value ?? '',
            hasIntentFilter: c.children.some((x) => x.name === 'intent-filter'),
            range: c.nameRange,
          };
          if (exported === 'true' || exported === 'false') fact.exported = exported === 'true';
          const permission = c.attr('android:permission')?.value;
          if (permission) fact.permission = permission;
          fact.actions = c.children
            .filter((x) => x.name === 'intent-filter')
            .flatMap((f) => f.children.filter((a) => a.name === 'action').flatMap((a) => a.attr('android:name')?.value ?? []));
          components.push(fact);
        }
      }
    }
    model.permissions = permissions;
    model.components = components;
  }

  // ---- project-wide sources: markers and constants ----

  private isSourceCandidate(path: string): boolean {
    return !!langOf(path) || isResXml(path) || isGradleBuildFile(path);
  }

  private walk(state: ProjectState): void {
    const files: string[] = [];
    let truncated = false;
    const visit = (dir: string, depth: number) => {
      if (truncated || depth > 40) return;
      let entries: import('node:fs').Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        if (truncated) return;
        const p = join(dir, e.name);
        if (e.isDirectory()) {
          if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
          if (basename(dir) === 'src' && /^(test|androidTest|sharedTest|testFixtures)|Test$/.test(e.name)) continue;
          visit(p, depth + 1);
        } else if (e.isFile() && this.isSourceCandidate(p)) {
          if (langOf(p) && sourceSetOf(p) === 'test') continue;
          if (files.length >= this.maxFiles) {
            truncated = true;
            return;
          }
          files.push(p);
        }
      }
    };
    visit(state.root, 0);
    state.files = files;
    state.truncated = truncated;
  }

  private factsOf(path: string, state: ProjectState): FileFacts | null {
    const text = readText(path, this.maxFileBytes);
    if (text === undefined) return null;
    const markers = new Set<string>();
    const lang = langOf(path);
    if (lang) {
      const masked = maskSource(text);
      addWords(masked.code, markers);
      let constants: ConstantDecl[] = [];
      try {
        constants = scanConstants(text, lang, masked);
      } catch {
        constants = [];
      }
      return { markers: [...markers], constants, lang };
    }
    if (isGradleBuildFile(path)) {
      const doc = safeParseGradle(text);
      if (!doc) return { markers: [], constants: [] };
      for (const d of dependencyDeclarations(doc, this.catalogs(state))) {
        if (d.buildscript || isTestConfiguration(d.configuration) || isDebugConfiguration(d.configuration)) continue;
        for (const c of d.coordinates) {
          markers.add(`${c.group}:${c.name}`);
          addWord(c.group, markers);
          addWord(c.name, markers);
        }
      }
      return { markers: [...markers], constants: [] };
    }
    addWords(text, markers);
    return { markers: [...markers], constants: [] };
  }

  private ensureSources(state: ProjectState): void {
    if (state.markers && state.constants) return;
    if (!state.files) this.walk(state);
    const markers = new Set<string>();
    const decls: { decl: ConstantDecl; lang: SourceLang }[] = [];
    for (const f of state.files!) {
      let facts = state.facts.get(f);
      if (facts === undefined) {
        try {
          facts = this.factsOf(f, state);
        } catch {
          facts = null;
        }
        state.facts.set(f, facts);
      }
      if (!facts) continue;
      for (const m of facts.markers) markers.add(m);
      if (facts.lang) for (const d of facts.constants) decls.push({ decl: d, lang: facts.lang });
    }
    // A truncated walk cannot prove absence: leave markers unknown.
    state.markers = state.truncated ? undefined : markers;
    state.constants = resolveConstants(decls);
    if (state.truncated) state.markers = undefined;
  }
}

/** Evaluates constant declarations project-wide; a name declared with two different values is dropped. */
export function resolveConstants(decls: { decl: ConstantDecl; lang: SourceLang }[]): ConstantTable {
  const table: ConstantTable = new Map();
  const ambiguous = new Set<string>();
  let pending = decls;
  // Pass 0 takes literals only, so every ambiguity among them is known before references resolve.
  for (let pass = 0; pass < 5 && pending.length > 0; pass++) {
    const next: typeof decls = [];
    const lookup = pass === 0 ? () => undefined : (n: string) => (ambiguous.has(n) ? undefined : table.get(n));
    for (const item of pending) {
      const v = evaluateConstExpr(item.decl.expr, item.lang, lookup);
      if (v === undefined) {
        next.push(item);
        continue;
      }
      for (const name of item.decl.names) {
        if (ambiguous.has(name)) continue;
        const prev = table.get(name);
        if (prev !== undefined && prev !== v) {
          ambiguous.add(name);
          table.delete(name);
        } else table.set(name, v);
      }
    }
    if (pass > 0 && next.length === pending.length) break;
    pending = next;
  }
  return table;
}

/** A ProjectModel in plain JSON (Sets and Maps as arrays), for worker threads and caches. */
export type SerializedProjectModel = Omit<ProjectModel, 'markers' | 'constants'> & {
  markers?: string[];
  constants?: [string, ConstValue][];
};

export function serializeModel(model: ProjectModel): SerializedProjectModel {
  const { markers, constants, ...rest } = model;
  const out: SerializedProjectModel = { ...rest };
  if (markers) out.markers = [...markers];
  if (constants) out.constants = [...constants];
  return out;
}

export function deserializeModel(json: SerializedProjectModel): ProjectModel {
  const { markers, constants, ...rest } = json;
  const out: ProjectModel = { ...rest };
  if (Array.isArray(markers)) out.markers = new Set(markers);
  if (Array.isArray(constants)) out.constants = new Map(constants);
  return out;
}
