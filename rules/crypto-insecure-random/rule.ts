// Rule: java.util.Random, Math.random, kotlin.random.Random and friends making OTPs, PINs, keys, IVs, salts, nonces, tokens.
import type { Node } from 'web-tree-sitter';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import { sensitiveName, splitWords } from '../../server/src/engine/sensitive';
import type { Fix, Range, TextEdit } from '../../server/src/engine/types';
import type { CallView } from '../../server/src/engine/view';
import { nodeRange } from '../../server/src/engine/ast';
import { callParts, destinationNames, hasPhrase, importAnchor, importsEdit, rootOf, type ImportAnchor } from '../crypto-weak-cipher/support';

/** Names that say the value is a secret or must be unpredictable (besides the sensitive dictionary's credentials). */
const PURPOSE: string[][] = [
  ['otp'], ['totp'], ['pin'], ['mpin'], ['passcode'], ['password'], ['passwd'], ['pwd'], ['key'], ['iv'], ['salt'], ['nonce'],
  ['token'], ['secret'], ['session'], ['challenge'], ['csrf'], ['passphrase'], ['verification', 'code'], ['auth', 'code'],
  ['activation', 'code'], ['confirmation', 'code'], ['security', 'code'], ['reset', 'code'],
];
/** Names that say unpredictability does not matter: jitter, back-off, animation, sample data. */
const BENIGN: string[][] = [
  ['jitter'], ['backoff'], ['back', 'off'], ['animation'], ['anim'], ['animate'], ['sample'], ['samples'], ['demo'], ['mock'], ['fake'],
  ['dummy'], ['delay'], ['color'], ['colour'], ['shuffle'], ['shuffled'], ['retry'], ['cache'], ['placeholder'], ['avatar'], ['preview'],
];

type Source = 'java.util.Random' | 'Math.random()' | 'kotlin.random.Random' | 'ThreadLocalRandom' | 'RandomStringUtils';

interface Pending {
  /** A range, not a node: pending findings are reported from the file handler, after the tree is freed. */
  at: Range;
  anchor: ImportAnchor;
  source: Source;
  purpose: string;
  /** The replacement edit, without imports; undefined when no fix is offered. */
  edit?: TextEdit;
  imports: string[];
  safe: boolean;
  title: string;
}

/** The purpose word a name carries, unless a benign word says otherwise. */
function purposeOf(names: string[]): string | undefined {
  for (const n of names) if (hasPhrase(splitWords(n), BENIGN)) return undefined;
  for (const n of names) {
    const words = splitWords(n);
    const match = sensitiveName(n);
    if ((match && match.category === 'credential') || hasPhrase(words, PURPOSE)) return n;
  }
  return undefined;
}

/** Names around one use of a generator: where its value goes, plus arrays filled by `nextBytes(salt)`. */
function useNames(node: Node): string[] {
  const names = destinationNames(node);
  // rnd.nextBytes(iv) / Random().nextBytes(salt): the filled array names the purpose
  let target = node;
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === 'navigation_expression') continue;
    const call = callParts(p);
    if (!call || call.receiver?.id !== target.id) break;
    if (call.name === 'nextBytes') for (const a of call.args) if (/^[A-Za-z_][\w.]*$/.test(a.text)) names.unshift(a.text.split('.').pop()!);
    target = p;
  }
  return names;
}

/** The name a creation expression initialises (`val rnd = Random()`, `Random rnd = new Random();`). */
function holderName(node: Node): Node | undefined {
  const p = node.parent;
  if (p?.type === 'variable_declarator' && p.childForFieldName('value')?.id === node.id) return p.childForFieldName('name') ?? undefined;
  if (p?.type === 'property_declaration') return p.namedChildren.find((c) => c?.type === 'variable_declaration')?.namedChildren.find((c) => c?.type === 'identifier') ?? undefined;
  return undefined;
}

