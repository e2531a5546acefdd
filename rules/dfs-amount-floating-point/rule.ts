// Rule: money held in floating point: amount/balance/fee… typed Double/Float, toDouble()/parseDouble on amount
// text, and BigDecimal(double).
import type { Node } from 'web-tree-sitter';
import { enclosingClass, enclosingFunction, findAncestor } from '../../server/src/engine/ast';
import { defineRule } from '../../server/src/engine/rule';
import { splitWords } from '../../server/src/engine/sensitive';

const MONEY = new Set([
  'amount', 'amt', 'balance', 'fee', 'fees', 'total', 'subtotal', 'price', 'charge', 'charges', 'cost', 'commission',
  'payout', 'deposit', 'withdrawal', 'cashback', 'fare', 'tax', 'vat', 'money', 'tariff', 'principal', 'debit', 'credit',
]);
/** Words that make a money-ish name something else: UI floats, ratios, counts, coordinates. */
const NOT_MONEY = new Set([
  'progress', 'alpha', 'scale', 'ratio', 'percent', 'percentage', 'pct', 'rate', 'width', 'height', 'size', 'count',
  'duration', 'time', 'ms', 'millis', 'seconds', 'offset', 'x', 'y', 'dp', 'px', 'sp', 'elevation', 'rotation',
  'fraction', 'distance', 'weight', 'length', 'score', 'rating', 'index', 'pages', 'items', 'steps', 'bytes', 'factor',
  'multiplier', 'speed', 'opacity', 'anim', 'animation', 'font', 'lat', 'lng', 'latitude', 'longitude', 'limit', 'card',
  'digits', 'decimals', 'precision',
]);
const FLOAT_TYPE = /^(java\.lang\.|kotlin\.)?(Double|Float|double|float)\??$/;
const SERIALIZATION = /@(SerializedName|SerialName|Json|JsonProperty|Expose|field:\s*Json|ColumnInfo)\b/;
const DISPLAY = /format|display|render|show|print|describe|label/i;

export function isMoneyName(name: string): boolean {
  const words = splitWords(name);
  return words.some((w) => MONEY.has(w)) && !words.some((w) => NOT_MONEY.has(w));
}

function moneyIdentifierIn(node: Node): Node | undefined {
  if ((node.type === 'identifier' || node.type === 'field_identifier') && isMoneyName(node.text)) {
    const parent = node.parent;
    // The method name of a call is not a value (`formatAmount(x)`), except getters (`getAmount()`).
    const isCallee = (parent?.type === 'method_invocation' && parent.childForFieldName('name')?.id === node.id) ||
      (parent?.type === 'call_expression' && parent.namedChildren[0]?.id === node.id);
    if (!isCallee || /^get[A-Z]/.test(node.text)) return node;
  }
  for (const c of node.namedChildren) {
    if (!c || c.type === 'string_literal' || c.type === 'lambda_literal' || c.type === 'lambda_expression') continue;
    const hit = moneyIdentifierIn(c);
    if (hit) return hit;
  }
  return undefined;
}

function isFloatLiteral(node: Node): boolean {
  return node.type === 'float_literal' || node.type === 'decimal_floating_point_literal' ||
    (node.type === 'prefix_expression' || node.type === 'unary_expression') && node.namedChildren.length === 1 && isFloatLiteral(node.namedChildren[0]!);
}

/** The enclosing function's or class's text declares `name` as a double/float. */
function declaredFloat(name: string, at: Node): boolean {
  const esc = name.replace(/[$]/g, '\\$');
  const kotlin = new RegExp(`\\b${esc}\\s*:\\s*(Double|Float)\\b`);
  const java = new RegExp(`\\b(double|Double|float|Float)\\s+${esc}\\b`);
  const inferred = new RegExp(`\\b(val|var)\\s+${esc}\\s*=\\s*-?\\d*\\.\\d+[fF]?\\b`);
  for (const scope of [enclosingFunction(at), enclosingClass(at)]) {
    if (scope && (kotlin.test(scope.text) || java.test(scope.text) || inferred.test(scope.text))) return true;
  }
  return false;
}

/** Annotations written on a declaration (Java modifiers, Kotlin modifiers). */
function annotationsOf(decl: Node): string {
  const holder = decl.type === 'variable_declarator' ? decl.parent : decl;
  const mods = holder?.namedChildren.find((c) => c?.type === 'modifiers');
  return mods?.text ?? '';
}

