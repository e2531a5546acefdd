// A small, tolerant reader for Gradle build files, Groovy (`build.gradle`) and Kotlin DSL
// (`build.gradle.kts`) alike. It does not evaluate Gradle: it tracks blocks (`android { buildTypes {
// release { … } } }`) and turns each statement into a setting with exact ranges, which is what the
// rules need (`release` → `minifyEnabled false`). Half-typed files still yield the intact statements.
import { LineIndex } from '../engine/text';
import type { Range } from '../engine/types';

export interface GradleBlock {
  kind: 'gradle-block';
  /** Normalised name: `release` for `release {`, `getByName("release") {` and `create("release") {`. */
  name: string;
  /** The header text before `{`, trimmed. */
  header: string;
  /** Names of the enclosing blocks, outermost first, excluding this one. */
  path: string[];
  range: Range;
  startOffset: number;
  endOffset: number;
}

export interface GradleSetting {
  kind: 'gradle-setting';
  /** `minifyEnabled`, `isMinifyEnabled`, `implementation`, `url`, `android.buildFeatures.buildConfig`… */
  key: string;
  /** Raw value text: `false`, `"https://x"`, `signingConfigs.debug`, `"a:b:1.0"`. */
  value: string;
  /** Names of the enclosing blocks, outermost first. */
  path: string[];
  /** `key = value`, `key value` (Groovy), or `key(value)`. */
  form: 'assign' | 'space' | 'call';
  range: Range;
  keyRange: Range;
  valueRange: Range;
  startOffset: number;
  endOffset: number;
  valueStartOffset: number;
  valueEndOffset: number;
}

export interface GradleDocument {
  blocks: GradleBlock[];
  settings: GradleSetting[];
}

/** The string inside quotes, if the value is a single plain string literal. */
export function gradleString(value: string): string | undefined {
  const m = /^(?:"((?:[^"\\$]|\\.)*)"|'((?:[^'\\]|\\.)*)')$/.exec(value.trim());
  return m ? (m[1] ?? m[2]) : undefined;
}

/** `true`/`false` for boolean literals, else undefined. */
export function gradleBoolean(value: string): boolean | undefined {
  const v = value.trim();
  return v === 'true' ? true : v === 'false' ? false : undefined;
}

/** True when a setting sits inside a block with this name anywhere on its path. */
export function inBlock(setting: { path: string[] }, name: string): boolean {
  return setting.path.includes(name);
}

function blockName(header: string): string {
  const named = /(?:getByName|create|named|register|maybeCreate)\s*\(\s*["']([^"']+)["']/.exec(header);
  if (named) return named[1];
  const m = /^([A-Za-z_][\w.]*)/.exec(header);
  return m ? m[1].split('.').pop()! : header;
}

const SETTING_RE = /^([A-Za-z_][\w.]*)\s*(=|\(|\s)\s*([\s\S]*)$/;

export function parseGradle(text: string): GradleDocument {
  const index = new LineIndex(text);
  const blocks: GradleBlock[] = [];
  const settings: GradleSetting[] = [];
  const stack: { block: GradleBlock; name: string }[] = [];
  let segStart = 0;
  let parenDepth = 0;

  const flush = (end: number, opensBlock: boolean) => {
    const raw = text.slice(segStart, end);
    const lead = raw.length - raw.trimStart().length;
    const stmt = raw.trim();
    const start = segStart + lead;
    const stmtEnd = start + stmt.length;
    segStart = end + 1;
    if (!stmt) {
      if (opensBlock) stack.push({ block: anonymousBlock(start), name: '' });
      return;
    }
    const path = stack.map((s) => s.name).filter(Boolean);
    if (opensBlock) {
      const block: GradleBlock = {
        kind: 'gradle-block',
        name: blockName(stmt),
        header: stmt,
        path,
        range: index.range(start, stmtEnd),
        startOffset: start,
        endOffset: stmtEnd,
      };
      blocks.push(block);
      stack.push({ block, name: block.name });
      return;
    }
    const m = SETTING_RE.exec(stmt);
    if (!m) return;
    const [, key, op] = m;
    let value = m[3];
    let valueStart = start + stmt.length - value.length;
    let form: GradleSetting['form'] = op === '=' ? 'assign' : op === '(' ? 'call' : 'space';
    if (form === 'call') {
      // `key(value)`; drop the closing parenthesis.
      const close = value.lastIndexOf(')');
      if (close >= 0) value = value.slice(0, close);
    }
    if (form === 'space' && value.startsWith('=')) {
      form = 'assign';
      const rest = value.slice(1);
      valueStart += value.length - rest.trimStart().length;
      value = rest.trimStart();
    }
    const trimmed = value.trimEnd();
    settings.push({
      kind: 'gradle-setting',
      key,
      value: trimmed,
      path,
      form,
      range: index.range(start, stmtEnd),
      keyRange: index.range(start, start + key.length),
      valueRange: index.range(valueStart, valueStart + trimmed.length),
      startOffset: start,
      endOffset: stmtEnd,
      valueStartOffset: valueStart,
      valueEndOffset: valueStart + trimmed.length,
    });
  };
  const anonymousBlock = (start: number): GradleBlock => ({
    kind: 'gradle-block', name: '', header: '', path: [], range: index.range(start, start), startOffset: start, endOffset: start,
  });

  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const nl = text.indexOf('\n', i);
      const end = nl < 0 ? text.length : nl;
      // A comment ends the statement before it.
      if (parenDepth === 0) {
        flush(i, false);
        segStart = end;
      }
      i = end - 1;
      continue;
    }
    if (c === '/' && next === '*') {
      const close = text.indexOf('*/', i + 2);
      const end = close < 0 ? text.length : close + 2;
      if (parenDepth === 0) {
        flush(i, false);
        segStart = end;
      }
      i = end - 1;
      continue;
    }
    if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      let j = i + quote.length;
      while (j < text.length) {
        if (text[j] === '\\') j += 2;
        else if (text.startsWith(quote, j)) break;
        else if (!triple && text[j] === '\n') break;
        else j++;
      }
      i = j + quote.length - 1;
      continue;
    }
    if (c === '(' || c === '[') parenDepth++;
    else if ((c === ')' || c === ']') && parenDepth > 0) parenDepth--;
    else if (parenDepth > 0) continue;
    else if (c === '{') flush(i, true);
    else if (c === '}') {
      flush(i, false);
      stack.pop();
    } else if (c === '\n' || c === ';') {
      // A line ending in an operator continues on the next line.
      const before = text.slice(segStart, i).trimEnd();
      if (c === '\n' && /[=+,.]$/.test(before)) continue;
      flush(i, false);
    }
  }
  flush(text.length, false);
  return { blocks, settings };
}
