// Helpers shared by crypto-weak-key-size, crypto-securerandom-seeded, crypto-weak-kdf and
// crypto-keystore-no-user-auth (not a rule: gen-rule-index only picks rule.ts).
// Where the object a call is made on comes from (a local, field or property initialiser, a Kotlin scope
// function's receiver, a builder chain), and the parts of a builder chain.
import type { Node } from 'web-tree-sitter';
import { callParts, declarationOf } from '../crypto-weak-cipher/support';

/** Scope functions whose lambda sees the receiver as `this` (bare calls) or as `it`. */
const THIS_SCOPES = new Set(['apply', 'run', 'with']);
const IT_SCOPES = new Set(['also', 'let']);
/** Calls that return their receiver: scope functions and builder setters. */
const RETURNS_RECEIVER = /^(apply|also|set[A-Z]\w*)$/;

export interface Origin {
  /** The creating expression (`KeyPairGenerator.getInstance("RSA")`, `SecureRandom()`, `Builder(…)`). */
  expr?: Node;
  /** The declared type of the variable, when there is no initialiser to follow. */
  type?: string;
}

const CALL_TYPES = new Set(['method_invocation', 'object_creation_expression', 'call_expression']);

/** The lambda a node sits in directly (not through a nested function or class). */
function enclosingLambda(node: Node): Node | undefined {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === 'lambda_literal') return p;
    if (/^(function_declaration|method_declaration|class_body|lambda_expression|source_file|program)$/.test(p.type)) return undefined;
  }
  return undefined;
}

/** For a Kotlin lambda passed to `x.apply {}`, `x.also {}`, `with(x) {}`: x and how the lambda names it. */
function scopeReceiver(lambda: Node): { receiver: Node; as: 'this' | 'it' } | undefined {
  const holder = lambda.parent?.type === 'annotated_lambda' ? lambda.parent : undefined;
  const call = holder?.parent;
  if (!call || call.type !== 'call_expression') return undefined;
  // `with(x) { … }` parses as a call of the call `with(x)` with a trailing lambda.
  const inner = call.namedChildren[0];
  if (inner?.type === 'call_expression' && inner.namedChildren[0]?.text === 'with') {
    const arg = callParts(inner)?.args[0];
    return arg ? { receiver: arg, as: 'this' } : undefined;
  }
  const parts = callParts(call);
  if (!parts) return undefined;
  const hasParams = lambda.namedChildren.some((c) => c?.type === 'lambda_parameters');
  if (THIS_SCOPES.has(parts.name) && parts.receiver && parts.name !== 'with') return { receiver: parts.receiver, as: 'this' };
  if (parts.name === 'with' && !parts.receiver && parts.args[0]) return { receiver: parts.args[0], as: 'this' };
  if (IT_SCOPES.has(parts.name) && parts.receiver && !hasParams) return { receiver: parts.receiver, as: 'it' };
  return undefined;
}

/**
 * The object a call is made on: follows locals, fields and properties to their initialiser, Kotlin scope
 * functions to their receiver, and `apply`/`also`/`setX` chains down to the creating call.
 * `receiver` is the call's receiver, undefined for a bare call (inside `apply {}`/`with {}`).
 */
export function originOf(receiver: Node | undefined, at: Node, depth = 0): Origin | undefined {
  if (depth > 8) return undefined;
  if (!receiver) {
    const lambda = enclosingLambda(at);
    const scope = lambda ? scopeReceiver(lambda) : undefined;
    return scope && scope.as === 'this' ? originOf(scope.receiver, scope.receiver, depth + 1) : undefined;
  }
  let node = receiver;
  while (node.type === 'parenthesized_expression' && node.namedChildren[0]) node = node.namedChildren[0];
  if (node.type === 'this_expression' || node.type === 'this') {
    const lambda = enclosingLambda(node);
    const scope = lambda ? scopeReceiver(lambda) : undefined;
    return scope && scope.as === 'this' ? originOf(scope.receiver, scope.receiver, depth + 1) : undefined;
  }
  if (node.type === 'identifier' && node.text === 'it') {
    const lambda = enclosingLambda(node);
    const scope = lambda ? scopeReceiver(lambda) : undefined;
    return scope && scope.as === 'it' ? originOf(scope.receiver, scope.receiver, depth + 1) : undefined;
  }
  if (CALL_TYPES.has(node.type)) {
    const parts = callParts(node);
    if (parts && parts.receiver && RETURNS_RECEIVER.test(parts.name)) return originOf(parts.receiver, parts.receiver, depth + 1);
    return { expr: node };
  }
  const text = node.text.replace(/\s+/g, '');
  const m = /^(?:this\.)?([A-Za-z_]\w*)$/.exec(text);
  if (!m || (node.type !== 'identifier' && node.type !== 'field_access' && node.type !== 'navigation_expression')) return undefined;
  const found = declarationOf(node, m[1]);
  if (!found) return undefined;
  if (found.value) return originOf(found.value, found.value, depth + 1);
  return { type: declaredType(found.decl) };
}