export default defineRule({
  id: 'dfs-amount-floating-point',
  meta: {
    title: 'Money held in a floating-point type',
    description: 'Flags amount, balance, fee, price and total values typed Double/Float, toDouble()/parseDouble on amount text, and BigDecimal(double).',
    severity: 'medium',
    messages: {
      field: '{{name}} holds money in a {{type}}: binary floating point cannot represent 0.10 or 0.20 exactly, so fees, totals and balances drift by fractions that reconcile badly; use Long minor units (cents) or BigDecimal.',
      dto: '{{name}} holds money in a {{type}} on a serialized model: the JSON number is rounded to binary on parse; read it as a String or BigDecimal (or minor units) and convert at the boundary.',
      conversion: '{{name}}() turns amount text into binary floating point, which cannot hold most decimal amounts exactly; parse with BigDecimal(text) or into Long minor units.',
      bigDecimalDouble: 'BigDecimal({{arg}}) copies the binary value of the double, e.g. 0.1000000000000000055511151231257827; use BigDecimal("…") for a literal or BigDecimal.valueOf(double).',
    },
    tags: {
      cwe: [1339, 681],
      masvs: ['MASVS-CODE-4'],
      owaspMobile2024: ['M4'],
      maswe: ['insecure-input-handling'],
      ituBp: ['DH-7'],
    },
    fix: 'safe',
    files: ['java', 'kotlin'],
    dfsSpecific: true,
    precision: 'medium',
  },
  on: {
    declaration(decl, ctx) {
      const explicit = decl.type !== undefined && FLOAT_TYPE.test(decl.type);
      const inferred = decl.type === undefined && decl.lang === 'kotlin' && decl.value !== undefined && isFloatLiteral(decl.value);
      if (!(explicit || inferred) || !isMoneyName(decl.name)) return;
      const type = decl.type?.replace('?', '') ?? 'Double';
      const dto = SERIALIZATION.test(annotationsOf(decl.node));
      ctx.report({ at: decl.nameNode, messageId: dto ? 'dto' : 'field', data: { name: decl.name, type }, severity: dto ? 'low' : undefined });
    },
    function(fn, ctx) {
      if (DISPLAY.test(fn.name)) return; // `format(amount: Double)`: display-only formatting
      for (const p of fn.params) {
        if (!p.type || !FLOAT_TYPE.test(p.type) || !isMoneyName(p.name)) continue;
        const nameNode = p.node.childForFieldName('name') ?? p.node.namedChildren.find((c) => c?.type === 'identifier') ?? p.node;
        ctx.report({ at: nameNode, messageId: 'field', data: { name: p.name, type: p.type.replace('?', '') } });
      }
    },
    call(call, ctx) {
      if (call.viaProperty) return;
      // BigDecimal(0.1), new BigDecimal(amount)
      if (call.name === 'BigDecimal' && (call.isConstructor || call.lang === 'kotlin') && !call.receiver && call.args.length >= 1 && call.args.length <= 2) {
        const arg = call.args[0].node;
        if (isFloatLiteral(arg)) {
          const text = arg.text.replace(/[dDfF]$/, '');
          ctx.report({
            at: arg, messageId: 'bigDecimalDouble', data: { arg: arg.text },
            fixes: [{ title: `Use BigDecimal("${text}")`, kind: 'safe', edits: [ctx.fix.replace(arg, `"${text}"`)] }],
          });
          return;
        }
        const isDoubleValue = (arg.type === 'identifier' && declaredFloat(arg.text, call.node)) ||
          /\.(toDouble|toFloat)\(\)$/.test(arg.text);
        if (isDoubleValue && call.args.length === 1) {
          const replacement = `BigDecimal.valueOf(${arg.text})`;
          ctx.report({
            at: arg, messageId: 'bigDecimalDouble', data: { arg: arg.text },
            fixes: [{ title: `Use ${replacement}`, kind: 'suggestion', edits: [ctx.fix.replace(call.node, replacement)] }],
          });
        }
        return;
      }
      let source: Node | undefined;
      if (/^(toDouble|toFloat|toDoubleOrNull|toFloatOrNull)$/.test(call.name) && call.receiver && call.args.length === 0) source = call.receiver;
      else if (/^(parseDouble|parseFloat)$/.test(call.name) && /^(Double|Float|java\.lang\.(Double|Float))$/.test(call.receiverText ?? '')) source = call.args[0]?.node;
      else if (call.name === 'valueOf' && /^(Double|Float|java\.lang\.(Double|Float))$/.test(call.receiverText ?? '')) source = call.args[0]?.node;
      if (!source || !moneyIdentifierIn(source)) return;
      // Display-only: the double only feeds a formatter.
      for (let p = call.node.parent; p && !/statement|declaration|^assignment$/.test(p.type); p = p.parent) {
        if (p.type === 'method_invocation' || p.type === 'call_expression') {
          const name = p.type === 'method_invocation' ? p.childForFieldName('name')?.text : p.namedChildren[0]?.text.split('.').pop();
          if (name && DISPLAY.test(name)) return;
        }
      }
      // `val amount: Double = text.toDouble()` is already reported on the declaration.
      const decl = findAncestor(call.node, ['property_declaration', 'variable_declarator', 'local_variable_declaration']);
      if (decl) {
        const declText = decl.text.split('=')[0];
        if (/:\s*(Double|Float)\b|\b(double|float|Double|Float)\b/.test(declText) && decl.type !== 'variable_declarator' && splitWords(declText).some((w) => MONEY.has(w))) return;
        if (decl.type === 'variable_declarator' && isMoneyName(decl.childForFieldName('name')?.text ?? '') && /\b(double|float|Double|Float)\s+\w+\s*=/.test(decl.parent?.text ?? '')) return;
      }
      ctx.report({ at: call.nameNode, messageId: 'conversion', data: { name: call.name } });
    },
  },
});
