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
