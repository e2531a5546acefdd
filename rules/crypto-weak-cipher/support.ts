import { table } from '../../server/src/engine/rule';
// Helpers shared by the crypto-* rules (not a rule: gen-rule-index only picks rule.ts).
// Constant resolution beyond ctx.constString (Android SDK constants, Kotlin templates), constant byte
// sources (literal arrays, "…".toByteArray(), Base64.decode("…"), zero arrays), the names a value flows
// into (for purpose heuristics), and an import edit for quick fixes.
import type { Node } from 'web-tree-sitter';
import type { RuleContext } from '../../server/src/engine/rule';
import { nodeRange } from '../../server/src/engine/ast';
import type { Range, TextEdit } from '../../server/src/engine/types';
import { splitWords } from '../../server/src/engine/sensitive';

/** Android / commons-codec constants rules meet in algorithm arguments (the engine only knows the project's). */
const SDK_CONSTANTS = table<string | number>({
  KEY_ALGORITHM_AES: 'AES',
  KEY_ALGORITHM_3DES: 'DESede',
  KEY_ALGORITHM_RSA: 'RSA',
  KEY_ALGORITHM_EC: 'EC',
  KEY_ALGORITHM_HMAC_SHA1: 'HmacSHA1',
  KEY_ALGORITHM_HMAC_SHA224: 'HmacSHA224',
  KEY_ALGORITHM_HMAC_SHA256: 'HmacSHA256',
  KEY_ALGORITHM_HMAC_SHA384: 'HmacSHA384',
  KEY_ALGORITHM_HMAC_SHA512: 'HmacSHA512',
  BLOCK_MODE_ECB: 'ECB',
  BLOCK_MODE_CBC: 'CBC',
  BLOCK_MODE_CTR: 'CTR',
  BLOCK_MODE_GCM: 'GCM',
  ENCRYPTION_PADDING_NONE: 'NoPadding',
  ENCRYPTION_PADDING_PKCS7: 'PKCS7Padding',
  ENCRYPTION_PADDING_RSA_PKCS1: 'PKCS1Padding',
  ENCRYPTION_PADDING_RSA_OAEP: 'OAEPPadding',
  DIGEST_MD5: 'MD5',
  DIGEST_SHA1: 'SHA-1',
  DIGEST_SHA256: 'SHA-256',
  'MessageDigestAlgorithms.MD2': 'MD2',
  'MessageDigestAlgorithms.MD5': 'MD5',
  'MessageDigestAlgorithms.SHA_1': 'SHA-1',
  'MessageDigestAlgorithms.SHA_256': 'SHA-256',
});
const SDK_OWNERS = new Set(['KeyProperties', 'MessageDigestAlgorithms']);

function sdkConstant(text: string): string | number | undefined {
  const parts = text.replace(/\s+/g, '').split('.');
  const name = parts[parts.length - 1];
  const owner = parts[parts.length - 2];
  if (owner && SDK_CONSTANTS[`${owner}.${name}`] !== undefined) return SDK_CONSTANTS[`${owner}.${name}`];
  if (owner && !SDK_OWNERS.has(owner)) return undefined;
  // A bare name only through a static import of KeyProperties members (KEY_ALGORITHM_AES is unambiguous).
  return /^(KEY_ALGORITHM|BLOCK_MODE|ENCRYPTION_PADDING|DIGEST)_/.test(name) ? SDK_CONSTANTS[name] : undefined;
}

/** The file root of a node (rules may run on recovered chunk trees, so never trust ctx.root for this). */
export function rootOf(node: Node): Node {
  let n = node;
  while (n.parent) n = n.parent;
  return n;
}

/** A simple name's constant value: through any identifier of that name in the file, else the project table. */
function constByName(ctx: RuleContext, at: Node, name: string): string | number | boolean | undefined {
  const ident = rootOf(at).descendantsOfType('identifier').find((n) => n.text === name);
  const v = ident ? ctx.constValue(ident) : undefined;
  return v ?? ctx.project.constants?.get(name);
}

