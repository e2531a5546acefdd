// The shape of a rule: metadata beside handlers keyed by trigger. Rules never read files and
// never see LSP types; cross-file facts come from ctx.project.
import type { Node } from 'web-tree-sitter';
import type { GradleBlock, GradleSetting } from '../parsing/gradle';
import type { XmlAttribute, XmlDocument, XmlElement } from '../parsing/xml';
import type { ConstValue } from './constants';
import type { ProjectModel } from './project';
import type { FileKind, Fix, FixKind, Range, RelatedLocation, Severity, TextEdit } from './types';
import type {
  AssignmentView,
  CallView,
  ClassView,
  ComparisonView,
  DeclarationView,
  FunctionView,
  LambdaView,
  MemberView,
  StringView,
} from './view';

export interface StandardsTags {
  /** CWE numbers, most specific first. */
  cwe: number[];
  /** Full MASVS v2 control ids, e.g. `MASVS-CRYPTO-1`. */
  masvs: string[];
  /** OWASP Mobile Top 10 2024 ids, primary first, e.g. `M10`. */
  owaspMobile2024: string[];
  /** MASWE aliases (never the unstable numbers), e.g. `weak-encryption`. */
  maswe: string[];
  /** ITU DFS security lab tests (FIGI 2021), e.g. `T5.1`. */
  ituLab?: string[];
  /** ITU application-security template items (X.1150 lineage), e.g. `CS-2`, `DH-6`. */
  ituBp?: string[];
  /** FIGI DFS security framework controls, e.g. `C118`. */
  figi?: string[];
}

export interface RuleMeta<M extends string = string> {
  title: string;
  /** One sentence: what is flagged. */
  description: string;
  severity: Severity;
  /** Message templates keyed by message id; `{{name}}` is filled from report data. */
  messages: Record<M, string>;
  tags: StandardsTags;
  /** The best fix this rule offers (guidance = no edit, see the rule page). */
  fix: FixKind;
  /** The kinds of file the rule looks at. */
  files: FileKind[];
  /** A check no peer tool has, specific to digital financial services. */
  dfsSpecific?: boolean;
  /** violation: a definite problem; absence: a missing control (app-level); heuristic: name-based. */
  kind?: 'violation' | 'absence' | 'heuristic';
  /** Off unless enabled in the configuration (absence checks and broad heuristics). */
  enabledByDefault?: boolean;
  precision?: 'high' | 'medium' | 'low';
}

/** The place a finding points at. */
export type Location = Node | Range | XmlAttribute | XmlElement | GradleSetting | GradleBlock;

export interface ReportDescriptor<M extends string> {
  at: Location;
  messageId: M;
  data?: Record<string, string | number>;
  /** Overrides the rule's default severity for this finding (e.g. E on a PIN, W otherwise). */
  severity?: Severity;
  fixes?: Fix[];
  related?: RelatedLocation[];
}

export interface FileInfo {
  path: string;
  kind: FileKind;
  /** main, debug (src/debug…), test (src/test, src/androidTest…). */
  sourceSet: 'main' | 'debug' | 'test';
  text: string;
}

/** Edits built from syntax positions, so rules do not compute offsets by hand. */
export interface FixBuilder {
  replace(at: Location, newText: string): TextEdit;
  insertBefore(at: Location, text: string): TextEdit;
  insertAfter(at: Location, text: string): TextEdit;
  /** Removes an XML attribute with the white space before it. */
  removeAttribute(attr: XmlAttribute): TextEdit;
  setAttribute(attr: XmlAttribute, value: string): TextEdit;
  /** Adds an attribute to an element, on its own line when the element lists one attribute per line. */
  addAttribute(element: XmlElement, name: string, value: string): TextEdit;
  /** Removes the whole line(s) a node or setting occupies. */
  removeLines(at: Location): TextEdit;
  /** The indentation of the line a location starts on. */
  indentOf(at: Location): string;
}

export interface RuleContext<M extends string = string> {
  readonly file: FileInfo;
  readonly project: ProjectModel;
  report(descriptor: ReportDescriptor<M>): void;
  readonly fix: FixBuilder;
  /** Resolves a constant expression (literal, in-file or project constant, concatenation). */
  constValue(node: Node): ConstValue | undefined;
  constString(node: Node): string | undefined;
  constNumber(node: Node): number | undefined;
  /** The parsed XML document, for XML files. */
  readonly xml?: XmlDocument;
  /** The syntax tree root, for Java and Kotlin files. */
  readonly root?: Node;
}

export interface RuleHandlers<M extends string> {
  call?(view: CallView, ctx: RuleContext<M>): void;
  member?(view: MemberView, ctx: RuleContext<M>): void;
  assignment?(view: AssignmentView, ctx: RuleContext<M>): void;
  declaration?(view: DeclarationView, ctx: RuleContext<M>): void;
  function?(view: FunctionView, ctx: RuleContext<M>): void;
  class?(view: ClassView, ctx: RuleContext<M>): void;
  lambda?(view: LambdaView, ctx: RuleContext<M>): void;
  string?(view: StringView, ctx: RuleContext<M>): void;
  comparison?(view: ComparisonView, ctx: RuleContext<M>): void;
  xmlElement?(element: XmlElement, ctx: RuleContext<M>): void;
  xmlAttribute?(attr: XmlAttribute, ctx: RuleContext<M>): void;
  gradleSetting?(setting: GradleSetting, ctx: RuleContext<M>): void;
  gradleBlock?(block: GradleBlock, ctx: RuleContext<M>): void;
  /** Once per file, after the other handlers (for file-level and app-level checks). */
  file?(file: FileInfo, ctx: RuleContext<M>): void;
}

export interface Rule<M extends string = string> {
  id: string;
  meta: RuleMeta<M>;
  on: RuleHandlers<M>;
}

/** Declares a rule; the message ids become a type, so a typo in ctx.report fails to compile. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** Any rule, whatever its message ids. Handlers are contravariant, so the registry erases them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

/**
 * Where a rule's page lives. The pages ship inside the extension and the CLI (dist/docs/rules/<id>.md),
 * so the default is a file URI under the given docs folder: documentation opens offline.
 */
export function docsUrl(ruleId: string, docsBase: string): string {
  return `${docsBase.replace(/\/$/, '')}/${ruleId}.md`;
}

/**
 * A lookup table keyed by names from user code. Plain object literals inherit `toString`, `constructor`,
 * `valueOf`…, so `TABLE[call.name]` would match `s.toString()`; this table has no prototype.
 */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
