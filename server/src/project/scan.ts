// Cheap, grammar-free passes over Kotlin and Java sources for the project model: the words a file
// uses (markers, for app-level absence checks) and the constants it declares (project-wide constant
// resolution). A character scanner blanks comments and string contents, then regexes run on the
// masked text; no tree-sitter, so a 2,000-file project costs well under a second (see
// test/project.test.ts for the measurement). Pure: text in, facts out.
import type { ConstValue } from '../engine/constants';

export type SourceLang = 'java' | 'kotlin';

export interface MaskedText {
  /** Comments replaced by spaces; strings kept (markers want `"su"`, `"test-keys"`). */
  code: string;
  /** Comments and the contents of string and char literals replaced by spaces (quotes kept). */
  structure: string;
}

/** Blanks comments (and, in `structure`, literal contents) keeping every offset. */
export function maskSource(text: string): MaskedText {
  const code = text.split('');
  const structure = text.split('');
  const n = text.length;
  const blank = (arr: string[], from: number, to: number) => {
    for (let k = from; k < to && k < n; k++) if (arr[k] !== '\n') arr[k] = ' ';
  };
  let i = 0;
  while (i < n) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      let end = text.indexOf('\n', i);
      if (end < 0) end = n;
      blank(code, i, end);
      blank(structure, i, end);
      i = end;
    } else if (c === '/' && next === '*') {
      let end = text.indexOf('*/', i + 2);
      end = end < 0 ? n : end + 2;
      blank(code, i, end);
      blank(structure, i, end);
      i = end;
    } else if (c === '"') {
      if (text.startsWith('"""', i)) {
        let end = text.indexOf('"""', i + 3);
        end = end < 0 ? n : end;
        // Kotlin raw strings may end in more than three quotes.
        while (text[end + 3] === '"') end++;
        blank(structure, i + 3, end);
        i = Math.min(n, end + 3);
      } else {
        let j = i + 1;
        while (j < n && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
        blank(structure, i + 1, j);
        i = j + 1;
      }
    } else if (c === "'") {
      // Char literal: 'a', '\n', '\u0041'. A lone quote is left alone.
      const m = /^'(?:[^'\\\n]|\\[^\n]{1,6}?)'/.exec(text.slice(i, i + 10));
      if (m) {
        blank(structure, i + 1, i + m[0].length - 1);
        i += m[0].length;
      } else i++;
    } else i++;
  }
  return { code: code.join(''), structure: structure.join('') };
}

const WORD_RE = /[A-Za-z_][A-Za-z0-9_.-]*/g;

/** Adds a word and its parts split on dots and hyphens (`okhttp3.CertificatePinner`, `pin-set`). */
export function addWord(word: string, into: Set<string>): void {
  const w = word.replace(/[.-]+$/, '');
  if (!w) return;
  into.add(w);
  if (/[.-]/.test(w)) for (const part of w.split(/[.-]/)) if (part && /^[A-Za-z_]/.test(part)) into.add(part);
  if (w.includes('.') && w.includes('-')) for (const part of w.split('.')) if (part) into.add(part);
}

/** Every word of a text into the set (code without comments, XML, coordinates). */
export function addWords(text: string, into: Set<string>): void {
  for (const m of text.matchAll(WORD_RE)) addWord(m[0], into);
}

/** Words of a Kotlin/Java source, comments excluded. */
export function sourceMarkers(text: string, into: Set<string>, masked = maskSource(text)): void {
  addWords(masked.code, into);
}

export interface ConstantDecl {
  /** `NAME` and, when declared in a class or object, `Owner.NAME`. */
  names: string[];
  /** The initialiser text, unevaluated (may reference other constants). */
  expr: string;
}

interface Scope {
  kind: 'class' | 'interface' | 'object' | 'companion' | 'other';
  name?: string;
}

function classify(header: string, lang: SourceLang, stack: Scope[]): Scope {
  const h = header.replace(/[ \t\r]+/g, ' ');
  // Kotlin needs no semicolons: judge a keyword by the text on its own line only.
  const before = (at: number) => h.slice(h.lastIndexOf('\n', at) + 1, at);
  if (lang === 'kotlin') {
    if (/\bcompanion object\b/.test(h)) {
      const owner = [...stack].reverse().find((s) => s.kind === 'class' || s.kind === 'interface' || s.kind === 'object');
      return { kind: 'companion', name: owner?.name };
    }
    const obj = [...h.matchAll(/(?:^|[\s)])(?:data )?object ([A-Za-z_]\w*)/g)].pop();
    if (obj && !/\bfun\b|=/.test(before(obj.index!))) return { kind: 'object', name: obj[1] };
  }
  const cls = [...h.matchAll(/(?:^|[\s;)@])(class|interface|enum|record) ([A-Za-z_]\w*)/g)].pop();
  if (cls && !(lang === 'kotlin' ? /\b(fun|return)\b|=/ : /\b(new|return)\b/).test(before(cls.index!))) {
    return { kind: cls[1] === 'interface' && lang === 'java' ? 'interface' : 'class', name: cls[2] };
  }
  return { kind: 'other' };
}

const JAVA_FIELD_RE =
  /(?:^|[;{}])\s*((?:@\w+\s+)*(?:(?:public|private|protected|static|final|transient|volatile)\s+)*)([A-Za-z_][\w.]*(?:<[^;{}=()]*>)?(?:\[\])*)\s+([A-Za-z_]\w*)\s*=\s*([^;{}]*);/dg;
