// Rule: developer backdoors in release code: PIN/OTP/password compared with a hard-coded literal, and
// skipOtp/bypassAuth-style flags switched on.
import type { Node } from 'web-tree-sitter';
import { isDebugGuarded } from '../../server/src/engine/ast';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import { splitWords } from '../../server/src/engine/sensitive';
import { comparedPair, hasWord, nonEmptyLiteral } from '../auth-local-pin-check/support';

const CREDENTIAL_WORDS = new Set(['pin', 'mpin', 'upin', 'passcode', 'password', 'passwd', 'pwd', 'otp', 'totp', 'cvv']);
const BYPASS_VERBS = new Set(['skip', 'bypass', 'disable', 'ignore', 'fake', 'mock']);
const AUTH_OBJECTS = new Set(['otp', 'pin', 'auth', 'authentication', 'login', 'verification', 'verify', 'password', 'biometric', 'biometrics', 'kyc', '2fa', 'mfa', 'security', 'ssl', 'pinning', 'root', 'integrity']);

type Msg = 'literal' | 'flag';

function isBypassName(name: string): boolean {
  const words = splitWords(name);
  return words.some((w) => BYPASS_VERBS.has(w)) && words.some((w) => AUTH_OBJECTS.has(w));
}

function isTrueLiteral(n: Node | undefined): boolean {
  return n?.text === 'true';
}

function checkLiteral(left: Node, right: Node, at: Node, ctx: RuleContext<Msg>) {
  for (const [value, lit] of [[left, right], [right, left]] as const) {
    const literal = nonEmptyLiteral(lit);
    if (literal === undefined || literal.length > 64 || /\s/.test(literal)) continue;
    if (!hasWord(value, CREDENTIAL_WORDS)) continue;
    if (isDebugGuarded(at)) return;
    ctx.report({ at: lit, messageId: 'literal', data: { literal } });
    return;
  }
}

export default defineRule({
  id: 'auth-developer-backdoor',
  meta: {
    title: 'Developer backdoor: hard-coded PIN/OTP or auth bypass flag',
    description: 'Flags PINs, OTPs and passwords compared with hard-coded literals (otp == "000000") and skipOtp/bypassAuth-style flags set to true in release code.',
    severity: 'medium',
    messages: {
      literal: 'A PIN, OTP or password is compared with the hard-coded value "{{literal}}": anyone who decompiles the APK finds this master code and uses it on every account; remove it, and keep test credentials in test builds or the test server only.',
      flag: '{{name}} switches an authentication step off in code that ships: a flipped flag, a patched build or a mis-set remote config turns it into a backdoor; remove the flag, or confine it to debug builds (src/debug, if (BuildConfig.DEBUG)).',
    },
    tags: {
      cwe: [489, 912, 798],
      masvs: ['MASVS-RESILIENCE-3', 'MASVS-AUTH-1'],
      owaspMobile2024: ['M8', 'M1'],
      maswe: ['code-disables-security'],
      ituBp: ['DI-2'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
    precision: 'medium',
  },
  on: {
    comparison(cmp, ctx) {
      checkLiteral(cmp.left, cmp.right, cmp.node, ctx);
    },
    call(call, ctx) {
      const pair = comparedPair(call.node, call.name, call.receiver, call.args.map((a) => a.node));
      if (pair) checkLiteral(pair.left, pair.right, pair.at, ctx);
    },
    declaration(decl, ctx) {
      if (!isBypassName(decl.name) || !isTrueLiteral(decl.value) || !decl.value || isDebugGuarded(decl.node)) return;
      ctx.report({
        at: decl.nameNode, messageId: 'flag', data: { name: decl.name },
        fixes: [{ title: `Set ${decl.name} to false`, kind: 'suggestion', edits: [ctx.fix.replace(decl.value, 'false')] }],
      });
    },
    assignment(asg, ctx) {
      if (!isBypassName(asg.target) || !isTrueLiteral(asg.value) || isDebugGuarded(asg.node)) return;
      ctx.report({
        at: asg.targetNode, messageId: 'flag', data: { name: asg.target },
        fixes: [{ title: `Set ${asg.target} to false`, kind: 'suggestion', edits: [ctx.fix.replace(asg.value, 'false')] }],
      });
    },
  },
});
