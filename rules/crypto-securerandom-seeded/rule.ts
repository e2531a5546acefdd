// Rule: SecureRandom(seed) and SecureRandom.setSeed(constant or clock reading).
import type { Node } from 'web-tree-sitter';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import type { CallView } from '../../server/src/engine/view';
import { callParts, constantBytes, constStr, declarationOf } from '../crypto-weak-cipher/support';
import { containsClockRead, factoryCall, originOf, ownsLines, standaloneStatement } from '../crypto-weak-key-size/support';

type Msg = 'seededCtor' | 'constantSeed' | 'clockSeed';

/** Seeds that come from the platform's entropy: not a problem. */
const FRESH_SEED = /\b(generateSeed|getSeed)\s*\(/;

function isSecureRandomCreation(call: CallView): boolean {
  if (call.name !== 'SecureRandom') return false;
  if (call.lang === 'kotlin' && !call.isConstructor) return false;
  return !call.receiverText || call.receiverText === 'java.security';
}

/** The receiver is a java.security.SecureRandom: created, obtained from getInstance, or declared as one. */
function onSecureRandom(call: CallView): boolean {
  const origin = originOf(call.receiver, call.node);
  if (!origin) return false;
  if (origin.type === 'SecureRandom') return true;
  const f = factoryCall(origin.expr);
  if (!f || f.owner !== 'SecureRandom') return false;
  return f.name === '<init>' || f.name === 'getInstance' || f.name === 'getInstanceStrong';
}

/** A seed fixed at build time: a number, a constant, a literal string's bytes, a byte-array literal. */
function isConstantSeed(ctx: RuleContext, arg: Node): boolean {
  if (ctx.constNumber(arg) !== undefined) return true;
  if (constStr(ctx, arg) !== undefined) return false; // a String is not a seed type; leave it
  if (constantBytes(ctx, arg) !== undefined) return true;
  // A named array (`FIXED`, `this.seed`): constantBytes treats any call it is passed to as a possible
  // write, setSeed included; here only writes other than seeding count.
  const name = /^(?:this\.)?([A-Za-z_]\w*)$/.exec(arg.text.replace(/\s+/g, ''))?.[1];
  const found = name ? declarationOf(arg, name) : undefined;
  if (!name || !found?.value || constantBytes(ctx, found.value) === undefined) return false;
  return !writtenOutsideSeeding(found.scope, name, found.nameNode);
}

/** The array is assigned, element-assigned, or passed to a call other than setSeed / SecureRandom(…). */
function writtenOutsideSeeding(scope: Node, name: string, declName: Node): boolean {
  for (const id of scope.descendantsOfType('identifier')) {
    if (!id || id.text !== name || id.id === declName.id) continue;
    const p = id.parent;
    if (!p) continue;
    if ((p.type === 'array_access' || p.type === 'indexing_expression') && p.parent && /assignment/.test(p.parent.type)) return true;
    if (/assignment/.test(p.type) && (p.childForFieldName('left')?.id === id.id || p.namedChildren[0]?.id === id.id)) return true;
    const list = p.type === 'value_argument' ? p.parent : p.type === 'argument_list' ? p : undefined;
    const call = list?.parent;
    const callName = call ? callParts(call)?.name : undefined;
    if (list && callName !== 'setSeed' && callName !== 'SecureRandom') return true;
  }
  return false;
}

export default defineRule({
  id: 'crypto-securerandom-seeded',
  meta: {
    title: 'SecureRandom seeded by the app',
    description: 'Flags SecureRandom(seed) and SecureRandom.setSeed with a constant or a clock reading, which can make the generator\'s output predictable.',
    severity: 'medium',
    messages: {
      seededCtor: 'SecureRandom(seed) lets the app choose the seed; with "SHA1PRNG" on Android 6 and earlier the seed replaces the system entropy and every value (keys, OTPs, nonces) becomes reproducible. Use SecureRandom() and let the platform seed it.',
      constantSeed: 'setSeed with a value fixed in the code: with "SHA1PRNG" on Android 6 and earlier the seed replaces the system entropy and every device produces the same "random" keys, OTPs and nonces. Remove the call; SecureRandom seeds itself.',
      clockSeed: 'setSeed with the clock: a timestamp has only a few bits of uncertainty, and with "SHA1PRNG" on Android 6 and earlier it replaces the system entropy, so keys, OTPs and nonces can be reproduced. Remove the call; SecureRandom seeds itself.',
    },
    tags: {
      cwe: [336, 337],
      masvs: ['MASVS-CRYPTO-1'],
      owaspMobile2024: ['M10'],
      maswe: ['improper-random-number-generation'],
      ituLab: ['T5.1'],
      ituBp: ['CS-1'],
    },
    fix: 'safe',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (isSecureRandomCreation(call)) {
        if (call.args.length !== 1) return;
        const seed = call.args[0].node;
        if (FRESH_SEED.test(seed.text)) return;
        // Replace the argument list with `()`.
        const argList = call.lang === 'java' ? call.node.childForFieldName('arguments') : call.node.namedChildren.find((c) => c?.type === 'value_arguments');
        const fixes: Fix[] = argList ? [{ title: 'Drop the seed: SecureRandom()', kind: 'safe', edits: [ctx.fix.replace(argList, '()')] }] : [];
        ctx.report({ at: seed, messageId: 'seededCtor', fixes });
        return;
      }
      if (call.name !== 'setSeed' || call.args.length !== 1) return;
      const seed = call.args[0].node;
      if (FRESH_SEED.test(seed.text)) return;
      const messageId: Msg | undefined = containsClockRead(seed) ? 'clockSeed' : isConstantSeed(ctx, seed) ? 'constantSeed' : undefined;
      if (!messageId || !onSecureRandom(call)) return;
      const stmt = call.viaProperty ? undefined : standaloneStatement(call.node);
      const fixes: Fix[] = stmt && ownsLines(stmt, ctx.file.text)
        ? [{ title: 'Remove the setSeed call', kind: 'safe', edits: [ctx.fix.removeLines(stmt)] }]
        : [];
      ctx.report({ at: seed, messageId, fixes });
    },
  },
});
