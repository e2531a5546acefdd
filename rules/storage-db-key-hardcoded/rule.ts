// Rule: database encryption keys (SQLCipher passphrases, SupportFactory, Realm encryptionKey) written in the code.
import type { Node } from 'web-tree-sitter';
import { defineRule, type RuleContext } from '../../server/src/engine/rule';
import type { CallView } from '../../server/src/engine/view';

type Msg = 'hardcoded';

const TO_BYTES = /^(toByteArray|toCharArray|getBytes|encodeToByteArray|toByteString|decodeHex|hexToByteArray)$/;

function fieldInitializer(root: Node, name: string): Node | undefined {
  for (const d of root.descendantsOfType(['variable_declarator', 'property_declaration'])) {
    if (!d) continue;
    if (d.type === 'variable_declarator' && d.childForFieldName('name')?.text === name) return d.childForFieldName('value') ?? undefined;
    if (d.type === 'property_declaration') {
      const id = d.namedChildren.find((c) => c?.type === 'variable_declaration')?.namedChildren[0];
      const value = d.namedChildren.at(-1);
      if (id?.text === name && value && value.type !== 'variable_declaration') return value;
    }
  }
  return undefined;
}

/** True when the expression is fixed at build time: literals, constants, BuildConfig fields, bytes of those. */
function isHardcoded(node: Node, ctx: RuleContext<Msg>, depth = 0): boolean {
  if (depth > 6) return false;
  if (ctx.constValue(node) !== undefined) return node.text !== 'null' && ctx.constString(node) !== '';
  const t = node.type;
  const text = node.text.replace(/\s+/g, '');
  if (/^BuildConfig\.\w+$/.test(text)) return true;
  if (t === 'parenthesized_expression' && node.namedChildren[0]) return isHardcoded(node.namedChildren[0], ctx, depth + 1);
  if (t === 'identifier') {
    const init = ctx.root ? fieldInitializer(ctx.root, node.text) : undefined;
    return !!init && isHardcoded(init, ctx, depth + 1);
  }
  // new byte[] {1, 2, 3}, byteArrayOf(1, 2, 3), charArrayOf('a')
  if (t === 'array_creation_expression') {
    const init = node.namedChildren.find((c) => c?.type === 'array_initializer');
    return !!init && init.namedChildren.length > 0 && init.namedChildren.every((c) => !!c && (/literal$/.test(c.type) || isHardcoded(c, ctx, depth + 1)));
  }
  if (t === 'call_expression' || t === 'method_invocation') {
    const callee = t === 'method_invocation' ? node.childForFieldName('name')?.text : node.namedChildren[0]?.text.split('.').pop();
    const list = t === 'method_invocation' ? node.childForFieldName('arguments') : node.namedChildren.find((c) => c?.type === 'value_arguments');
    const args = (list?.namedChildren ?? []).filter((c): c is Node => c !== null).map((a) => (a.type === 'value_argument' ? a.namedChildren.at(-1)! : a));
    if (callee && /^(byteArrayOf|charArrayOf|ubyteArrayOf)$/.test(callee)) return args.length > 0 && args.every((a) => /literal$/.test(a.type) || a.type === 'prefix_expression' || isHardcoded(a, ctx, depth + 1));
    // "secret".toByteArray(), "secret".getBytes(UTF_8), SQLiteDatabase.getBytes("secret".toCharArray())
    if (callee && TO_BYTES.test(callee)) {
      const receiver = t === 'method_invocation' ? node.childForFieldName('object') : node.namedChildren[0]?.namedChildren[0];
      if (receiver && isHardcoded(receiver, ctx, depth + 1)) return true;
      return args.length === 1 && isHardcoded(args[0], ctx, depth + 1);
    }
  }
  return false;
}

/** The key or passphrase argument of a known database-encryption API, if this call is one. */
function keyArgument(call: CallView): Node | undefined {
  const a = call.args;
  switch (call.name) {
    case 'SupportFactory':
    case 'SupportOpenHelperFactory':
      return call.isConstructor || !call.receiver ? a[0]?.node : undefined;
    case 'encryptionKey':
      return a[0]?.node; // Realm RealmConfiguration.Builder().encryptionKey(key)
    case 'getWritableDatabase':
    case 'getReadableDatabase':
    case 'changePassword':
      return a.length === 1 ? a[0].node : undefined; // SQLCipher SQLiteOpenHelper
    case 'openOrCreateDatabase':
    case 'openDatabase':
      // SQLCipher: (path, password, factory[, hook]); the platform API never takes a string second.
      return a.length >= 3 && call.receiverName === 'SQLiteDatabase' ? a[1].node : undefined;
    default:
      return undefined;
  }
}

export default defineRule({
  id: 'storage-db-key-hardcoded',
  meta: {
    title: 'Hard-coded database encryption key',
    description: 'Flags SQLCipher passphrases, SupportFactory/SupportOpenHelperFactory keys, Realm encryptionKey values and PRAGMA key statements built from literals or BuildConfig constants.',
    severity: 'high',
    messages: {
      hardcoded: 'The database key is fixed in the code, so anyone who unpacks the APK can decrypt every customer\'s database; generate a random key on first run and keep it wrapped by an Android Keystore key.',
    },
    tags: {
      cwe: [321, 798],
      masvs: ['MASVS-CRYPTO-2', 'MASVS-STORAGE-1'],
      owaspMobile2024: ['M1', 'M9', 'M10'],
      maswe: ['crypto-keys-not-protected-at-rest'],
      ituBp: ['DH-6'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      if ((call.name === 'execSQL' || call.name === 'rawExecSQL' || call.name === 'query') && call.args[0]) {
        const sql = ctx.constString(call.args[0].node);
        if (sql && /^\s*PRAGMA\s+(re)?key\s*=\s*['"x]/i.test(sql)) ctx.report({ at: call.args[0].node, messageId: 'hardcoded' });
        return;
      }
      const key = keyArgument(call);
      if (key && isHardcoded(key, ctx)) ctx.report({ at: key, messageId: 'hardcoded' });
    },
  },
});