/** `KeyPairGenerator kpg;` / `lateinit var kpg: KeyPairGenerator` → `KeyPairGenerator`. */
function declaredType(decl: Node): string | undefined {
  if (decl.type === 'variable_declarator') {
    const t = decl.parent?.childForFieldName('type');
    return t ? t.text.replace(/\s+/g, '').split('.').pop() : undefined;
  }
  const variable = decl.namedChildren.find((c) => c?.type === 'variable_declaration');
  const t = variable?.namedChildren.find((c) => c !== null && /type$/.test(c.type));
  return t ? t.text.replace(/[\s?]+/g, '').split('.').pop() : undefined;
}

/** `Owner.getInstance(…)` (or a static-import-free `new Owner(…)` / `Owner(…)`): the owner's simple name and args. */
export function factoryCall(expr: Node | undefined): { owner: string; name: string; args: Node[]; type?: string } | undefined {
  if (!expr) return undefined;
  const parts = callParts(expr);
  if (!parts) return undefined;
  if (expr.type === 'object_creation_expression') {
    const type = (expr.childForFieldName('type')?.text ?? parts.name).replace(/\s+/g, '').replace(/<.*$/, '');
    return { owner: parts.name, name: '<init>', args: parts.args, type };
  }
  if (!parts.receiver) {
    if (/^[A-Z]/.test(parts.name)) return { owner: parts.name, name: '<init>', args: parts.args, type: parts.name };
    const owner = staticImportOwner(expr, parts.name);
    return owner ? { owner, name: parts.name, args: parts.args } : undefined;
  }
  const recv = parts.receiver.text.replace(/\s+/g, '');
  if (/^[A-Z]/.test(parts.name)) {
    // Kotlin `java.security.SecureRandom()` / `KeyGenParameterSpec.Builder(…)`: a nested or qualified type.
    return { owner: parts.name, name: '<init>', args: parts.args, type: `${recv}.${parts.name}` };
  }
  return { owner: recv.split('.').pop()!, name: parts.name, args: parts.args };
}

/** `import static java.security.KeyPairGenerator.getInstance;` → `KeyPairGenerator` for `getInstance`. */
function staticImportOwner(at: Node, member: string): string | undefined {
  let root = at;
  while (root.parent) root = root.parent;
  for (const imp of root.namedChildren) {
    if (!imp || imp.type !== 'import_declaration') continue;
    const m = /^import\s+static\s+([\w.]+)\.(\w+)\s*;$/.exec(imp.text.replace(/\s+/g, ' ').trim());
    if (m && m[2] === member) return m[1].split('.').pop();
  }
  return undefined;
}

/** The type a constructor call creates ends with this simple or nested name (`KeyGenParameterSpec.Builder`). */
export function createsType(f: { name: string; type?: string } | undefined, nested: string): boolean {
  if (!f || f.name !== '<init>' || !f.type) return false;
  return f.type === nested || f.type.endsWith(`.${nested}`);
}

export interface ChainCall {
  name: string;
  node: Node;
  args: Node[];
  /** The `.` before the method name (Java and Kotlin chains), for insertions. */
  dot?: Node;
}

/**
 * The calls chained on a creating expression, outward: `Builder(…).setA(x).apply { … }.build()` gives
 * setA, apply, build. `top` is the outermost expression of the chain.
 */
export function chainOf(start: Node): { calls: ChainCall[]; top: Node } {
  const calls: ChainCall[] = [];
  let cur = start;
  for (;;) {
    const p = cur.parent;
    if (!p) break;
    if (p.type === 'method_invocation' && p.childForFieldName('object')?.id === cur.id) {
      const name = p.childForFieldName('name');
      const parts = callParts(p);
      const dot = p.children.find((c) => c?.type === '.') ?? undefined;
      if (!name || !parts) break;
      calls.push({ name: name.text, node: p, args: parts.args, dot });
      cur = p;
      continue;
    }
    if (p.type === 'navigation_expression' && p.namedChildren[0]?.id === cur.id && p.parent?.type === 'call_expression' && p.parent.namedChildren[0]?.id === p.id) {
      const call = p.parent;
      const parts = callParts(call);
      const dot = p.children.find((c) => c?.type === '.' || c?.type === '?.') ?? undefined;
      if (!parts) break;
      calls.push({ name: parts.name, node: call, args: parts.args, dot });
      cur = call;
      continue;
    }
    break;
  }
  return { calls, top: cur };
}

