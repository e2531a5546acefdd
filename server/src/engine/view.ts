// One view over Java and Kotlin syntax, so a rule is written once for both languages.
// Each builder turns a trigger node into a small, grammar-neutral object. Node shapes relied on here
// are pinned by test/engine/view.test.ts, so a grammar upgrade that changes them fails loudly.
import type { Node } from 'web-tree-sitter';

export type Lang = 'java' | 'kotlin';

export interface ArgView {
  /** The argument expression (for a Kotlin named argument, the value after `=`). */
  node: Node;
  /** Kotlin named argument name, if any. */
  name?: string;
  text: string;
}

/**
 * A method call, constructor call or Kotlin property assignment seen as a setter call.
 * Java `a.b(x)`, `new B(x)`; Kotlin `a.b(x)`, `B(x)`, `a.b = x` (as `a.setB(x)`).
 */
export interface CallView {
  kind: 'call';
  lang: Lang;
  node: Node;
  /** The identifier naming the method or the constructed type (used for ranges). */
  nameNode: Node;
  /** Method name, or the simple name of the constructed type. */
  name: string;
  /** Receiver expression, when the call has one. */
  receiver?: Node;
  /** Receiver text with whitespace removed, e.g. `javax.crypto.Cipher`, `webView.settings`. */
  receiverText?: string;
  /** Last segment of the receiver, or the owner class of a static import: `Cipher`, `settings`. */
  receiverName?: string;
  /** Java `new`; in Kotlin, a call of a capitalised name with no receiver or a qualified type. */
  isConstructor: boolean;
  args: ArgView[];
  /** Kotlin trailing lambda (`lambda_literal`). */
  lambda?: Node;
  /** Java anonymous class body of `new X() { … }`. */
  classBody?: Node;
  /** True for a Kotlin property assignment `x.foo = v` presented as `setFoo(v)`. */
  viaProperty?: boolean;
}

/** A qualified name used as a value: `Context.MODE_PRIVATE`, `HttpLoggingInterceptor.Level.BODY`. */
export interface MemberView {
  kind: 'member';
  lang: Lang;
  node: Node;
  name: string;
  nameNode: Node;
  receiverText: string;
}

export interface AssignmentView {
  kind: 'assignment';
  lang: Lang;
  node: Node;
  /** Last segment of the target: `level` in `logging.level = …`. */
  target: string;
  targetNode: Node;
  targetText: string;
  value: Node;
}

/** A field, local variable, Kotlin property or Kotlin constructor property. */
export interface DeclarationView {
  kind: 'declaration';
  lang: Lang;
  node: Node;
  name: string;
  nameNode: Node;
  /** Declared type text without whitespace, e.g. `Double`, `double`, `BigDecimal?`. */
  type?: string;
  typeNode?: Node;
  value?: Node;
  /** Java `final`, Kotlin `val`/`const val`. */
  isFinal: boolean;
  /** A member of a class or a top-level Kotlin property, rather than a local. */
  isMember: boolean;
}

export interface FunctionView {
  kind: 'function';
  lang: Lang;
  node: Node;
  name: string;
  nameNode: Node;
  params: { name: string; type?: string; node: Node }[];
  /** The block, or the expression of an expression-bodied Kotlin function. */
  body?: Node;
  isOverride: boolean;
}

/** A class, Kotlin object declaration, or anonymous class/object expression. */
export interface ClassView {
  kind: 'class';
  lang: Lang;
  node: Node;
  /** Undefined for anonymous classes and object expressions. */
  name?: string;
  nameNode?: Node;
  /** Simple names of superclasses and interfaces. */
  supertypes: string[];
  body?: Node;
  methods: FunctionView[];
}

export interface LambdaView {
  kind: 'lambda';
  lang: Lang;
  node: Node;
  params: string[];
  body?: Node;
}

export interface StringView {
  kind: 'string';
  lang: Lang;
  node: Node;
  /** The literal's value when it has no interpolation (escape sequences left as written). */
  value?: string;
  /** Raw content between the quotes. */
  raw: string;
  interpolated: boolean;
}

/** `==`, `!=` comparisons. */
export interface ComparisonView {
  kind: 'comparison';
  lang: Lang;
  node: Node;
  operator: string;
  left: Node;
  right: Node;
}

