// The analysis engine: text (and optionally a parse tree) in, findings out.
// Trigger nodes are collected inside WASM with one descendantsOfType call per file and dispatched to
// the rules subscribed to them (performance-notes.md §6: 4-6x faster than queries, flat in rule count).
import type { Node, Tree } from 'web-tree-sitter';
import { parseGradle, type GradleBlock, type GradleSetting } from '../parsing/gradle';
import { getParser, loadedParser, type CodeLanguage } from '../parsing/grammars';
import { parseXml, type XmlAttribute, type XmlDocument, type XmlElement } from '../parsing/xml';
import { nodeRange } from './ast';
import { applySuppressions, parseAnnotationSuppressions, parseCommentSuppressions } from './suppress';
import { collectFileConstants, evaluate, type ConstantTable } from './constants';
import { classifyPath, sourceSetOf } from './files';
import { EMPTY_PROJECT, type ProjectModel } from './project';
import type { AnyRule, FileInfo, FixBuilder, Location, RuleContext, RuleHandlers } from './rule';
import { LineIndex } from './text';
import type { AnalysisResult, FileKind, FileProblem, Finding, Range } from './types';
import {
  collectFileSymbols,
  declarationViews,
  toView,
  TRIGGER_NODE_TYPES,
  type CodeTrigger,
  type Lang,
} from './view';

export interface AnalyzeInput {
  path: string;
  text: string;
  rules: readonly AnyRule[];
  /** A tree for `text`, when the caller keeps one (the language server); otherwise the engine parses. */
  tree?: Tree;
  kind?: FileKind;
  project?: ProjectModel;
  /** Analyse test and debug-only source sets too (off by default: they do not ship in release). */
  includeNonReleaseSources?: boolean;
  /** Every rule id that exists (for "unknown rule" in suppressions); defaults to the ids of `rules`. */
  knownRuleIds?: Set<string>;
  /** Rules a team made mandatory: their findings cannot be suppressed in source. */
  nonSuppressible?: Set<string>;
}

/** The built-in rule whose findings are problems with suppression markers themselves. */
export const SUPPRESSION_RULE_ID = 'dfs-guard-suppression';

const CODE_TRIGGERS: CodeTrigger[] = ['call', 'member', 'assignment', 'declaration', 'function', 'class', 'lambda', 'string', 'comparison'];
const TRIGGER_TO_HANDLER: Record<CodeTrigger, keyof RuleHandlers<string>> = {
  call: 'call',
  member: 'member',
  assignment: 'assignment',
  declaration: 'declaration',
  function: 'function',
  class: 'class',
  lambda: 'lambda',
  string: 'string',
  comparison: 'comparison',
};

export function languageOf(kind: FileKind): CodeLanguage | undefined {
  return kind === 'java' ? 'java' : kind === 'kotlin' ? 'kotlin' : undefined;
}

/** Loads the grammars the given paths need, so analyze() can run synchronously afterwards. */
export async function prepareLanguages(langs: CodeLanguage[] = ['java', 'kotlin']): Promise<void> {
  await Promise.all(langs.map((l) => getParser(l)));
}

/** Parses and analyses one file; loads the grammar first if needed. */
export async function analyzeText(input: AnalyzeInput): Promise<AnalysisResult> {
  const kind = input.kind ?? classifyPath(input.path, input.text);
  const lang = languageOf(kind);
  if (lang) await getParser(lang);
  return analyze({ ...input, kind });
}

