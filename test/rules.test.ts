// The annotated-example runner: every rules/<id>/cases.* file is a test.
// Exhaustive both ways: every finding must be annotated and every annotation found; fixed text must
// match cases.fixed.*, reparse without new errors, and no longer trigger the fixed findings.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { analyze, prepareLanguages } from '../server/src/engine/engine';
import type { AnyRule } from '../server/src/engine/rule';
import { applyEdits } from '../server/src/engine/text';
import type { Finding } from '../server/src/engine/types';
import { fixedName, listCaseFiles, parseCaseFile, type CaseFile } from './helpers/cases';

const rulesDir = join(__dirname, '..', 'rules');
// RULES=a,b runs only those rule folders, loading them directly (not through rules/index.ts), so one
// author's half-written rule elsewhere cannot break another's run.
const only = process.env.RULES?.split(',').map((s) => s.trim()).filter(Boolean);
const loadRule = (id: string) => (require(join(__dirname, '..', 'rules', id, 'rule')) as { default: AnyRule }).default;
const selected: AnyRule[] = only ? only.map(loadRule) : [...(require('../rules') as { allRules: AnyRule[] }).allRules];
const byId = new Map(selected.map((r) => [r.id, r]));
let todoCount = 0;
// Every rule that exists, so a suppression naming a rule that did not run here is not "unknown".
const knownRuleIds = new Set(readdirSync(rulesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name));

before(async () => {
  await prepareLanguages();
});
after(() => {
  if (todoCount > 0) console.log(`# known gaps (todo-ruleid / todo-ok annotations): ${todoCount}`);
});

function show(c: CaseFile, line: number, startCol: number | undefined, endCol: number | undefined, note: string): string {
  const code = c.text.split('\n')[line] ?? '';
  const squiggle = startCol === undefined ? '' : ' '.repeat(startCol) + '~'.repeat(Math.max(1, (endCol ?? startCol + 1) - startCol));
  return `${c.file}:${line + 1}\n    ${code}\n    ${squiggle} ${note}`;
}

function runCase(c: CaseFile, rules: AnyRule[], text = c.text): { findings: Finding[]; parseErrors: number } {
  const result = analyze({ path: c.virtualPath, text, rules, project: c.project, knownRuleIds, includeNonReleaseSources: /\/src\/(test|debug|androidTest)\//.test(c.virtualPath) ? false : undefined });
  assert.deepEqual(result.problems.filter((p) => p.kind === 'rule-error'), [], `${c.file}: a rule threw`);
  return { findings: result.findings, parseErrors: result.parseErrors };
}

for (const id of [...byId.keys()].sort()) {
  const rule = byId.get(id)!;
  const dir = join(rulesDir, id);
  describe(id, () => {
    const files = listCaseFiles(dir);
    test('has annotated cases', () => {
      assert.ok(files.length > 0, `${dir} has no cases.* files`);
    });
    for (const file of files) {
      test(file, () => {
        const c = parseCaseFile(dir, file, id, rule.meta.files);
        assert.deepEqual(c.malformed, [], `${c.file}: malformed annotations`);
        const rules = c.rules.map((r) => {
          const found = byId.get(r) ?? (existsSync(join(rulesDir, r, 'rule.ts')) ? loadRule(r) : undefined);
          assert.ok(found, `${c.file}: unknown rule ${r} in a rules: pragma`);
          return found;
        });
        todoCount += c.todos.length;
        const { findings, parseErrors } = runCase(c, rules);
        const errors: string[] = [];
        const unmatched = [...findings];
        for (const e of c.expectations) {
          const i = unmatched.findIndex(
            (f) =>
              f.ruleId === e.ruleId &&
              f.range.start.line === e.line &&
              (e.startCol === undefined || (f.range.start.character === e.startCol && f.range.end.line === e.line && f.range.end.character === e.endCol)),
          );
          if (i < 0) {
            const near = findings.filter((f) => f.ruleId === e.ruleId && f.range.start.line === e.line);
            const hint = near.length ? ` (found at columns ${near.map((f) => `${f.range.start.character}-${f.range.end.character}`).join(', ')})` : '';
            errors.push(show(c, e.line, e.startCol, e.endCol, `expected ${e.ruleId}, found nothing${hint}`));
            continue;
          }
          const f = unmatched.splice(i, 1)[0];
          if (e.messageContains && !f.message.includes(e.messageContains)) {
            errors.push(show(c, e.line, e.startCol, e.endCol, `message "${f.message}" does not contain "${e.messageContains}"`));
          }
          if (e.wantsFix && f.fixes.length === 0) errors.push(show(c, e.line, e.startCol, e.endCol, `expected a fix (💡), none offered`));
        }
        // `todo-ok:` marks a known false positive: the rule fires there today and should not; tolerated, counted.
        const knownFalsePositive = (f: Finding) => c.todos.some((t) => t.kind === 'todo-ok' && t.ruleId === f.ruleId && t.line === f.range.start.line);
        for (const f of unmatched.filter((x) => !knownFalsePositive(x))) {
          errors.push(show(c, f.range.start.line, f.range.start.character, f.range.end.line === f.range.start.line ? f.range.end.character : undefined, `unexpected ${f.ruleId}: ${f.message}`));
        }
        for (const ok of c.oks) {
          if (findings.some((f) => f.ruleId === ok.ruleId && f.range.start.line === ok.line)) {
            errors.push(show(c, ok.line, undefined, undefined, `ok: ${ok.ruleId} but it fired`));
          }
        }
        assert.equal(errors.length, 0, `\n${errors.join('\n\n')}\n`);

        // Fixes: apply the first (preferred) fix of every finding and compare with the .fixed file.
        const fixable = findings.filter((f) => f.fixes.length > 0);
        const fixedPath = join(dir, fixedName(file));
        if (fixable.length === 0) {
          assert.ok(!existsSync(fixedPath), `${fixedPath} exists but no finding in ${file} offers a fix`);
          return;
        }
        assert.ok(existsSync(fixedPath), `${c.file}: ${fixable.length} finding(s) offer fixes; add ${fixedName(file)} with the expected text`);
        const actual = applyEdits(c.text, fixable.flatMap((f) => f.fixes[0].edits));
        const expected = readFileSync(fixedPath, 'utf8');
        assert.notEqual(expected, c.text, `${fixedPath} equals its input`);
        assert.equal(actual, expected, `${fixedPath}: fixed text differs`);
        const after = runCase(c, rules, actual);
        assert.ok(after.parseErrors <= parseErrors, `${fixedPath}: the fix introduced parse errors (${parseErrors} → ${after.parseErrors})`);
        const stillFixable = after.findings.filter((f) => f.fixes.length > 0 && c.rules.includes(f.ruleId));
        assert.deepEqual(
          stillFixable.map((f) => `${f.ruleId}@${f.range.start.line + 1}:${f.range.start.character + 1}`),
          [],
          `${fixedPath}: fixed findings still fire`,
        );
        assert.equal(after.findings.length, findings.length - fixable.length, `${fixedPath}: fixing changed the number of unfixable findings`);
      });
    }
  });
}