/** The first use of a generator variable (field or local) whose value has a secret purpose. */
function purposefulUse(holder: Node): string | undefined {
  const name = holder.text;
  const own = purposeOf([name]);
  if (own) return own;
  for (const id of rootOf(holder).descendantsOfType('identifier')) {
    if (id.text !== name || id.id === holder.id) continue;
    const p = id.parent;
    if (!p) continue;
    // Member names (`x.random()`, `obj.rnd`) are other things; `this.rnd` is ours.
    let expr: Node = id;
    if (p.type === 'method_invocation' && p.childForFieldName('name')?.id === id.id) continue;
    if (p.type === 'field_access' && p.childForFieldName('field')?.id === id.id) {
      if (p.childForFieldName('object')?.type !== 'this') continue;
      expr = p;
    }
    if (p.type === 'navigation_expression' && p.namedChildren[0]?.id !== id.id) {
      if (p.namedChildren[0]?.type !== 'this_expression') continue;
      expr = p;
    }
    const purpose = purposeOf(useNames(expr));
    if (purpose) return purpose;
  }
  return undefined;
}

function importsJavaUtilRandom(root: Node): boolean {
  return /^\s*import\s+java\.util\.(Random|\*)\s*;?\s*$/m.test(root.text);
}

const pendingByFile = new Map<string, Pending[]>();

function add(ctx: RuleContext, node: Node, p: Omit<Pending, 'at' | 'anchor'>): void {
  const list = pendingByFile.get(ctx.file.path) ?? [];
  list.push({ ...p, at: nodeRange(node), anchor: importAnchor(ctx, node) });
  pendingByFile.set(ctx.file.path, list);
}

/** A `new Random()` / `Random()` / `java.util.Random()` / `kotlin.random.Random(seed)` creation. */
function creation(view: CallView, ctx: RuleContext): void {
  const java = view.lang === 'java';
  const recv = view.receiverText;
  if (view.name !== 'Random' || !(recv === undefined || recv === 'java.util' || (!java && recv === 'kotlin.random'))) return;
  if (!java && !view.isConstructor && recv === undefined) return;
  const holder = holderName(view.node);
  const purpose = holder ? purposefulUse(holder) : purposeOf(useNames(view.node));
  if (!purpose) return;
  const seeded = view.args.length > 0;
  const root = rootOf(view.node);
  let text: string;
  let imports: string[] = [];
  const kotlinRandom = !java && (recv === 'kotlin.random' || (recv === undefined && seeded && !importsJavaUtilRandom(root)));
  const source: Source = kotlinRandom ? 'kotlin.random.Random' : 'java.util.Random';
  if (java) {
    text = recv ? 'new java.security.SecureRandom()' : 'new SecureRandom()';
    if (!recv) imports = ['java.security.SecureRandom'];
  } else if (kotlinRandom) {
    text = recv ? 'java.security.SecureRandom().asKotlinRandom()' : 'SecureRandom().asKotlinRandom()';
    imports = recv ? ['kotlin.random.asKotlinRandom'] : ['java.security.SecureRandom', 'kotlin.random.asKotlinRandom'];
  } else {
    text = recv ? 'java.security.SecureRandom()' : 'SecureRandom()';
    if (!recv) imports = ['java.security.SecureRandom'];
  }
  add(ctx, view.node, {
    source,
    purpose,
    edit: ctx.fix.replace(view.node, text),
    imports,
    safe: !seeded,
    title: seeded ? 'Use SecureRandom (drops the fixed seed)' : 'Use SecureRandom',
  });
}