/** Synchronous analysis; for Java/Kotlin the grammar must be loaded (prepareLanguages) or a tree given. */
export function analyze(input: AnalyzeInput): AnalysisResult {
  const kind = input.kind ?? classifyPath(input.path, input.text);
  const sourceSet = sourceSetOf(input.path);
  const result: AnalysisResult = { findings: [], problems: [], parseErrors: 0 };
  if (sourceSet !== 'main' && !input.includeNonReleaseSources) return result;
  const rules = input.rules.filter((r) => r.meta.files.includes(kind));
  if (rules.length === 0) return result;

  const file: FileInfo = { path: input.path, kind, sourceSet, text: input.text };
  const project = input.project ?? EMPTY_PROJECT;
  const index = new LineIndex(input.text);
  const session = new Session(file, project, index, result);

  const lang = languageOf(kind);
  let ownTree: Tree | undefined;
  try {
    if (lang) {
      let tree = input.tree;
      if (!tree) {
        const parser = loadedParser(lang);
        if (!parser) throw new Error(`DFS Guard: the ${lang} grammar is not loaded; call prepareLanguages() first`);
        tree = ownTree = parser.parse(input.text) ?? undefined;
        if (!tree) {
          result.problems.push({ path: input.path, kind: 'parse', message: 'the parser gave up on this file' });
          return result;
        }
      }
      result.parseErrors = countParseErrors(tree.rootNode);
      runCodeRules(tree.rootNode, lang, rules, session);
      if (result.parseErrors > 0) recoverErrorRegions(tree.rootNode, input.text, lang, rules, session);
    } else {
      analyzeNonCode(kind, input.text, rules, session);
    }
    session.dispatch(rules, 'file', [file]);
    result.findings = dedupe(result.findings);
    // Suppressions read annotations from the tree, so they run before the tree is freed.
    suppress(input, kind, session, result);
    return result;
  } finally {
    // WASM memory never shrinks: free trees we made as soon as we are done (performance-notes.md §5).
    ownTree?.delete();
  }
}

function analyzeNonCode(kind: FileKind, text: string, rules: AnyRule[], session: Session): void {
  if (kind === 'gradle' || kind === 'gradle-kts') {
    const doc = parseGradle(text);
    session.dispatch(rules, 'gradleBlock', doc.blocks);
    session.dispatch(rules, 'gradleSetting', doc.settings);
  } else if (kind === 'version-catalog' || kind === 'proguard' || kind === 'other') {
    // File-level rules only.
  } else {
    const doc = parseXml(text);
    session.xml = doc;
    session.result.parseErrors = doc.errors.length;
    session.dispatch(rules, 'xmlElement', doc.elements);
    session.dispatch(rules, 'xmlAttribute', doc.elements.flatMap((e) => e.attributes));
  }
}

function suppress(input: AnalyzeInput, kind: FileKind, session: Session, result: AnalysisResult): void {
  if (!input.text.includes('dfs-guard')) return;
  const isXml = !languageOf(kind) && kind !== 'gradle' && kind !== 'gradle-kts' && kind !== 'proguard' && kind !== 'version-catalog' && kind !== 'other';
  const parsed = parseCommentSuppressions(input.text, isXml);
  const suppressions = [...parsed.suppressions, ...(session.root ? parseAnnotationSuppressions(session.root, input.text) : [])];
  const known = input.knownRuleIds ?? new Set(input.rules.map((r) => r.id));
  const active = new Set(input.rules.filter((r) => r.meta.files.includes(kind)).map((r) => r.id));
  const applied = applySuppressions(result.findings, suppressions, { knownRules: known, activeRules: active, nonSuppressible: input.nonSuppressible });
  result.findings = applied.kept;
  result.suppressed = applied.suppressed;
  const meta = input.rules.find((r) => r.id === SUPPRESSION_RULE_ID);
  if (!meta) return;
  for (const p of [...parsed.problems, ...applied.problems]) {
    const template = meta.meta.messages[p.messageId] ?? p.messageId;
    result.findings.push({
      ruleId: SUPPRESSION_RULE_ID,
      severity: p.messageId === 'unused' ? 'low' : 'medium',
      message: template.replace(/\{\{(\w+)\}\}/g, (_: string, k: string) => p.data[k] ?? ''),
      path: input.path,
      range: p.range,
      fixes: [],
    });
  }
  result.findings = dedupe(result.findings);
}

function countParseErrors(root: Node): number {
  if (!root.hasError) return 0;
  return root.descendantsOfType('ERROR').length + countMissing(root);
}

function countMissing(node: Node): number {
  // MISSING nodes are zero-width tokens the parser inserted; only walk subtrees that contain errors.
  let n = node.isMissing ? 1 : 0;
  if (!node.hasError) return n;
  for (const child of node.children) if (child) n += countMissing(child);
  return n;
}