export type CodeView =
  | CallView
  | MemberView
  | AssignmentView
  | DeclarationView
  | FunctionView
  | ClassView
  | LambdaView
  | StringView
  | ComparisonView;

export type CodeTrigger = CodeView['kind'];

/** Node types that produce each trigger, per language. */
export const TRIGGER_NODE_TYPES: Record<Lang, Record<CodeTrigger, string[]>> = {
  java: {
    call: ['method_invocation', 'object_creation_expression'],
    member: ['field_access'],
    assignment: ['assignment_expression'],
    declaration: ['field_declaration', 'local_variable_declaration'],
    function: ['method_declaration', 'constructor_declaration'],
    class: ['class_declaration', 'object_creation_expression', 'enum_declaration'],
    lambda: ['lambda_expression'],
    string: ['string_literal', 'text_block'],
    comparison: ['binary_expression'],
  },
  kotlin: {
    call: ['call_expression', 'assignment'],
    member: ['navigation_expression'],
    assignment: ['assignment'],
    declaration: ['property_declaration', 'class_parameter'],
    function: ['function_declaration'],
    class: ['class_declaration', 'object_declaration', 'object_literal'],
    lambda: ['lambda_literal'],
    string: ['string_literal', 'multiline_string_literal'],
    comparison: ['binary_expression'],
  },
};

/** Text with all whitespace removed, for comparing qualified names. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

export function lastSegment(qualified: string): string {
  const clean = compact(qualified).replace(/\?/g, '').replace(/!!/g, '');
  const i = clean.lastIndexOf('.');
  return i < 0 ? clean : clean.slice(i + 1);
}

function namedChildren(node: Node): Node[] {
  return node.namedChildren.filter((c): c is Node => c !== null);
}

function firstOfType(node: Node, ...types: string[]): Node | undefined {
  return namedChildren(node).find((c) => types.includes(c.type));
}

/** Per-file facts the views need: Java static imports and Kotlin member imports. */
export interface FileSymbols {
  /** member name → owner class simple name, from `import static a.b.Cipher.getInstance` */
  memberImports: Map<string, string>;
}

export function collectFileSymbols(root: Node, lang: Lang): FileSymbols {
  const memberImports = new Map<string, string>();
  // Imports sit at the top level: no need for another walk over the whole tree.
  const importType = lang === 'java' ? 'import_declaration' : 'import';
  const imports = namedChildren(root).flatMap((c) => (c.type === importType ? [c] : c.type === 'import_list' ? namedChildren(c) : []));
  for (const imp of imports) {
    const text = compact(imp.text).replace(/^import(static)?/, '').replace(/;$/, '');
    const isStatic = lang === 'kotlin' || /^import\s+static\b/.test(imp.text);
    if (!isStatic || text.endsWith('*')) continue;
    const parts = text.split('.');
    if (parts.length < 2) continue;
    const member = parts[parts.length - 1];
    const owner = parts[parts.length - 2];
    // Kotlin imports classes too; only a lower-case or all-caps last segment after a Capitalised owner is a member.
    if (lang === 'kotlin' && !(/^[A-Z]/.test(owner) && !/^[A-Z][a-z]/.test(member))) continue;
    memberImports.set(member, owner);
  }
  return { memberImports };
}

// ---------------------------------------------------------------- builders

/**
 * Call views compute their parts on first read. Most rules reject a call by its name alone, so a view only
 * pays for arguments and receiver text when a rule asks (each costs WASM calls). Prototype getters keep the
 * objects in V8's fast mode; per-object defineProperty getters made views 2-3x slower.
 */
abstract class LazyCall {
  readonly kind = 'call' as const;
  abstract readonly lang: Lang;
  abstract readonly node: Node;
  private cache?: { args?: ArgView[]; receiverText?: string | null; receiverName?: string | null; lambda?: Node | null; classBody?: Node | null };
  protected memo<K extends 'args' | 'receiverText' | 'receiverName' | 'lambda' | 'classBody'>(key: K, compute: () => unknown): never {
    this.cache ??= {};
    const c = this.cache as Record<string, unknown>;
    if (!(key in c)) c[key] = compute() ?? null;
    return (c[key] ?? undefined) as never;
  }
}

