// Reads annotated example files (rules/<id>/cases.*): expected findings written as comments under
// the flagged code. Format: architecture-and-style.md §5.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectModel } from '../../server/src/engine/project';
import type { FileKind } from '../../server/src/engine/types';

export interface Expectation {
  ruleId: string;
  /** 0-based line of the code the annotation points at. */
  line: number;
  /** Exact columns for caret annotations; undefined for `ruleid:` (any column on the line). */
  startCol?: number;
  endCol?: number;
  messageContains?: string;
  wantsFix: boolean;
  /** 0-based line of the annotation itself, for error messages. */
  annotationLine: number;
}

export interface OkExpectation {
  ruleId: string;
  line: number;
  annotationLine: number;
}

export interface CaseFile {
  file: string;
  text: string;
  /** The path the engine sees (decides file kind and source set). */
  virtualPath: string;
  rules: string[];
  project: ProjectModel;
  expectations: Expectation[];
  oks: OkExpectation[];
  todos: { kind: 'todo-ruleid' | 'todo-ok'; ruleId: string; line: number; reason: string }[];
  /** Annotation lines that matched no known form: a typo in a test must fail, not pass silently. */
  malformed: { line: number; text: string }[];
}

const DEFAULT_PATHS: Partial<Record<FileKind, string>> = {
  java: 'app/src/main/java/com/example/cases/Cases.java',
  kotlin: 'app/src/main/java/com/example/cases/Cases.kt',
  manifest: 'app/src/main/AndroidManifest.xml',
  'network-security-config': 'app/src/main/res/xml/network_security_config.xml',
  'res-xml': 'app/src/main/res/xml/cases.xml',
  layout: 'app/src/main/res/layout/activity_cases.xml',
  values: 'app/src/main/res/values/strings.xml',
  gradle: 'app/build.gradle',
  'gradle-kts': 'app/build.gradle.kts',
  'version-catalog': 'gradle/libs.versions.toml',
  proguard: 'app/proguard-rules.pro',
};

/** `cases.kt` → `cases.fixed.kt`; `cases.gradle.kts` → `cases.fixed.gradle.kts`. */
export function fixedName(file: string): string {
  const m = /^(.*?)(\.gradle\.kts|\.versions\.toml|\.[a-z]+)$/.exec(file);
  return m ? `${m[1]}.fixed${m[2]}` : `${file}.fixed`;
}

export function listCaseFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /^cases[\w-]*\./.test(f) && !/\.fixed\./.test(f) && !f.endsWith('.md'))
    .sort();
}

function extensionKinds(file: string): FileKind[] {
  if (file.endsWith('.gradle.kts')) return ['gradle-kts'];
  if (file.endsWith('.kt') || file.endsWith('.kts')) return ['kotlin'];
  if (file.endsWith('.java')) return ['java'];
  if (file.endsWith('.gradle')) return ['gradle'];
  if (file.endsWith('.toml')) return ['version-catalog'];
  if (file.endsWith('.pro')) return ['proguard'];
  if (file.endsWith('.xml')) return ['manifest', 'network-security-config', 'res-xml', 'layout', 'values'];
  return [];
}

/** The comment body of an annotation line, or undefined for code lines. */
function commentBody(line: string, isXml: boolean): string | undefined {
  if (isXml) {
    const m = /^\s*<!--(.*?)-->\s*$/.exec(line);
    return m ? m[1] : undefined;
  }
  const m = /^\s*(?:\/\/|#)(.*)$/.exec(line);
  return m ? m[1] : undefined;
}

const CARET_RE = /^(\s*)(\^+)\s+([a-z0-9-]+)(\s*💡)?(?::\s*(.+))?\s*$/;
const DIRECTIVE_RE = /^\s*(ruleid|ok|todo-ruleid|todo-ok):\s*([a-z0-9-]+)(\s*💡)?\s*(?:\((.*)\))?\s*$/;

export function parseCaseFile(dir: string, file: string, ownerRule: string, ownerFiles: FileKind[]): CaseFile {
  const text = readFileSync(join(dir, file), 'utf8');
  const isXml = file.endsWith('.xml');
  const lines = text.split('\n');
  const result: CaseFile = {
    file: join(dir, file),
    text,
    virtualPath: '',
    rules: [ownerRule],
    project: {},
    expectations: [],
    oks: [],
    todos: [],
    malformed: [],
  };
  let lastCodeLine = -1;
  const pendingNext: ((line: number) => void)[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const body = commentBody(raw, isXml);
    // A suppression marker is what the suppression rule reports on: it counts as code for annotations.
    if (body === undefined || /dfs-guard-ignore\b/.test(body)) {
      if (raw.trim() !== '') {
        lastCodeLine = i;
        for (const cb of pendingNext.splice(0)) cb(i);
      }
      continue;
    }
    const pragma = /^\s*(rules|path|project):\s*(.+?)\s*$/.exec(body);
    if (pragma) {
      if (pragma[1] === 'rules') result.rules = pragma[2].split(',').map((s) => s.trim());
      else if (pragma[1] === 'path') result.virtualPath = pragma[2];
      else {
        const json = JSON.parse(pragma[2]) as Record<string, unknown>;
        result.project = { ...json, markers: Array.isArray(json.markers) ? new Set(json.markers as string[]) : undefined } as ProjectModel;
        if (!result.project.markers) delete result.project.markers;
        // `"constants": {"CryptoConstants.ALGO": "DES"}` simulates constants declared in other files.
        if (json.constants && typeof json.constants === 'object') {
          result.project.constants = new Map(Object.entries(json.constants as Record<string, string | number | boolean>));
        }
      }
      continue;
    }
    if (body.includes('^')) {
      const m = CARET_RE.exec(body);
      if (!m || lastCodeLine < 0) {
        result.malformed.push({ line: i, text: raw });
        continue;
      }
      // The carets' columns in the raw line are the expected columns on the code line above.
      const startCol = raw.indexOf('^');
      result.expectations.push({
        ruleId: m[3],
        line: lastCodeLine,
        startCol,
        endCol: startCol + m[2].length,
        messageContains: m[5]?.trim(),
        wantsFix: !!m[4],
        annotationLine: i,
      });
      continue;
    }
    const d = DIRECTIVE_RE.exec(body);
    if (d) {
      const [, kind, ruleId, bulb, reason] = d;
      if (kind === 'ruleid') {
        pendingNext.push((line) => result.expectations.push({ ruleId, line, wantsFix: !!bulb, annotationLine: i }));
      } else if (kind === 'ok') {
        pendingNext.push((line) => result.oks.push({ ruleId, line, annotationLine: i }));
      } else {
        pendingNext.push((line) => result.todos.push({ kind: kind as 'todo-ruleid' | 'todo-ok', ruleId, line, reason: reason ?? '' }));
      }
      continue;
    }
    // A comment that looks like an annotation but is not one is a broken test.
    if (/^\s*(ruleid|ok|todo-ruleid|todo-ok)\b/.test(body)) result.malformed.push({ line: i, text: raw });
  }
  if (!result.virtualPath) {
    const kinds = extensionKinds(file).filter((k) => ownerFiles.includes(k));
    const kind = kinds[0] ?? extensionKinds(file)[0];
    result.virtualPath = (kind && DEFAULT_PATHS[kind]) ?? `app/src/main/${file}`;
  }
  return result;
}