function runCodeRules(root: Node, lang: Lang, rules: AnyRule[], session: Session): void {
  // Which node types we need, and which triggers each node type feeds.
  const byType = new Map<string, CodeTrigger[]>();
  for (const trigger of CODE_TRIGGERS) {
    const handler = TRIGGER_TO_HANDLER[trigger];
    if (!rules.some((r) => r.on[handler])) continue;
    for (const type of TRIGGER_NODE_TYPES[lang][trigger]) {
      const list = byType.get(type) ?? [];
      list.push(trigger);
      byType.set(type, list);
    }
  }
  session.root = root;
  session.lang = lang;
  const symbols = collectFileSymbols(root, lang);
  if (byType.size > 0) {
    for (const node of root.descendantsOfType([...byType.keys()])) {
      for (const trigger of byType.get(node.type) ?? []) {
        const handler = TRIGGER_TO_HANDLER[trigger];
        let views: object[];
        try {
          // Half-typed code yields odd shapes (MISSING identifiers, empty names): a view that cannot be
          // built is skipped, never fatal.
          if (trigger === 'declaration') views = declarationViews(node, lang);
          else {
            const view = toView(node, trigger, lang, symbols);
            views = view ? [view] : [];
          }
        } catch {
          continue;
        }
        if (views.length) session.dispatch(rules, handler, views);
      }
    }
  }
}

/** A line that starts a declaration: a safe place to cut a swallowed region into independent chunks. */
const DECLARATION_START =
  /^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|protected|internal|override|open|abstract|final|static|data|sealed|inner|enum|suspend|inline|companion|synchronized|lateinit|const)\s+)*(?:fun|class|object|interface|val|var|void|init)\b|^\s*(?:(?:public|private|protected|static|final|abstract|synchronized)\s+)+[\w<>\[\], ]+\s+\w+\s*\(/;

/**
 * Error recovery beyond the grammar's: tree-sitter-kotlin can swallow everything after a half-typed line
 * into one ERROR node with almost no structure, hiding every finding below it. Such regions are cut at
 * declaration starts and each chunk is parsed on its own (prefixed with newlines, so rows and columns stay
 * true), then the code rules run on the chunk trees. Duplicates with the main tree are removed later.
 */
function recoverErrorRegions(root: Node, text: string, lang: Lang, rules: AnyRule[], session: Session): void {
  const parser = loadedParser(lang);
  if (!parser) return;
  const lines = text.split('\n');
  const regions: [number, number][] = [];
  for (const err of root.descendantsOfType('ERROR')) {
    const start = err.startPosition.row;
    const end = err.endPosition.row;
    if (end - start < 2) continue;
    // Real code has about 8 nodes per line (performance-notes.md). An ERROR node that kept its structure was
    // already analysed through the main tree; only an opaque one (the grammar gave up) needs chunking.
    if (err.descendantCount > 2 * (end - start + 1)) continue;
    const last = regions[regions.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else regions.push([start, end]);
  }
  for (const [start, end] of regions) {
    const cuts = [start];
    for (let l = start + 1; l <= end; l++) if (DECLARATION_START.test(lines[l] ?? '')) cuts.push(l);
    if (cuts.length < 2) continue; // one chunk would parse exactly like the main tree did
    cuts.push(end + 1);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const chunk = '\n'.repeat(cuts[i]) + lines.slice(cuts[i], cuts[i + 1]).join('\n');
      const tree = parser.parse(chunk);
      if (!tree) continue;
      try {
        runCodeRules(tree.rootNode, lang, rules, session);
      } finally {
        tree.delete();
      }
    }
  }
  session.root = root;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.ruleId}:${f.range.start.line}:${f.range.start.character}:${f.range.end.line}:${f.range.end.character}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId),
  );
}

export function locationRange(at: Location): Range {
  if ('startPosition' in at) return nodeRange(at as Node);
  if ('start' in at && 'end' in at) return at as Range;
  return (at as XmlAttribute | XmlElement | GradleSetting | GradleBlock).range;
}

/** Per-file state shared by the rule contexts. */
class Session {
  xml?: XmlDocument;
  root?: Node;
  lang?: Lang;
  private constants?: ConstantTable;
  private readonly failed = new Set<string>();
  readonly fix: FixBuilder;

  constructor(
    readonly file: FileInfo,
    readonly project: ProjectModel,
    readonly index: LineIndex,
    readonly result: AnalysisResult,
  ) {
    this.fix = makeFixBuilder(index);
  }

  /** Per handler, the rules that subscribe to it with their contexts (built once per file). */
  private subscribers = new Map<string, { rule: AnyRule; fn: (item: unknown, ctx: RuleContext) => void; ctx: RuleContext }[]>();