class JavaCall extends LazyCall implements CallView {
  readonly lang = 'java' as const;
  constructor(
    readonly node: Node,
    readonly nameNode: Node,
    readonly name: string,
    readonly isConstructor: boolean,
    readonly receiver: Node | undefined,
    private readonly qualifier: string | undefined,
    private readonly symbols: FileSymbols,
  ) {
    super();
  }
  get args(): ArgView[] {
    return this.memo('args', () => {
      const argList = this.node.childForFieldName('arguments');
      return argList ? namedChildren(argList).filter((c) => !c.type.endsWith('comment')).map((a) => ({ node: a, text: a.text })) : [];
    });
  }
  get receiverText(): string | undefined {
    return this.memo('receiverText', () => (this.receiver ? compact(this.receiver.text) : this.qualifier));
  }
  get receiverName(): string | undefined {
    return this.memo('receiverName', () => {
      const text = this.receiverText;
      return text ? lastSegment(text) : this.isConstructor ? undefined : this.symbols.memberImports.get(this.name);
    });
  }
  get classBody(): Node | undefined {
    return this.memo('classBody', () => (this.isConstructor ? firstOfType(this.node, 'class_body') : undefined));
  }
  get lambda(): undefined {
    return undefined;
  }
}

class KotlinCall extends LazyCall implements CallView {
  readonly lang = 'kotlin' as const;
  readonly viaProperty = false;
  constructor(
    readonly node: Node,
    readonly nameNode: Node,
    readonly name: string,
    readonly receiver: Node | undefined,
    private readonly symbols: FileSymbols,
  ) {
    super();
  }
  get args(): ArgView[] {
    return this.memo('args', () => kotlinArgs(firstOfType(this.node, 'value_arguments')));
  }
  get lambda(): Node | undefined {
    return this.memo('lambda', () => {
      const holder = firstOfType(this.node, 'annotated_lambda');
      return holder ? (firstOfType(holder, 'lambda_literal') ?? holder) : undefined;
    });
  }
  get receiverText(): string | undefined {
    return this.memo('receiverText', () => (this.receiver ? compact(this.receiver.text) : undefined));
  }
  get receiverName(): string | undefined {
    return this.memo('receiverName', () => (this.receiver ? lastSegment(this.receiverText!) : this.symbols.memberImports.get(this.name)));
  }
  /** A capitalised call; with a receiver only on a package path (`java.util.Random()`), not `Foo.Bar()`. */
  get isConstructor(): boolean {
    if (!/^[A-Z]/.test(this.name)) return false;
    return !this.receiver || /^[a-z][\w]*(\.[a-z][\w]*)*$/.test(this.receiverText!);
  }
  get classBody(): undefined {
    return undefined;
  }
}

export function toView(node: Node, trigger: CodeTrigger, lang: Lang, symbols: FileSymbols): CodeView | undefined {
  switch (trigger) {
    case 'call':
      return lang === 'java' ? javaCall(node, symbols) : kotlinCall(node, symbols);
    case 'member':
      return memberView(node, lang);
    case 'assignment':
      return assignmentView(node, lang);
    case 'function':
      return functionView(node, lang);
    case 'class':
      return classView(node, lang);
    case 'lambda':
      return lambdaView(node, lang);
    case 'string':
      return stringView(node, lang);
    case 'comparison':
      return comparisonView(node, lang);
    case 'declaration':
      return undefined; // declarations can hold several declarators: see declarationViews()
  }
}

function javaCall(node: Node, symbols: FileSymbols): CallView | undefined {
  if (node.type === 'object_creation_expression') {
    const typeNode = node.childForFieldName('type');
    if (!typeNode) return undefined;
    const base = typeNode.type === 'generic_type' ? (namedChildren(typeNode)[0] ?? typeNode) : typeNode;
    const nameNode = base.type === 'scoped_type_identifier' ? (namedChildren(base).at(-1) ?? base) : base;
    const qualifier = base.type === 'scoped_type_identifier' ? compact(base.text).split('.').slice(0, -1).join('.') : undefined;
    return new JavaCall(node, nameNode, nameNode.text, true, undefined, qualifier, symbols);
  }
  const nameNode = node.childForFieldName('name');
  if (!nameNode) return undefined;
  return new JavaCall(node, nameNode, nameNode.text, false, node.childForFieldName('object') ?? undefined, undefined, symbols);
}