/** Kotlin `"$ALGO/${KeyProperties.BLOCK_MODE_CBC}/PKCS7Padding"`, resolved part by part. */
function kotlinTemplate(ctx: RuleContext, node: Node): string | undefined {
  let raw = '';
  const holes: (string | undefined)[] = [];
  for (const c of node.children) {
    if (!c || c.type === '"' || c.type === '"""') continue;
    if (c.type === 'interpolation') {
      const expr = c.namedChildren.find((x) => x !== null);
      holes.push(expr ? constStr(ctx, expr) : undefined);
      raw += `\u0000${holes.length - 1}\u0000`;
    } else raw += c.text;
  }
  if (holes.some((h) => h === undefined)) return undefined;
  let failed = false;
  const out = raw.replace(/(?<!\\)\$([A-Za-z_]\w*)/g, (_, name: string) => {
    const v = constByName(ctx, node, name);
    if (v === undefined) failed = true;
    return String(v);
  });
  if (failed) return undefined;
  return out.replace(/\u0000(\d+)\u0000/g, (_, i: string) => holes[Number(i)] ?? '').replace(/\\(["'\\$])/g, '$1');
}

/** ctx.constString, plus Android SDK constants, concatenations of them and Kotlin string templates. */
export function constStr(ctx: RuleContext, node: Node): string | undefined {
  const v = ctx.constString(node);
  if (v !== undefined) return v;
  switch (node.type) {
    case 'identifier':
    case 'field_access':
    case 'navigation_expression': {
      const s = sdkConstant(node.text);
      return typeof s === 'string' ? s : undefined;
    }
    case 'parenthesized_expression': {
      const inner = node.namedChildren.find((c) => c !== null);
      return inner ? constStr(ctx, inner) : undefined;
    }
    case 'binary_expression': {
      const op = node.childForFieldName('operator')?.text;
      const l = node.childForFieldName('left');
      const r = node.childForFieldName('right');
      if (op !== '+' || !l || !r) return undefined;
      const lv = constStr(ctx, l) ?? ctx.constNumber(l);
      const rv = constStr(ctx, r) ?? ctx.constNumber(r);
      return lv === undefined || rv === undefined ? undefined : `${lv}${rv}`;
    }
    case 'string_literal':
      return kotlinTemplate(ctx, node);
    default:
      return undefined;
  }
}

/** A plain string literal (no interpolation): the only arguments quick fixes rewrite. */
export function isPlainLiteral(node: Node): boolean {
  return node.type === 'string_literal' && !/(^|[^\\])\$[{A-Za-z_]/.test(node.text) && node.descendantsOfType('interpolation').length === 0;
}

// ---------------------------------------------------------------- constant bytes

export interface ConstantBytes {
  /** How the bytes are written, for messages: "a byte-array literal", "a string literal's bytes" … */
  what: string;
  /** All zero (`new byte[16]`, `ByteArray(16)`). */
  zero?: boolean;
}

const NUMBER_TYPES = new Set(['decimal_integer_literal', 'hex_integer_literal', 'octal_integer_literal', 'binary_integer_literal', 'integer_literal', 'number_literal', 'character_literal']);

/** A compile-time number, possibly cast or converted: `0x7F`, `(byte) 0x80`, `-1`, `0x80.toByte()`. */
function isConstNumber(ctx: RuleContext, node: Node): boolean {
  if (NUMBER_TYPES.has(node.type)) return true;
  if (ctx.constNumber(node) !== undefined) return true;
  if (node.type === 'cast_expression') {
    const v = node.childForFieldName('value');
    return !!v && isConstNumber(ctx, v);
  }
  if (node.type === 'unary_expression' || node.type === 'parenthesized_expression') {
    const inner = node.namedChildren.filter((c): c is Node => c !== null).at(-1);
    return !!inner && isConstNumber(ctx, inner);
  }
  if (node.type === 'call_expression') {
    // Kotlin `0x80.toByte()`
    const callee = node.namedChildren[0];
    if (callee?.type === 'navigation_expression') {
      const parts = callee.namedChildren.filter((c): c is Node => c !== null);
      return parts.length === 2 && /^to(Byte|Int|Char|UByte)$/.test(parts[1].text) && isConstNumber(ctx, parts[0]);
    }
  }
  return false;
}

const DECODE_CALLS = /^(decode|decodeHex|decodeBase64|decodeBase64String|parseHexBinary|fromHex|hexToBytes|hexToByteArray|hexStringToByteArray|hexStringToBytes|fromBase64|base64Decode|deobfuscate|unobfuscate|reveal|unscramble)$/;

/** Callee name, receiver and arguments of a Java or Kotlin call node, without the view builder. */
export function callParts(node: Node): { name: string; receiver?: Node; args: Node[]; lambda?: Node } | undefined {
  if (node.type === 'method_invocation') {
    const name = node.childForFieldName('name')?.text;
    const list = node.childForFieldName('arguments');
    if (!name) return undefined;
    return { name, receiver: node.childForFieldName('object') ?? undefined, args: list ? list.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment') : [] };
  }
  if (node.type === 'object_creation_expression') {
    const type = node.childForFieldName('type');
    const list = node.childForFieldName('arguments');
    if (!type) return undefined;
    return { name: type.text.replace(/<[\s\S]*$/, '').split('.').pop()!, args: list ? list.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment') : [] };
  }
  if (node.type === 'call_expression') {
    const kids = node.namedChildren.filter((c): c is Node => c !== null);
    const callee = kids[0];
    const valueArgs = kids.find((c) => c.type === 'value_arguments');
    const lambdaHolder = kids.find((c) => c.type === 'annotated_lambda');
    const args = valueArgs
      ? valueArgs.namedChildren.filter((c): c is Node => c?.type === 'value_argument').map((a) => a.namedChildren.filter((c): c is Node => c !== null).at(-1)!).filter(Boolean)
      : [];
    const lambda = lambdaHolder?.namedChildren.find((c) => c?.type === 'lambda_literal') ?? undefined;
    if (callee?.type === 'identifier') return { name: callee.text, args, lambda };
    if (callee?.type === 'navigation_expression') {
      const parts = callee.namedChildren.filter((c): c is Node => c !== null);
      const last = parts.at(-1);
      if (!last || last.type !== 'identifier' || parts.length < 2) return undefined;
      return { name: last.text, receiver: parts[0], args, lambda };
    }
  }
  return undefined;
}

/**
 * Whether an expression yields bytes fixed at build time: byte-array literals, `"…".toByteArray()` /
 * `getBytes()`, `Base64.decode("…")` and similar decoders, zero arrays, and variables or fields
 * initialised with one of these and never filled afterwards. Undefined when unknown.
 */
export function constantBytes(ctx: RuleContext, node: Node, depth = 0): ConstantBytes | undefined {
  if (depth > 6) return undefined;
  switch (node.type) {
    case 'parenthesized_expression': {
      const inner = node.namedChildren.find((c) => c !== null);
      return inner ? constantBytes(ctx, inner, depth + 1) : undefined;
    }
    case 'array_initializer': {
      const items = node.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
      return items.every((i) => isConstNumber(ctx, i)) ? { what: 'a byte-array literal' } : undefined;
    }
    case 'array_creation_expression': {
      const init = node.namedChildren.find((c) => c?.type === 'array_initializer');
      if (init) return constantBytes(ctx, init, depth + 1);
      const dims = node.namedChildren.find((c) => c?.type === 'dimensions_expr');
      return dims && /^(byte|char)$/.test(node.childForFieldName('type')?.text ?? '') ? { what: 'an all-zero array', zero: true } : undefined;
    }
    case 'identifier':
    case 'field_access':
    case 'navigation_expression':
    case 'this_expression':
      return variableBytes(ctx, node, depth);
    case 'method_invocation':
    case 'call_expression': {
      const call = callParts(node);
      if (!call) return undefined;
      if (call.name === 'byteArrayOf' && !call.receiver) {
        return call.args.every((a) => isConstNumber(ctx, a)) ? { what: 'a byte-array literal' } : undefined;
      }
      if (call.name === 'ByteArray' && !call.receiver && call.args.length === 1) {
        if (!call.lambda) return { what: 'an all-zero array', zero: true };
        const body = call.lambda.namedChildren.filter((c): c is Node => c !== null && c.type !== 'lambda_parameters');
        return body.length === 1 && isConstNumber(ctx, body[0]) ? { what: 'a constant-filled array', zero: body[0].text === '0' } : undefined;
      }
      if (/^(toByteArray|getBytes|encodeToByteArray|toCharArray)$/.test(call.name) && call.receiver) {
        return constStr(ctx, call.receiver) !== undefined ? { what: "a string literal's bytes" } : undefined;
      }
      if (/^(clone|copyOf)$/.test(call.name) && call.receiver && call.args.length === 0) return constantBytes(ctx, call.receiver, depth + 1);
      if (DECODE_CALLS.test(call.name)) {
        const first = call.args[0] ?? (call.receiver && call.name === 'decodeBase64' ? call.receiver : undefined);
        if (first && constStr(ctx, first) !== undefined) return { what: 'an encoded string literal' };
      }
      // Okio `"…".decodeBase64()!!.toByteArray()` / `"…".decodeHex().toByteArray()`
      if (call.name === 'toByteArray' && call.receiver) {
        const inner = call.receiver.type === 'postfix_expression' ? call.receiver.namedChildren[0] : call.receiver;
        if (inner) return constantBytes(ctx, inner, depth + 1);
      }
      return undefined;
    }
    case 'postfix_expression': {
      const inner = node.namedChildren.find((c) => c !== null);
      return inner ? constantBytes(ctx, inner, depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}

/** A variable's declared initialiser (nearest declaration by name: function, then class, then file). */
export function declarationOf(node: Node, name: string): { decl: Node; nameNode: Node; value?: Node; scope: Node } | undefined {
  for (let scope: Node | null = node.parent; scope; scope = scope.parent) {
    if (!/^(block|statements|class_body|source_file|program|function_body|lambda_literal|constructor_body|method_declaration|function_declaration)$/.test(scope.type)) continue;
    for (const d of scope.descendantsOfType(['variable_declarator', 'property_declaration'])) {
      // Only declarations directly owned by this scope's level (not in nested functions we are not in).
      const nameNode = d.type === 'variable_declarator' ? d.childForFieldName('name') : d.namedChildren.find((c) => c?.type === 'variable_declaration')?.namedChildren.find((c) => c?.type === 'identifier');
      if (!nameNode || nameNode.text !== name) continue;
      if (d.startIndex > node.startIndex && scope.type !== 'class_body' && scope.type !== 'source_file' && scope.type !== 'program') continue;
      let value: Node | undefined;
      if (d.type === 'variable_declarator') value = d.childForFieldName('value') ?? undefined;
      else {
        const kids = d.children.filter((c): c is Node => c !== null);
        const eq = kids.findIndex((c) => c.type === '=');
        value = eq >= 0 ? kids.slice(eq + 1).find((c) => c.isNamed) : undefined;
      }
      return { decl: d, nameNode, value, scope };
    }
  }
  return undefined;
}

function variableBytes(ctx: RuleContext, node: Node, depth: number): ConstantBytes | undefined {
  const name = node.text.replace(/\s+/g, '').replace(/^this\./, '').split('.').pop()!;
  if (!/^[A-Za-z_]\w*$/.test(name)) return undefined;
  const found = declarationOf(node, name);
  if (!found?.value) return undefined;
  const bytes = constantBytes(ctx, found.value, depth + 1);
  if (!bytes) return undefined;
  return isFilledLater(found.scope, name, found.nameNode) ? undefined : bytes;
}

/**
 * True when an array variable may be written after its declaration: passed to any call (`nextBytes(iv)`,
 * `System.arraycopy(…, iv, …)`, `input.read(iv)`), element-assigned, or reassigned. Conservative: any such
 * use means "not constant".
 */
function isFilledLater(scope: Node, name: string, declName: Node): boolean {
  for (const id of scope.descendantsOfType('identifier')) {
    if (id.text !== name || id.id === declName.id) continue;
    const p = id.parent;
    if (!p) continue;
    // iv[i] = …  /  iv = …
    if ((p.type === 'array_access' || p.type === 'indexing_expression') && p.parent && /assignment/.test(p.parent.type)) return true;
    if (/assignment/.test(p.type) && (p.childForFieldName('left')?.id === id.id || p.namedChildren[0]?.id === id.id)) return true;
    // an argument of a call other than the spec constructors that only read it
    const arg = p.type === 'value_argument' ? p.parent : p.type === 'argument_list' ? p : undefined;
    if (arg) {
      const call = arg.parent;
      const callName = call ? callParts(call)?.name : undefined;
      if (callName && !/^(IvParameterSpec|GCMParameterSpec|SecretKeySpec|PBEKeySpec|DESKeySpec|DESedeKeySpec|PBEParameterSpec|ChaCha20ParameterSpec)$/.test(callName)) return true;
    }
    // iv.fill(…), buffer.get(iv) handled above; Kotlin `iv.also { random.nextBytes(it) }` / `.apply { }`
    if (p.type === 'navigation_expression' && p.parent?.type === 'call_expression') {
      const c = callParts(p.parent);
      if (c && /^(also|apply|let|run|fill|shuffle)$/.test(c.name)) return true;
    }
    if (p.type === 'method_invocation' && p.childForFieldName('object')?.id === id.id && /^(fill)$/.test(p.childForFieldName('name')?.text ?? '')) return true;
  }
  return false;
}

// ---------------------------------------------------------------- where a value goes

const STATEMENT_TYPES = new Set(['expression_statement', 'block', 'statements', 'class_body', 'source_file', 'program', 'function_body', 'constructor_body', 'if_statement', 'for_statement', 'while_statement', 'if_expression', 'when_expression', 'when_entry']);

/**
 * Names describing where a value ends up, nearest first: the variable, property or field it initialises,
 * the target it is assigned to, a Kotlin named argument, the argument arrays of `nextBytes(salt)`, the
 * string key of `put("nonce", v)` / `"nonce" to v` (with `literalKeys`), then the enclosing function.
 */
export function destinationNames(node: Node, opts: { literalKeys?: boolean } = {}): string[] {
  const names: string[] = [];
  let child = node;
  for (let p = node.parent; p; child = p, p = p.parent) {
    if (p.type === 'variable_declarator') {
      const n = p.childForFieldName('name');
      if (n) names.push(n.text);
      break;
    }
    if (p.type === 'property_declaration') {
      const n = p.namedChildren.find((c) => c?.type === 'variable_declaration')?.namedChildren.find((c) => c?.type === 'identifier');
      if (n) names.push(n.text);
      break;
    }
    if (p.type === 'assignment_expression' || p.type === 'assignment') {
      const left = p.childForFieldName('left') ?? p.namedChildren[0];
      if (left && left.id !== child.id) {
        // params["nonce"] = v  →  nonce
        const lit = left.descendantsOfType('string_literal')[0];
        if (opts.literalKeys && lit && /^(array_access|indexing_expression)$/.test(left.type)) names.push(lit.text.slice(1, -1));
        names.push(left.text.replace(/\s+/g, '').split(/[.[]/).filter((s) => /^[A-Za-z_]\w*$/.test(s)).pop() ?? '');
      }
      break;
    }
    if (p.type === 'value_argument') {
      const kids = p.namedChildren.filter((c): c is Node => c !== null);
      if (kids.length >= 2 && kids[0].type === 'identifier' && p.children.some((c) => c?.type === '=')) names.push(kids[0].text);
    }
    if (opts.literalKeys) {
      // put("nonce", v), addHeader("X-Nonce", v), "nonce" to v
      const list = p.type === 'argument_list' ? p : p.type === 'value_arguments' ? p : undefined;
      if (list) {
        const args = list.namedChildren.filter((c): c is Node => c !== null);
        const firstArg = args[0]?.type === 'value_argument' ? args[0].namedChildren.at(-1) : args[0];
        if (firstArg && firstArg.type === 'string_literal' && !firstArg.text.includes(child.text)) names.push(firstArg.text.slice(1, -1));
      }
      if (p.type === 'infix_expression' && p.namedChildren[1]?.text === 'to' && p.namedChildren[2]?.id === child.id) {
        const key = p.namedChildren[0];
        if (key?.type === 'string_literal') names.push(key.text.slice(1, -1));
      }
    }
    if (STATEMENT_TYPES.has(p.type) || p.type === 'return_statement' || p.type === 'jump_expression') break;
  }
  const fn = enclosingNamedFunction(node);
  if (fn) names.push(fn);
  return names.filter(Boolean);
}

export function enclosingNamedFunction(node: Node): string | undefined {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === 'method_declaration' || p.type === 'function_declaration') return p.childForFieldName('name')?.text ?? p.namedChildren.find((c) => c?.type === 'identifier')?.text;
    if (p.type === 'class_body' || p.type === 'source_file' || p.type === 'program') return undefined;
  }
  return undefined;
}

/** Words of a name with multi-word phrases joined (`verificationCode` → also `verification code`). */
export function nameWords(name: string): string[] {
  return splitWords(name);
}

/** True when `words` contains one of the phrases (each a list of consecutive words). */
export function hasPhrase(words: string[], phrases: string[][]): string | undefined {
  for (const ph of phrases) {
    for (let i = 0; i + ph.length <= words.length; i++) {
      if (ph.every((w, j) => words[i + j] === w)) return ph.join(' ');
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- imports

/** Where imports go in a file and which are already there; plain data, usable after the tree is gone. */
export interface ImportAnchor {
  range: Range;
  prefix: string;
  suffix: string;
  java: boolean;
  existing: string[];
}

export function importAnchor(ctx: RuleContext, at: Node): ImportAnchor {
  const root = rootOf(at);
  const java = ctx.file.kind === 'java';
  const imports = root.namedChildren.filter((c): c is Node => c !== null && (c.type === 'import_declaration' || c.type === 'import'));
  const existing = imports.map((i) => i.text.replace(/^import\s+(static\s+)?/, '').replace(/[\s;]/g, ''));
  const lastImport = imports.at(-1);
  if (lastImport) {
    const end = nodeRange(lastImport).end;
    return { range: { start: end, end }, prefix: '\n', suffix: '', java, existing };
  }
  const pkgNode = root.namedChildren.find((c) => c?.type === 'package_declaration' || c?.type === 'package_header');
  if (pkgNode) return { range: { start: nodeRange(pkgNode).end, end: nodeRange(pkgNode).end }, prefix: '\n\n', suffix: '', java, existing };
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, prefix: '', suffix: '\n\n', java, existing };
}

/** One edit adding the missing imports (sorted), or none. Identical for every fix in a file, so fix-all adds each once. */
export function importsEdit(anchor: ImportAnchor, fqns: string[]): TextEdit[] {
  const missing = [...new Set(fqns)].sort().filter((f) => !anchor.existing.includes(f) && !anchor.existing.includes(`${f.slice(0, f.lastIndexOf('.'))}.*`));
  if (missing.length === 0) return [];
  const lines = missing.map((f) => `import ${f}${anchor.java ? ';' : ''}`).join('\n');
  return [{ range: anchor.range, newText: anchor.prefix + lines + anchor.suffix }];
}

/**
 * `Cipher.getInstance(transformation, …)` with a resolvable transformation: the argument node, its value and its
 * `algorithm/mode/padding` parts (trimmed). Undefined for any other call or an unknown value.
 */
export function cipherTransformation(
  call: { name: string; receiverName?: string; args: { node: Node }[] },
  ctx: RuleContext,
): { arg: Node; value: string; parts: string[] } | undefined {
  if (call.name !== 'getInstance' || call.receiverName !== 'Cipher') return undefined;
  const arg = call.args[0]?.node;
  const value = arg ? constStr(ctx, arg) : undefined;
  if (!arg || value === undefined) return undefined;
  return { arg, value, parts: value.split('/').map((p) => p.trim()) };
}