/** Calls made on the receiver inside a Kotlin scope lambda (`apply { setX(…) }`, `also { it.setX(…) }`). */
export function lambdaReceiverCalls(lambda: Node, as: 'this' | 'it'): ChainCall[] {
  const out: ChainCall[] = [];
  for (const call of lambda.descendantsOfType('call_expression')) {
    if (!call || enclosingLambda(call)?.id !== lambda.id) continue;
    const parts = callParts(call);
    if (!parts) continue;
    const recv = parts.receiver?.text;
    if (as === 'this' ? !parts.receiver || recv === 'this' : recv === 'it') calls(out, parts.name, call, parts.args);
  }
  // Property syntax: `isUserAuthenticationRequired = true` inside apply {} (seen as a setter).
  for (const asg of lambda.descendantsOfType('assignment')) {
    if (!asg || enclosingLambda(asg)?.id !== lambda.id) continue;
    const left = asg.childForFieldName('left');
    const right = asg.childForFieldName('right');
    if (!left || !right) continue;
    const prop = left.text.replace(/\s+/g, '').replace(/^(this|it)\./, '');
    if (!/^[A-Za-z_]\w*$/.test(prop)) continue;
    const setter = /^is[A-Z]/.test(prop) ? `set${prop.slice(2)}` : `set${prop[0].toUpperCase()}${prop.slice(1)}`;
    calls(out, setter, asg, [right]);
  }
  return out;
}

function calls(out: ChainCall[], name: string, node: Node, args: Node[]): void {
  out.push({ name, node, args });
}

/** The trailing lambda of a Kotlin call node, if any. */
export function trailingLambda(call: Node): Node | undefined {
  const holder = call.namedChildren.find((c) => c?.type === 'annotated_lambda');
  return holder?.namedChildren.find((c) => c?.type === 'lambda_literal') ?? undefined;
}

/** True when a statement is alone on its lines (so deleting those lines deletes only it). */
export function ownsLines(node: Node, text: string): boolean {
  const lines = text.split('\n');
  const before = lines[node.startPosition.row].slice(0, node.startPosition.column);
  const after = lines[node.endPosition.row].slice(node.endPosition.column);
  return before.trim() === '' && /^\s*;?\s*(\/\/.*)?$/.test(after);
}

/** The statement a call forms on its own (`x.f();` / Kotlin `x.f()` in a block), else undefined. */
export function standaloneStatement(call: Node): Node | undefined {
  const p = call.parent;
  if (!p) return undefined;
  if (call.type === 'method_invocation') return p.type === 'expression_statement' ? p : undefined;
  return /^(statements|block|lambda_literal)$/.test(p.type) ? call : undefined;
}

/** Time sources: the expression node reading the clock, when `node` is one (Java or Kotlin). */
export function isClockRead(node: Node): boolean {
  const t = node.text.replace(/\s+/g, '');
  return CLOCK.test(t);
}

const CLOCK = /^(?:(?:java\.lang\.)?System\.(?:currentTimeMillis|nanoTime)\(\)|(?:android\.os\.)?SystemClock\.(?:elapsedRealtime|elapsedRealtimeNanos|uptimeMillis|currentThreadTimeMillis)\(\)|(?:new)?(?:java\.util\.)?Date\(\)\.(?:time|getTime\(\))|(?:java\.time\.)?Instant\.now\(\)\.(?:toEpochMilli\(\)|epochSecond|getEpochSecond\(\)|nano|getNano\(\))|Clock\.System\.now\(\)\.(?:toEpochMilliseconds\(\)|epochSeconds)|Calendar\.getInstance\(\)\.(?:timeInMillis|getTimeInMillis\(\)))$/;

/** A clock read anywhere inside an expression. */
export function containsClockRead(node: Node): boolean {
  return CLOCK_ANYWHERE.test(node.text.replace(/\s+/g, ''));
}
const CLOCK_ANYWHERE = /System\.(currentTimeMillis|nanoTime)\(\)|SystemClock\.(elapsedRealtime|elapsedRealtimeNanos|uptimeMillis)\(\)|Date\(\)\.(time\b|getTime\(\))|Instant\.now\(\)\.(toEpochMilli|epochSecond|getEpochSecond)|Clock\.System\.now\(\)|Calendar\.getInstance\(\)\.(timeInMillis|getTimeInMillis)/;