function kotlinArgs(valueArguments: Node | undefined): ArgView[] {
  if (!valueArguments) return [];
  const out: ArgView[] = [];
  for (const arg of namedChildren(valueArguments)) {
    if (arg.type !== 'value_argument') continue;
    const kids = namedChildren(arg);
    // Named argument: identifier '=' expression.
    const hasEquals = arg.children.some((c) => c?.type === '=');
    if (hasEquals && kids.length >= 2 && kids[0].type === 'identifier') {
      out.push({ node: kids[kids.length - 1], name: kids[0].text, text: kids[kids.length - 1].text });
    } else if (kids.length > 0) {
      const value = kids[kids.length - 1];
      out.push({ node: value, text: value.text });
    }
  }
  return out;
}

function kotlinCall(node: Node, symbols: FileSymbols): CallView | undefined {
  if (node.type === 'assignment') return kotlinPropertySetter(node);
  const callee = node.firstNamedChild;
  if (!callee) return undefined;
  if (callee.type === 'identifier') return new KotlinCall(node, callee, callee.text, undefined, symbols);
  if (callee.type === 'navigation_expression') {
    const nameNode = callee.lastNamedChild;
    const receiver = callee.firstNamedChild;
    if (!nameNode || nameNode.type !== 'identifier' || !receiver || receiver.id === nameNode.id) return undefined;
    return new KotlinCall(node, nameNode, nameNode.text, receiver, symbols);
  }
  return undefined;
}

/** Kotlin `settings.javaScriptEnabled = true` (or `javaScriptEnabled = true` inside `apply {}`) as `setJavaScriptEnabled(true)`. */
function kotlinPropertySetter(node: Node): CallView | undefined {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  const operator = node.childForFieldName('operator');
  if (!left || !right || (operator && operator.text !== '=')) return undefined;
  let nameNode: Node | undefined;
  let receiver: Node | undefined;
  if (left.type === 'identifier') nameNode = left;
  else if (left.type === 'navigation_expression') {
    const parts = namedChildren(left);
    nameNode = parts.at(-1);
    receiver = parts.length > 1 ? parts[0] : undefined;
  }
  if (!nameNode || nameNode.type !== 'identifier' || nameNode.text === '') return undefined;
  const prop = nameNode.text;
  const setter = prop.startsWith('is') && /^is[A-Z]/.test(prop) ? `set${prop.slice(2)}` : `set${prop[0].toUpperCase()}${prop.slice(1)}`;
  const receiverText = receiver ? compact(receiver.text) : undefined;
  return {
    kind: 'call',
    lang: 'kotlin',
    node,
    nameNode,
    name: setter,
    receiver,
    receiverText,
    receiverName: receiverText ? lastSegment(receiverText) : undefined,
    isConstructor: false,
    args: [{ node: right, text: right.text }],
    viaProperty: true,
  };
}

function memberView(node: Node, lang: Lang): MemberView | undefined {
  const parent = node.parent;
  if (lang === 'java') {
    if (parent?.type === 'field_access' && parent.childForFieldName('object')?.id === node.id) return undefined;
    const field = node.childForFieldName('field');
    const object = node.childForFieldName('object');
    if (!field || !object) return undefined;
    return { kind: 'member', lang, node, name: field.text, nameNode: field, receiverText: compact(object.text) };
  }
  // Kotlin: only the outermost navigation that is not the callee of a call. Single-node accessors here:
  // there are tens of thousands of navigations in a large app, and marshalling child arrays dominated.
  const parentType = parent?.type;
  if (parentType === 'navigation_expression') return undefined;
  if (parentType === 'call_expression' && parent!.firstNamedChild?.id === node.id) return undefined;
  const nameNode = node.lastNamedChild;
  const first = node.firstNamedChild;
  if (!nameNode || !first || first.id === nameNode.id || nameNode.type !== 'identifier') return undefined;
  return { kind: 'member', lang, node, name: nameNode.text, nameNode, receiverText: compact(first.text) };
}