  dispatch<T>(rules: AnyRule[], handler: keyof RuleHandlers<string>, items: T[]): void {
    let subs = this.subscribers.get(handler);
    if (!subs) {
      subs = rules.flatMap((rule) => {
        const fn = rule.on[handler] as ((item: unknown, ctx: RuleContext) => void) | undefined;
        return fn ? [{ rule, fn, ctx: this.context(rule) }] : [];
      });
      this.subscribers.set(handler, subs);
    }
    for (const { rule, fn, ctx } of subs) {
      if (this.failed.has(rule.id)) continue;
      for (const item of items) {
        try {
          fn.call(rule.on, item, ctx);
        } catch (err) {
          // A broken rule must not take down the other rules or files.
          this.failed.add(rule.id);
          const problem: FileProblem = {
            path: this.file.path,
            kind: 'rule-error',
            message: `rule ${rule.id} failed: ${err instanceof Error ? err.message : String(err)}`,
          };
          this.result.problems.push(problem);
          break;
        }
      }
    }
  }

  private contexts = new Map<string, RuleContext>();

  private context(rule: AnyRule): RuleContext {
    let ctx = this.contexts.get(rule.id);
    if (ctx) return ctx;
    const session = this;
    const lookup = (name: string) => session.constantTable().get(name) ?? session.project.constants?.get(name);
    ctx = {
      file: this.file,
      project: this.project,
      fix: this.fix,
      get xml() {
        return session.xml;
      },
      get root() {
        return session.root;
      },
      report(d) {
        const template = rule.meta.messages[d.messageId as string] ?? String(d.messageId);
        const message = template.replace(/\{\{(\w+)\}\}/g, (_: string, k: string) => String(d.data?.[k] ?? `{{${k}}}`));
        session.result.findings.push({
          ruleId: rule.id,
          severity: d.severity ?? rule.meta.severity,
          message,
          path: session.file.path,
          range: locationRange(d.at),
          fixes: d.fixes ?? [],
          related: d.related,
        });
      },
      constValue(node) {
        return session.lang ? evaluate(node, session.lang, lookup) : undefined;
      },
      constString(node) {
        const v = this.constValue(node);
        return typeof v === 'string' ? v : undefined;
      },
      constNumber(node) {
        const v = this.constValue(node);
        return typeof v === 'number' ? v : undefined;
      },
    };
    this.contexts.set(rule.id, ctx);
    return ctx;
  }

  private constantTable(): ConstantTable {
    if (!this.constants) {
      this.constants = this.root && this.lang ? collectFileConstants(this.root, this.lang, this.project.constants) : new Map();
    }
    return this.constants;
  }
}

function makeFixBuilder(index: LineIndex): FixBuilder {
  const text = index.text;
  const startOffset = (at: Location) => index.offsetAt(locationRange(at).start);
  const endOffset = (at: Location) => index.offsetAt(locationRange(at).end);
  const indentAt = (offset: number) => {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(lineStart))![0];
  };
  return {
    replace: (at, newText) => ({ range: locationRange(at), newText }),
    insertBefore: (at, t) => ({ range: { start: locationRange(at).start, end: locationRange(at).start }, newText: t }),
    insertAfter: (at, t) => ({ range: { start: locationRange(at).end, end: locationRange(at).end }, newText: t }),
    removeAttribute(attr) {
      let start = attr.startOffset;
      while (start > 0 && /\s/.test(text[start - 1])) start--;
      return { range: index.range(start, attr.endOffset), newText: '' };
    },
    setAttribute(attr, value) {
      if (attr.valueRange) return { range: attr.valueRange, newText: `"${value}"` };
      return { range: attr.range, newText: `${attr.name}="${value}"` };
    },
    addAttribute(element, name, value) {
      const last = element.attributes.at(-1);
      const at = element.attributesEndOffset;
      if (last && last.range.start.line > element.nameRange.start.line) {
        return { range: index.range(at, at), newText: `\n${indentAt(last.startOffset)}${name}="${value}"` };
      }
      return { range: index.range(at, at), newText: ` ${name}="${value}"` };
    },
    removeLines(at) {
      const s = startOffset(at);
      const e = endOffset(at);
      const lineStart = text.lastIndexOf('\n', s - 1) + 1;
      const nl = text.indexOf('\n', e);
      return { range: index.range(lineStart, nl < 0 ? text.length : nl + 1), newText: '' };
    },
    indentOf: (at) => indentAt(startOffset(at)),
  };
}