export default defineRule({
  id: 'crypto-insecure-random',
  meta: {
    title: 'Predictable random numbers for OTPs, PINs, keys or tokens',
    description: 'Flags java.util.Random, Math.random, kotlin.random.Random and ThreadLocalRandom values used for OTPs, PINs, keys, IVs, salts, nonces or tokens.',
    severity: 'high',
    messages: {
      insecure: '{{source}} is predictable (its state can be recovered from a few outputs) and it makes "{{purpose}}"; use java.security.SecureRandom (Kotlin: SecureRandom().asKotlinRandom()).',
    },
    tags: {
      cwe: [338, 330],
      masvs: ['MASVS-CRYPTO-1'],
      owaspMobile2024: ['M10'],
      maswe: ['improper-random-number-generation'],
      ituLab: ['T5.1'],
    },
    fix: 'safe',
    files: ['java', 'kotlin'],
  },
  on: {
    call(view, ctx) {
      const java = view.lang === 'java';
      creation(view, ctx);
      const recv = view.receiverText;
      // Math.random()
      if (view.name === 'random' && (recv === 'Math' || recv === 'java.lang.Math') && view.args.length === 0) {
        const purpose = purposeOf(useNames(view.node));
        if (!purpose) return;
        add(ctx, view.node, {
          source: 'Math.random()', purpose, safe: true, title: 'Use SecureRandom().nextDouble()',
          edit: ctx.fix.replace(view.node, java ? 'new SecureRandom().nextDouble()' : 'SecureRandom().nextDouble()'),
          imports: ['java.security.SecureRandom'],
        });
        return;
      }
      // ThreadLocalRandom.current().nextInt(…): no drop-in replacement (nextInt(origin, bound) needs API 34 on SecureRandom).
      if (view.name === 'current' && view.receiverName === 'ThreadLocalRandom') {
        const holder = holderName(view.node);
        const purpose = holder ? purposefulUse(holder) : purposeOf(useNames(view.node));
        if (purpose) add(ctx, view.node, {
 source: 'ThreadLocalRandom', purpose, imports: [], safe: false, title: '' });
        return;
      }
      // commons-lang RandomStringUtils.randomAlphanumeric(…) and friends use java.util.Random.
      if (view.receiverName === 'RandomStringUtils' && /^random/.test(view.name)) {
        const purpose = purposeOf(useNames(view.node));
        if (purpose) add(ctx, view.nameNode, {
 source: 'RandomStringUtils', purpose, imports: [], safe: false, title: '' });
        return;
      }
      if (java) return;
      // kotlin.random: Random.nextInt(…), Random.Default.nextBytes(…)
      if (/^next/.test(view.name) && (recv === 'Random' || recv === 'Random.Default' || recv === 'kotlin.random.Random') && view.receiver) {
        if (recv === 'Random' && importsJavaUtilRandom(rootOf(view.node))) return;
        const purpose = purposeOf(useNames(view.node));
        if (!purpose) return;
        add(ctx, view.receiver, {
          source: 'kotlin.random.Random', purpose, safe: true, title: 'Use SecureRandom().asKotlinRandom()',
          edit: ctx.fix.replace(view.receiver, 'SecureRandom().asKotlinRandom()'),
          imports: ['java.security.SecureRandom', 'kotlin.random.asKotlinRandom'],
        });
        return;
      }
      // (0..9).random(), digits.random(), CharRange.random(): the default kotlin.random generator.
      if (view.name === 'random' && view.receiver && view.args.length === 0 && !view.lambda) {
        const purpose = purposeOf(useNames(view.node));
        if (!purpose) return;
        const argsNode = view.node.namedChildren.find((c) => c?.type === 'value_arguments');
        if (!argsNode) return;
        add(ctx, view.nameNode, {
          source: 'kotlin.random.Random', purpose, safe: true, title: 'Pass SecureRandom().asKotlinRandom()',
          edit: ctx.fix.replace(argsNode, '(SecureRandom().asKotlinRandom())'),
          imports: ['java.security.SecureRandom', 'kotlin.random.asKotlinRandom'],
        });
      }
    },
    file(_file, ctx) {
      const list = pendingByFile.get(ctx.file.path) ?? [];
      pendingByFile.delete(ctx.file.path);
      if (list.length === 0) return;
      // One import edit for the whole file, identical in every fix, so fix-all adds each import once.
      const needed = list.flatMap((p) => (p.edit ? p.imports : []));
      const importEdits = importsEdit(list[0].anchor, needed);
      for (const p of list) {
        const fixes: Fix[] = p.edit ? [{ title: p.title, kind: p.safe ? 'safe' : 'suggestion', edits: [p.edit, ...importEdits] }] : [];
        ctx.report({ at: p.at, messageId: 'insecure', data: { source: p.source, purpose: p.purpose }, fixes });
      }
    },
  },
});