function assignmentView(node: Node, lang: Lang): AssignmentView | undefined {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (!left || !right) return undefined;
  let targetNode = left;
  if (lang === 'java' && left.type === 'field_access') targetNode = left.childForFieldName('field') ?? left;
  if (lang === 'kotlin' && left.type === 'navigation_expression') targetNode = namedChildren(left).at(-1) ?? left;
  return { kind: 'assignment', lang, node, target: targetNode.text, targetNode, targetText: compact(left.text), value: right };
}

/** Declarations can declare several names (`int a = 1, b = 2;`), so this returns a list. */
export function declarationViews(node: Node, lang: Lang): DeclarationView[] {
  if (lang === 'java') {
    const typeNode = node.childForFieldName('type') ?? undefined;
    const modifiers = firstOfType(node, 'modifiers');
    const isFinal = !!modifiers && /\bfinal\b/.test(modifiers.text);
    const isMember = node.type === 'field_declaration';
    return node.childrenForFieldName('declarator').filter((d): d is Node => d !== null).flatMap((d) => {
      const nameNode = d.childForFieldName('name');
      if (!nameNode) return [];
      const dims = d.childForFieldName('dimensions');
      return [{
        kind: 'declaration' as const,
        lang,
        node: d,
        name: nameNode.text,
        nameNode,
        type: typeNode ? compact(typeNode.text) + (dims ? compact(dims.text) : '') : undefined,
        typeNode,
        value: d.childForFieldName('value') ?? undefined,
        isFinal,
        isMember,
      }];
    });
  }
  if (node.type === 'class_parameter') {
    const nameNode = firstOfType(node, 'identifier');
    if (!nameNode) return [];
    const typeNode = namedChildren(node).find((c) => /type$/.test(c.type));
    const isProperty = node.children.some((c) => c?.type === 'val' || c?.type === 'var');
    const defaultValue = node.children.some((c) => c?.type === '=') ? namedChildren(node).at(-1) : undefined;
    return [{
      kind: 'declaration',
      lang,
      node,
      name: nameNode.text,
      nameNode,
      type: typeNode ? compact(typeNode.text) : undefined,
      typeNode,
      value: defaultValue && defaultValue !== typeNode ? defaultValue : undefined,
      isFinal: node.children.some((c) => c?.type === 'val'),
      isMember: isProperty,
    }];
  }
  // property_declaration: [modifiers] val|var variable_declaration [= expr | by delegate]
  const variable = firstOfType(node, 'variable_declaration');
  const nameNode = variable ? firstOfType(variable, 'identifier') : undefined;
  if (!variable || !nameNode) return [];
  const typeNode = namedChildren(variable).find((c) => /type$/.test(c.type));
  const kids = node.children.filter((c): c is Node => c !== null);
  const eq = kids.findIndex((c) => c.type === '=');
  const value = eq >= 0 ? kids.slice(eq + 1).find((c) => c.isNamed) : undefined;
  const parentType = node.parent?.type;
  return [{
    kind: 'declaration',
    lang,
    node,
    name: nameNode.text,
    nameNode,
    type: typeNode ? compact(typeNode.text) : undefined,
    typeNode,
    value,
    isFinal: kids.some((c) => c.type === 'val'),
    isMember: parentType === 'class_body' || parentType === 'source_file',
  }];
}

export function functionView(node: Node, lang: Lang): FunctionView | undefined {
  const nameNode = node.childForFieldName('name');
  if (!nameNode) return undefined;
  const params: FunctionView['params'] = [];
  let body: Node | undefined;
  let isOverride = false;
  if (lang === 'java') {
    const formal = node.childForFieldName('parameters');
    for (const p of formal ? namedChildren(formal) : []) {
      const n = p.childForFieldName('name');
      const t = p.childForFieldName('type');
      if (n) params.push({ name: n.text, type: t ? compact(t.text) : undefined, node: p });
    }
    body = node.childForFieldName('body') ?? undefined;
    const modifiers = firstOfType(node, 'modifiers');
    isOverride = !!modifiers && /@Override\b/.test(modifiers.text);
  } else {
    const formal = firstOfType(node, 'function_value_parameters');
    for (const p of formal ? namedChildren(formal) : []) {
      if (p.type !== 'parameter') continue;
      const n = firstOfType(p, 'identifier');
      const t = namedChildren(p).find((c) => /type$/.test(c.type));
      if (n) params.push({ name: n.text, type: t ? compact(t.text) : undefined, node: p });
    }
    const fb = firstOfType(node, 'function_body');
    body = fb ? (namedChildren(fb)[0] ?? fb) : undefined;
    const modifiers = firstOfType(node, 'modifiers');
    isOverride = !!modifiers && /\boverride\b/.test(modifiers.text);
  }
  return { kind: 'function', lang, node, name: nameNode.text, nameNode, params, body, isOverride };
}

