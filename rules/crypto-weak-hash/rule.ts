// Rule: MD2, MD4, MD5 or SHA-1 digests (MessageDigest, Guava Hashing, commons-codec DigestUtils, Okio).
import type { Node } from 'web-tree-sitter';
import { defineRule, type RuleContext, table } from '../../server/src/engine/rule';
import { sensitiveValuesIn, sensitiveName, splitWords } from '../../server/src/engine/sensitive';
import type { Fix, Severity } from '../../server/src/engine/types';
import type { CallView } from '../../server/src/engine/view';
import { callParts, constStr, declarationOf, destinationNames, enclosingNamedFunction, hasPhrase, isPlainLiteral } from '../crypto-weak-cipher/support';

const WEAK_DIGEST = /^(MD2|MD4|MD5|SHA|SHA-?1|SHA-?160)$/i;
/** commons-codec DigestUtils methods → the SHA-256 equivalent. */
const DIGEST_UTILS = table<string>({
  md2: 'sha256', md2Hex: 'sha256Hex', md5: 'sha256', md5Hex: 'sha256Hex', sha: 'sha256', shaHex: 'sha256Hex', sha1: 'sha256', sha1Hex: 'sha256Hex',
  getMd2Digest: 'getSha256Digest', getMd5Digest: 'getSha256Digest', getShaDigest: 'getSha256Digest', getSha1Digest: 'getSha256Digest',
});
/** Guava Hashing and Okio (ByteString, Buffer, HashingSink, HashingSource) names → the SHA-256 equivalent. */
const HASH_FN = table<string>({ md5: 'sha256', sha1: 'sha256' });
/** Non-security uses: cache keys, ETags, checksums, file fingerprints, de-duplication. */
const NON_SECURITY: string[][] = [['cache'], ['etag'], ['e', 'tag'], ['checksum'], ['check', 'sum'], ['fingerprint'], ['dedup'], ['dedupe'], ['deduplicate'], ['gravatar'], ['content', 'hash'], ['file', 'hash'], ['md5sum']];
/** Calls that feed data into a digest object. */
const FEED = /^(digest|update|hashString|hashBytes|hashUnencodedChars|putString|putBytes|putUnencodedChars)$/;

function algoOf(view: CallView, ctx: RuleContext): { algo: string; at: Node; fix?: Fix } | undefined {
  const recv = view.receiverName;
  if (view.name === 'getInstance' && recv === 'MessageDigest') {
    const arg = view.args[0];
    const algo = arg ? constStr(ctx, arg.node) : undefined;
    if (!arg || algo === undefined || !WEAK_DIGEST.test(algo.trim())) return undefined;
    const fix = isPlainLiteral(arg.node) ? { title: 'Use SHA-256', kind: 'suggestion' as const, edits: [ctx.fix.replace(arg.node, '"SHA-256"')] } : undefined;
    return { algo: algo.trim(), at: arg.node, fix };
  }
  const to = DIGEST_UTILS[view.name];
  if (recv === 'DigestUtils' && to) {
    return { algo: /md2/i.test(view.name) ? 'MD2' : /md5/i.test(view.name) ? 'MD5' : 'SHA-1', at: view.nameNode, fix: { title: `Use ${to}`, kind: 'suggestion', edits: [ctx.fix.replace(view.nameNode, to)] } };
  }
  const replacement = HASH_FN[view.name];
  if (replacement && view.receiver) {
    const algo = view.name === 'md5' ? 'MD5' : 'SHA-1';
    const fix: Fix = { title: `Use ${replacement}()`, kind: 'suggestion', edits: [ctx.fix.replace(view.nameNode, replacement)] };
    // Guava Hashing.md5(); Okio HashingSink.md5(sink) / HashingSource.sha1(source)
    if (recv === 'Hashing' && view.args.length === 0) return { algo, at: view.nameNode, fix };
    if ((recv === 'HashingSink' || recv === 'HashingSource') && view.args.length === 1) return { algo, at: view.nameNode, fix };
    // Okio ByteString/Buffer `.md5()`; a receiver that is a class name other than the above is something else.
    if (view.args.length === 0 && !/^[A-Z]/.test(recv ?? '') && !view.lambda) return { algo, at: view.nameNode, fix };
  }
  return undefined;
}

