// Syntax helpers that rules rely on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stripComments } from '../../server/src/engine/ast';

test('stripComments removes comments but keeps comment markers inside literals', () => {
  const src = 'val u = "content://x" // note\n/* block */ val b = \'/\' + "a\\"//b" + """raw // kept""" // gone';
  assert.equal(stripComments(src), 'val u = "content://x" \n  val b = \'/\' + "a\\"//b" + """raw // kept""" ');
  assert.equal(stripComments('a /* unterminated'), 'a  ');
  assert.equal(stripComments('s = "unterminated // x'), 's = "unterminated // x');
});

test('constants fold arithmetic and concatenation across declarations', async () => {
  const { prepareLanguages } = await import('../../server/src/engine/engine');
  const { getParser } = await import('../../server/src/parsing/grammars');
  const { collectFileConstants } = await import('../../server/src/engine/constants');
  await prepareLanguages();
  const java = (await getParser('java')).parse('class K { static final int BITS = 512 * 2; static final int HALF = BITS / 2 - 1; static final String M = "AES" + "/" + BITS; }')!;
  const t = collectFileConstants(java.rootNode, 'java');
  assert.equal(t.get('BITS'), 1024);
  assert.equal(t.get('K.HALF'), 511);
  assert.equal(t.get('M'), 'AES/1024');
  java.delete();
  const kt = (await getParser('kotlin')).parse('const val SIZE = 64 * 16\nconst val NAME = "k" + SIZE\n')!;
  const k = collectFileConstants(kt.rootNode, 'kotlin');
  assert.equal(k.get('SIZE'), 1024);
  assert.equal(k.get('NAME'), 'k1024');
  kt.delete();
});