const KOTLIN_VAL_RE =
  /(?:^|[\n;{}])[ \t]*((?:(?:private|public|internal|protected|const|override|final|@[\w.]+(?:\([^)\n]*\))?)\s+)*)val\s+([A-Za-z_]\w*)\s*(?::\s*[\w.?<>, ]+?\s*)?=\s*([^\n;{}]+)/dg;

/** Constant declarations of one file (names and initialiser text), by a scope-aware regex pass. */
export function scanConstants(text: string, lang: SourceLang, masked = maskSource(text)): ConstantDecl[] {
  const s = masked.structure;
  // Block events: where scopes open and close.
  const events: { at: number; open?: Scope }[] = [];
  const stack: Scope[] = [];
  let segStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '{') {
      const scope = classify(s.slice(segStart, i), lang, stack);
      stack.push(scope);
      events.push({ at: i, open: scope });
      segStart = i + 1;
    } else if (c === '}') {
      stack.pop();
      events.push({ at: i });
      segStart = i + 1;
    } else if (c === ';') segStart = i + 1;
  }
  const re = lang === 'java' ? JAVA_FIELD_RE : KOTLIN_VAL_RE;
  const out: ConstantDecl[] = [];
  const scopeStack: Scope[] = [];
  let e = 0;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const at = m.indices![m.length - 1]![0];
    while (e < events.length && events[e].at < at) {
      const ev = events[e++];
      if (ev.open) scopeStack.push(ev.open);
      else scopeStack.pop();
    }
    const scope = scopeStack[scopeStack.length - 1];
    const exprStart = at;
    const exprEnd = exprStart + m[m.length - 1].length;
    const expr = masked.code.slice(exprStart, exprEnd).trim();
    if (lang === 'java') {
      const mods = m[1];
      const type = m[2];
      if (!scope || scope.kind === 'other' || /^(return|new|throw|else|case)$/.test(type)) continue;
      const isConst = (/\bstatic\b/.test(mods) && /\bfinal\b/.test(mods)) || scope.kind === 'interface';
      if (!isConst) continue;
      out.push({ names: scope.name ? [m[3], `${scope.name}.${m[3]}`] : [m[3]], expr });
    } else {
      const mods = m[1];
      const isConst = /\bconst\b/.test(mods);
      const inStaticScope = !scope || scope.kind === 'object' || scope.kind === 'companion';
      if (scopeStack.some((sc) => sc.kind === 'other')) continue;
      if (!isConst && !inStaticScope) continue;
      if (/\boverride\b/.test(mods)) continue;
      const owner = scope && scope.kind !== 'other' ? scope.name : undefined;
      out.push({ names: owner ? [m[2], `${owner}.${m[2]}`] : [m[2]], expr });
    }
    // Allow the next match to start at the statement boundary this one ended on.
    re.lastIndex = Math.max(m.index + 1, exprEnd);
  }
  return out;
}

/** Evaluates an initialiser made of literals, constant names and `+`; undefined when any part is unknown. */
export function evaluateConstExpr(expr: string, lang: SourceLang, lookup: (name: string) => ConstValue | undefined): ConstValue | undefined {
  const parts = splitPlus(expr);
  if (!parts) return undefined;
  let acc: ConstValue | undefined;
  for (const part of parts) {
    const v = atom(part, lang, lookup);
    if (v === undefined) return undefined;
    if (acc === undefined) acc = v;
    else if (typeof acc === 'number' && typeof v === 'number') acc += v;
    else if (typeof acc === 'string' || typeof v === 'string') acc = `${acc}${v}`;
    else return undefined;
  }
  return acc;
}

function splitPlus(expr: string): string[] | undefined {
  const parts: string[] = [];
  let quote = '';
  let depth = 0;
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"') quote = '"';
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '+' && depth === 0 && i > start && !/[eE]$/.test(expr.slice(start, i).trim())) {
      parts.push(expr.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(expr.slice(start).trim());
  return parts.every(Boolean) ? parts : undefined;
}

function atom(part: string, lang: SourceLang, lookup: (name: string) => ConstValue | undefined): ConstValue | undefined {
  let p = part.trim();
  while (p.startsWith('(') && p.endsWith(')')) p = p.slice(1, -1).trim();
  const str = /^"((?:[^"\\\n]|\\.)*)"$/.exec(p);
  if (str) {
    if (lang === 'kotlin' && /(^|[^\\])\$[{A-Za-z_]/.test(str[1])) return undefined;
    return str[1].replace(/\\(["'\\$])/g, '$1').replace(/\\n/g, '\n').replace(/\\t/g, '\t');
  }
  if (p.startsWith('"""') && p.endsWith('"""') && p.length >= 6) {
    const body = p.slice(3, -3);
    return lang === 'kotlin' && /\$[{A-Za-z_]/.test(body) ? undefined : body;
  }
  if (/^-?(0[xX][0-9a-fA-F_]+|[0-9][0-9_]*)[lL]?$/.test(p)) {
    const n = Number(p.replace(/[_lL]/g, ''));
    return Number.isFinite(n) ? n : undefined;
  }
  if (/^-?[0-9][0-9_]*\.[0-9_]+([eE][+-]?[0-9]+)?[fFdD]?$/.test(p)) {
    const n = Number(p.replace(/[_fFdD]/g, ''));
    return Number.isFinite(n) ? n : undefined;
  }
  if (p === 'true' || p === 'false') return p === 'true';
  if (/^[A-Za-z_][\w.]*$/.test(p)) {
    const segs = p.split('.');
    if (segs.length === 1) return lookup(p);
    return lookup(segs.slice(-2).join('.')) ?? lookup(segs[segs.length - 1]);
  }
  return undefined;
}
