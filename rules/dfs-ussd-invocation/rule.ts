// Rule: USSD codes dialled from the app (ACTION_CALL/ACTION_DIAL with tel:*…#, sendUssdRequest); a PIN
// concatenated or interpolated into the USSD string is critical.
import type { Node } from 'web-tree-sitter';
import { enclosingFunction } from '../../server/src/engine/ast';
import { defineRule } from '../../server/src/engine/rule';
import { sensitiveValues } from '../dfs-sensitive-in-crash-report/support';

/** `tel:*150*01#`, `tel:#`, `tel:%2A…`, or a bare `*150*…` / `*150#` USSD code. */
const USSD_SHAPE = /^(tel:\s*(\*|#|%2[aA]|%23)|\*\d{2,4}([*#]|$))/;
const PIN_TERMS = new Set(['pin', 'mpin', 'upin', 'passcode', 'password', 'passwd', 'pwd', 'secret']);

function topExpression(node: Node): Node {
  let n = node;
  while (n.parent && (n.parent.type === 'binary_expression' || n.parent.type === 'parenthesized_expression')) n = n.parent;
  return n;
}

function stringsIn(node: Node): Node[] {
  return node.descendantsOfType(['string_literal', 'multiline_string_literal']).filter((n): n is Node => n !== null);
}

function rawOf(str: Node): string {
  return str.text.replace(/^"+|"+$/g, '');
}

function pinHits(expr: Node) {
  return sensitiveValues(expr).filter((h) => PIN_TERMS.has(h.match.term));
}

/** The expression a local variable was initialised with, one level deep. */
function initializerOf(id: Node): Node | undefined {
  const fn = enclosingFunction(id);
  if (!fn) return undefined;
  for (const d of fn.descendantsOfType(['property_declaration', 'variable_declarator'])) {
    if (!d || d.startIndex > id.startIndex) continue;
    const name = d.type === 'variable_declarator' ? d.childForFieldName('name') : d.descendantsOfType('variable_declaration')[0]?.namedChildren[0];
    if (name?.text === id.text) return (d.type === 'variable_declarator' ? d.childForFieldName('value') : d.namedChildren.at(-1)) ?? undefined;
  }
  return undefined;
}

export default defineRule({
  id: 'dfs-ussd-invocation',
  meta: {
    title: 'PIN embedded in a USSD code dialled by the app',
    description: 'Flags USSD strings dialled through ACTION_CALL/ACTION_DIAL (tel:*…#) or TelephonyManager.sendUssdRequest, critical when a PIN is concatenated or interpolated into the code.',
    severity: 'low',
    messages: {
      pin: '{{name}} is built into a USSD string: the PIN ends up in the dialler, the call log, the intent that other apps can observe and the operator\'s USSD gateway logs; dial the menu without the PIN and let the customer type it in the USSD dialogue.',
      ussd: 'The app dials a USSD code ({{code}}): USSD travels unencrypted over the signalling channel and the reply can be read by accessibility services; keep secrets out of the code and prefer the app\'s TLS API when data is available.',
    },
    tags: {
      cwe: [522, 532, 319],
      masvs: ['MASVS-STORAGE-2', 'MASVS-NETWORK-1'],
      owaspMobile2024: ['M1', 'M5'],
      maswe: ['data-in-logs'],
      ituBp: ['UA-3'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
    dfsSpecific: true,
  },
  on: {
    string(str, ctx) {
      if (!USSD_SHAPE.test(str.raw)) return;
      const expr = topExpression(str.node);
      // Handle each expression once: at its first USSD-shaped literal.
      if (stringsIn(expr).find((s) => USSD_SHAPE.test(rawOf(s)))?.id !== str.node.id && expr.id !== str.node.id) return;
      for (const hit of pinHits(expr)) {
        ctx.report({ at: hit.range ?? hit.node, messageId: 'pin', data: { name: hit.name }, severity: 'critical' });
      }
    },
    call(call, ctx) {
      const isParse = call.name === 'parse' && call.receiverName === 'Uri';
      const isUssdRequest = call.name === 'sendUssdRequest';
      if (!isParse && !isUssdRequest) return;
      let arg = call.args[0]?.node;
      if (!arg) return;
      if (arg.type === 'identifier' || arg.type === 'simple_identifier') arg = initializerOf(arg) ?? arg;
      const strings = [arg, ...stringsIn(arg)].filter((s) => s.type === 'string_literal' || s.type === 'multiline_string_literal');
      const firstUssd = strings.find((s) => USSD_SHAPE.test(rawOf(s)));
      const encodedHash = /Uri\.encode\(\s*"#"\s*\)|%23/.test(arg.text);
      const isUssd = isUssdRequest || firstUssd !== undefined || (encodedHash && /tel:/.test(arg.text));
      if (!isUssd) return;
      if (pinHits(arg).length > 0 && firstUssd) return; // reported on the PIN by the string handler
      if (pinHits(arg).length > 0) {
        for (const hit of pinHits(arg)) ctx.report({ at: hit.range ?? hit.node, messageId: 'pin', data: { name: hit.name }, severity: 'critical' });
        return;
      }
      const code = firstUssd ? rawOf(firstUssd).replace(/^tel:/, '') : 'USSD';
      ctx.report({ at: call.nameNode, messageId: 'ussd', data: { code }, severity: 'info' });
    },
  },
});