function classView(node: Node, lang: Lang): ClassView | undefined {
  const supertypes: string[] = [];
  let body: Node | undefined;
  let nameNode: Node | undefined;
  if (lang === 'java') {
    if (node.type === 'object_creation_expression') {
      body = firstOfType(node, 'class_body');
      if (!body) return undefined;
      const t = node.childForFieldName('type');
      if (t) supertypes.push(lastSegment(t.text.replace(/<[\s\S]*>$/, '')));
    } else {
      nameNode = node.childForFieldName('name') ?? undefined;
      body = node.childForFieldName('body') ?? undefined;
      const superclass = node.childForFieldName('superclass');
      if (superclass) for (const t of superclass.descendantsOfType('type_identifier')) supertypes.push(t.text);
      const interfaces = node.childForFieldName('interfaces');
      if (interfaces) {
        const list = interfaces.descendantsOfType('type_list')[0] ?? interfaces;
        for (const t of namedChildren(list)) supertypes.push(lastSegment(t.text.replace(/<[\s\S]*>$/, '')));
      }
    }
  } else {
    nameNode = node.childForFieldName('name') ?? undefined;
    body = firstOfType(node, 'class_body', 'enum_class_body');
    const delegation = firstOfType(node, 'delegation_specifiers');
    for (const spec of delegation ? namedChildren(delegation) : []) {
      const userType = spec.descendantsOfType('user_type')[0];
      if (userType) supertypes.push(lastSegment(userType.text.replace(/<[\s\S]*>$/, '')));
    }
  }
  const methods: FunctionView[] = [];
  for (const member of body ? namedChildren(body) : []) {
    if (member.type === 'method_declaration' || member.type === 'function_declaration') {
      const f = functionView(member, lang);
      if (f) methods.push(f);
    }
  }
  return { kind: 'class', lang, node, name: nameNode?.text, nameNode, supertypes, body, methods };
}

function lambdaView(node: Node, lang: Lang): LambdaView | undefined {
  if (lang === 'java') {
    const params = node.childForFieldName('parameters');
    const names = params ? (params.type === 'identifier' ? [params.text] : params.descendantsOfType('identifier').map((n) => n.text)) : [];
    return { kind: 'lambda', lang, node, params: names, body: node.childForFieldName('body') ?? undefined };
  }
  const paramsNode = firstOfType(node, 'lambda_parameters');
  const params = paramsNode ? paramsNode.descendantsOfType('identifier').map((n) => n.text) : [];
  // The body is everything after `->` (or everything inside the braces when there are no parameters).
  const statements = namedChildren(node).filter((c) => c.type !== 'lambda_parameters');
  return { kind: 'lambda', lang, node, params, body: statements.at(-1) };
}

function stringView(node: Node, lang: Lang): StringView {
  const text = node.text;
  let raw: string;
  if (node.type === 'text_block' || node.type === 'multiline_string_literal') raw = text.slice(3, -3);
  else raw = text.slice(1, -1);
  // Kotlin `$name` is sometimes left as plain string_content by this grammar; treat it as interpolation too.
  const interpolated =
    node.descendantsOfType(['interpolation', 'interpolated_expression', 'interpolated_identifier']).length > 0 ||
    (lang === 'kotlin' && /(^|[^\\])\$[{A-Za-z_]/.test(raw));
  return { kind: 'string', lang, node, raw, value: interpolated ? undefined : raw, interpolated };
}

function comparisonView(node: Node, lang: Lang): ComparisonView | undefined {
  const operator = node.childForFieldName('operator');
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (!operator || !left || !right) return undefined;
  if (!['==', '!=', '===', '!=='].includes(operator.text)) return undefined;
  return { kind: 'comparison', lang, node, operator: operator.text, left, right };
}
