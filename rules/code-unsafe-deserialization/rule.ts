// Rule: Java deserialization of untrusted data: ObjectInputStream.readObject, untyped getSerializableExtra in an exported
// component, and Jackson default typing (enableDefaultTyping / activateDefaultTyping without a restrictive validator).
import type { Node } from 'web-tree-sitter';
import { codeText, enclosingClass, enclosingFunction, enclosingFunctionName, findAncestor } from '../../server/src/engine/ast';
import { defineRule, table, type RuleContext } from '../../server/src/engine/rule';
import type { CallView } from '../../server/src/engine/view';

const JACKSON = table({ enableDefaultTyping: true, enableDefaultTypingAsProperty: true, activateDefaultTyping: true, activateDefaultTypingAsProperty: true });

type Msg = 'readObject' | 'extra' | 'jackson';

/** A validator that restricts subtypes: BasicPolymorphicTypeValidator with package/class allow-lists, not Object/Any. */
function restrictiveValidator(text: string): boolean {
  return /BasicPolymorphicTypeValidator/.test(text) && /allowIf(Sub|Base)Type\s*\(/.test(text) &&
    !/allowIf(Sub|Base)Type\s*\(\s*(java\.lang\.)?(Object|Any)\s*(::class(\.java)?|\.class)\s*\)/.test(text) && !/LaissezFaire/.test(text);
}

/** The receiver of readObject() is an ObjectInputStream: constructed in place, a local/field declared as one, or `it` in `.use {}`. */
function isObjectInputStream(call: CallView): boolean {
  const recv = call.receiverText;
  if (!recv) return false;
  if (/^(new)?ObjectInputStream\(/.test(recv) || /^(java\.io\.)?ObjectInputStream\(/.test(recv)) return true;
  if (!/^[A-Za-z_]\w*$/.test(recv)) return false;
  if (recv === 'it') {
    const lambda = findAncestor(call.node, ['lambda_literal']);
    const owner = lambda ? findAncestor(lambda, ['call_expression']) : undefined;
    return !!owner && /^(java\.io\.)?ObjectInputStream\s*\(/.test(owner.text);
  }
  const scope = enclosingFunction(call.node) ?? enclosingClass(call.node);
  if (!scope) return false;
  const text = codeText(scope);
  const name = recv.replace(/\$/g, '\\$');
  return new RegExp(`(?<![\\w.])ObjectInputStream\\s+${name}\\b|\\b${name}\\s*:\\s*(java\\.io\\.)?ObjectInputStream\\b|\\b${name}\\s*=\\s*(new\\s+)?(java\\.io\\.)?ObjectInputStream\\s*\\(`).test(text);
}

/** The exported component (from the manifest) whose class encloses the node, if known. */
function exportedComponent(node: Node, ctx: RuleContext<Msg>): string | undefined {
  const components = ctx.project.components;
  if (!components) return undefined;
  const cls = enclosingClass(node);
  const className = cls?.childForFieldName('name')?.text ?? cls?.namedChildren.find((c) => c?.type === 'type_identifier' || c?.type === 'identifier')?.text;
  if (!className) return undefined;
  const pkg = /^\s*package\s+([\w.]+)/m.exec(ctx.file.text)?.[1];
  const fqn = pkg ? `${pkg}.${className}` : undefined;
  const component = components.find((c) => {
    const full = c.name.startsWith('.') && ctx.project.manifestPackage ? ctx.project.manifestPackage + c.name : c.name;
    return full === fqn || c.name.split('.').pop() === className;
  });
  if (!component) return undefined;
  const exported = component.exported ?? (component.hasIntentFilter && ctx.project.targetSdk !== undefined && ctx.project.targetSdk < 31 ? true : undefined);
  return exported === true && !component.permission ? component.tag : undefined;
}

/** `… as Foo`, `… as? Foo`, `(Foo) …`: the cast node, its target type and whether a null check must be kept. */
function castOf(call: CallView): { cast: Node; type: string; bang: boolean } | undefined {
  let node = call.node;
  while (node.parent?.type === 'parenthesized_expression') node = node.parent;
  const p = node.parent;
  if (!p) return undefined;
  if (p.type === 'as_expression' && p.namedChildren[0]?.id === node.id) {
    const typeNode = p.namedChildren.at(-1);
    const raw = typeNode?.text.replace(/\s+/g, '') ?? '';
    const nullable = raw.endsWith('?');
    const type = raw.replace(/\?$/, '');
    const safeCast = /\bas\?/.test(p.text.slice(node.endIndex - p.startIndex));
    return { cast: p, type, bang: !safeCast && !nullable };
  }
  if (p.type === 'cast_expression') {
    const type = p.childForFieldName('type')?.text.replace(/\s+/g, '') ?? '';
    return { cast: p, type, bang: false };
  }
  return undefined;
}

export default defineRule({
  id: 'code-unsafe-deserialization',
  meta: {
    title: 'Java deserialization of untrusted data',
    description: 'Flags ObjectInputStream.readObject, untyped getSerializableExtra in exported components, and Jackson default typing, which let the sender choose the classes instantiated.',
    severity: 'medium',
    messages: {
      readObject: 'ObjectInputStream.readObject() instantiates whatever classes the byte stream names before any cast is checked, so a crafted file or response can run gadget-chain code or exhaust memory; store and exchange data as JSON or protobuf with a fixed schema (kotlinx.serialization, Moshi, Gson with concrete types) instead of Java serialization.',
      extra: 'This exported {{tag}} reads an untyped Serializable extra: any app can send an object of any serializable class, which is instantiated before the cast is checked; use IntentCompat.getSerializableExtra(intent, key, Foo::class.java), or pass a Parcelable or plain values.',
      jackson: 'Jackson default typing lets the JSON name the Java class to instantiate, so a crafted payload can trigger known gadget classes (remote code execution); remove {{call}} and use concrete types, or a BasicPolymorphicTypeValidator that allows only your own model packages.',
    },
    tags: {
      cwe: [502],
      masvs: ['MASVS-CODE-4'],
      owaspMobile2024: ['M4'],
      maswe: ['insecure-deserialization'],
      ituBp: ['DH-7'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if (call.name === 'readObject') {
        if (call.args.length !== 0 || !isObjectInputStream(call)) return;
        // Custom readObject/readExternal hooks run inside a deserialization that is reported where it starts.
        const fnName = enclosingFunctionName(call.node);
        if (fnName === 'readObject' || fnName === 'readExternal' || fnName === 'readResolve') return;
        const fn = enclosingFunction(call.node);
        if (fn && /\b(setObjectInputFilter|objectInputFilter\s*=)/.test(fn.text)) return;
        ctx.report({ at: call.nameNode, messageId: 'readObject' });
        return;
      }
      if (call.name === 'getSerializableExtra') {
        if (call.args.length !== 1 || !call.receiverText) return;
        const tag = exportedComponent(call.node, ctx);
        if (!tag) return;
        const cast = castOf(call);
        const fixes = [];
        if (cast && /^[A-Za-z_][\w.]*$/.test(cast.type)) {
          const imported = /^\s*import\s+androidx\.core\.content\.IntentCompat\b/m.test(ctx.file.text);
          const owner = imported ? 'IntentCompat' : 'androidx.core.content.IntentCompat';
          const cls = call.lang === 'kotlin' ? `${cast.type}::class.java` : `${cast.type}.class`;
          const text = `${owner}.getSerializableExtra(${call.receiverText}, ${call.args[0].text}, ${cls})${cast.bang ? '!!' : ''}`;
          fixes.push({ title: `Read the extra as ${cast.type} with IntentCompat.getSerializableExtra`, kind: 'suggestion' as const, edits: [ctx.fix.replace(cast.cast, text)] });
        }
        ctx.report({ at: call.nameNode, messageId: 'extra', data: { tag }, fixes });
        return;
      }
      if (JACKSON[call.name]) {
        if (call.name.startsWith('activate')) {
          const validator = call.args[0];
          if (!validator) return;
          let text = validator.text;
          if (/^[\w.]+$/.test(text) && !/LaissezFaire/.test(text)) text += ` ${ctx.file.text}`;
          if (restrictiveValidator(text)) return;
        }
        ctx.report({ at: call.nameNode, messageId: 'jackson', data: { call: call.name }, severity: 'high' });
      }
    },
  },
});