/** Expressions hashed by this digest: call arguments, the Okio receiver, chained feeds, and feeds of the variable holding it. */
function inputsOf(view: CallView): Node[] {
  const inputs: Node[] = [];
  if (view.name !== 'getInstance') inputs.push(...view.args.map((a) => a.node));
  if (view.receiver && view.receiverName !== 'Hashing' && view.receiverName !== 'DigestUtils') inputs.push(view.receiver);
  // MessageDigest.getInstance("MD5").digest(x)  /  Hashing.md5().hashString(x, UTF_8)  /  .newHasher().putString(x)
  let target: Node = view.node;
  for (let p = target.parent; p; p = p.parent) {
    if (p.type === 'navigation_expression') continue;
    const call = callParts(p);
    if (!call || call.receiver?.id !== target.id) break;
    if (FEED.test(call.name)) inputs.push(...call.args);
    target = p;
  }
  // val md = MessageDigest.getInstance("MD5"); md.update(pin)
  const holder = destinationHolder(view.node);
  if (holder) {
    const found = declarationOf(view.node, holder);
    const scope = found?.scope ?? view.node.parent;
    for (const id of scope ? scope.descendantsOfType('identifier') : []) {
      if (id.text !== holder) continue;
      const nav = id.parent;
      const call = nav && (nav.type === 'method_invocation' ? nav : nav.type === 'navigation_expression' ? nav.parent : undefined);
      const parts = call ? callParts(call) : undefined;
      if (parts && parts.receiver?.id === id.id && FEED.test(parts.name)) inputs.push(...parts.args);
    }
  }
  return inputs;
}

function destinationHolder(node: Node): string | undefined {
  const p = node.parent;
  if (p?.type === 'variable_declarator') return p.childForFieldName('name')?.text;
  if (p?.type === 'property_declaration') return p.namedChildren.find((c) => c?.type === 'variable_declaration')?.namedChildren.find((c) => c?.type === 'identifier')?.text;
  return undefined;
}

function enclosingClassName(node: Node): string | undefined {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === 'class_declaration' || p.type === 'object_declaration') return p.childForFieldName('name')?.text ?? p.namedChildren.find((c) => c?.type === 'type_identifier' || c?.type === 'identifier')?.text;
  }
  return undefined;
}

export default defineRule({
  id: 'crypto-weak-hash',
  meta: {
    title: 'Weak hash function (MD5, SHA-1, MD4, MD2)',
    description: 'Flags MD2, MD4, MD5 and SHA-1 digests from MessageDigest, Guava Hashing, commons-codec DigestUtils and Okio, except for cache keys, ETags and checksums.',
    severity: 'medium',
    messages: {
      weak: '{{algo}} is broken for security use (collisions are practical); use SHA-256 or stronger, and a keyed MAC (HmacSHA256) or a KDF where integrity or secrecy matters.',
      sensitive: '{{algo}} over "{{name}}": a fast, broken hash of a credential is reversed or forged offline; do not hash credentials on the device: verify PINs and passwords on the server and protect tokens with an Android Keystore key.',
    },
    tags: {
      cwe: [328, 327],
      masvs: ['MASVS-CRYPTO-1'],
      owaspMobile2024: ['M10'],
      maswe: ['improper-hashing'],
      ituLab: ['T5.1'],
      ituBp: ['CS-2'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(view, ctx) {
      const found = algoOf(view, ctx);
      if (!found) return;
      const fixes = found.fix ? [found.fix] : [];
      // A credential hashed with it: always report, and as critical for PINs, passwords, OTPs.
      const hits = inputsOf(view).flatMap((n) => sensitiveValuesIn(n)).filter((h) => h.match.category === 'credential');
      const fn = enclosingNamedFunction(view.node);
      const fnMatch = fn ? sensitiveName(fn) : undefined;
      const hit = hits.find((h) => h.match.critical) ?? hits[0];
      if (hit || (fnMatch && fnMatch.category === 'credential')) {
        const critical = hit ? hit.match.critical : !!fnMatch?.critical;
        const name = hit ? hit.node.text.replace(/^"|"$/g, '') : fn!;
        const severity: Severity = critical ? 'critical' : 'high';
        // No SHA-256 fix here: a fast hash of a PIN is brute-forced whatever the algorithm.
        ctx.report({ at: found.at, messageId: 'sensitive', data: { algo: found.algo, name: name.length > 40 ? `${name.slice(0, 37)}…` : name }, severity });
        return;
      }
      // Cache keys, ETags, checksums, fingerprints: not a security use.
      const names = [...destinationNames(view.node), enclosingClassName(view.node) ?? ''];
      if (names.some((n) => hasPhrase(splitWords(n), NON_SECURITY))) return;
      ctx.report({ at: found.at, messageId: 'weak', data: { algo: found.algo }, fixes });
    },
  },
});
