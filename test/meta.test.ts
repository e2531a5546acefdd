// Parity checks over every rule: folder ↔ index ↔ id ↔ README, complete metadata, Java and Kotlin
// cases for code rules, positive and negative cases, and the README's ❌/✅ examples executed.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { analyze, prepareLanguages } from '../server/src/engine/engine';
import type { ProjectModel } from '../server/src/engine/project';
import type { AnyRule } from '../server/src/engine/rule';
import { SEVERITIES, type FileKind } from '../server/src/engine/types';
import { listCaseFiles, parseCaseFile } from './helpers/cases';

const root = join(__dirname, '..');
const rulesDir = join(root, 'rules');
const only = process.env.RULES?.split(',').map((s) => s.trim()).filter(Boolean);
const loadRule = (id: string) => (require(join(rulesDir, id, 'rule')) as { default: AnyRule }).default;
const folders = readdirSync(rulesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const rules: AnyRule[] = only ? only.map(loadRule) : [...(require('../rules') as { allRules: AnyRule[] }).allRules];

before(async () => {
  await prepareLanguages();
});

if (!only) {
  test('rules/index.ts lists exactly the rule folders, sorted', () => {
    execFileSync(process.execPath, [join(root, 'scripts', 'gen-rule-index.mjs'), '--check'], { stdio: 'pipe' });
    assert.deepEqual(rules.map((r) => r.id), folders);
  });
  test('docs/rules.md is generated from the current metadata', () => {
    const { renderRulesDoc } = require('../scripts/gen-rules-doc') as { renderRulesDoc: (r: readonly AnyRule[]) => string };
    assert.equal(readFileSync(join(root, 'docs', 'rules.md'), 'utf8'), renderRulesDoc(rules), 'docs/rules.md is stale: run npm run docs');
  });
  test('rule ids are unique', () => {
    assert.equal(new Set(rules.map((r) => r.id)).size, rules.length);
  });
}

const README_SECTIONS = ['## Why it matters in DFS', '## ❌ Incorrect', '## ✅ Correct', '## How to fix', '## When not to use it', '## Standards'];
const CODE_KINDS: FileKind[] = ['java', 'kotlin'];

/** Where a README example is analysed, by fence language and the rule's file kinds. */
function examplePath(lang: string, files: FileKind[]): string | undefined {
  if (lang === 'kotlin' && files.includes('kotlin')) return 'app/src/main/java/com/example/docs/Example.kt';
  if (lang === 'java' && files.includes('java')) return 'app/src/main/java/com/example/docs/Example.java';
  if (lang === 'groovy' && files.includes('gradle')) return 'app/build.gradle';
  if ((lang === 'gradle-kts' || lang === 'kotlin') && files.includes('gradle-kts')) return 'app/build.gradle.kts';
  if (lang === 'toml' && files.includes('version-catalog')) return 'gradle/libs.versions.toml';
  if (lang === 'proguard' && files.includes('proguard')) return 'app/proguard-rules.pro';
  if (lang === 'xml') {
    if (files.includes('manifest')) return 'app/src/main/AndroidManifest.xml';
    if (files.includes('network-security-config')) return 'app/src/main/res/xml/network_security_config.xml';
    if (files.includes('layout')) return 'app/src/main/res/layout/activity_example.xml';
    if (files.includes('values')) return 'app/src/main/res/values/strings.xml';
    if (files.includes('res-xml')) return 'app/src/main/res/xml/example.xml';
  }
  return undefined;
}

/**
 * Code blocks under a heading. A block may be preceded by `<!-- project: {json} -->` to give the
 * example a project context (e.g. `{"targetSdk": 30}` or `{"markers": []}` for absence rules).
 */
function examples(readme: string, heading: string): { lang: string; code: string; project?: ProjectModel }[] {
  const start = readme.indexOf(heading);
  if (start < 0) return [];
  const next = readme.indexOf('\n## ', start + heading.length);
  const section = readme.slice(start, next < 0 ? undefined : next);
  return [...section.matchAll(/(?:<!--\s*project:\s*(\{.*?\})\s*-->\s*\n)?```([\w-]+)\n([\s\S]*?)```/g)].map((m) => ({
    lang: m[2],
    code: m[3],
    project: m[1] ? toProject(JSON.parse(m[1]) as Record<string, unknown>) : undefined,
  }));
}

function toProject(json: Record<string, unknown>): ProjectModel {
  const p = { ...json } as ProjectModel & { markers?: unknown };
  if (Array.isArray(json.markers)) p.markers = new Set(json.markers as string[]);
  return p;
}

/** README snippets may be bare Java members; wrap them in a class so they parse as real code. */
function asCompilationUnit(lang: string, code: string): string {
  if (lang === 'java' && !/\b(class|interface|enum)\s+\w+/.test(code)) return `class Example {\n${code}\n}\n`;
  return code;
}

// Names every JS object inherits: a rule that looks names up in a plain object literal would match them.
const PROTO = ['toString', 'constructor', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__proto__', '__defineGetter__'];
const PROTO_INPUTS: { path: string; text: string }[] = [
  {
    path: 'app/src/main/java/com/example/Proto.kt',
    text: `class Proto {\n  fun f(s: Any) {\n${PROTO.map((n) => `    val a_${n} = s.${n}()\n    ${n}(s, 1)\n    s.${n} = true\n    val b_${n} = ${n[0].toUpperCase()}${n.slice(1)}(s)\n`).join('')}  }\n}\n`,
  },
  {
    path: 'app/src/main/java/com/example/Proto.java',
    text: `class Proto {\n  void f(Object s) {\n${PROTO.filter((n) => !n.startsWith('__')).map((n) => `    Object a_${n} = s.${n}();\n    ${n}(s, 1);\n    Object b_${n} = new ${n[0].toUpperCase()}${n.slice(1)}(s);\n`).join('')}  }\n}\n`,
  },
  {
    path: 'app/src/main/AndroidManifest.xml',
    text: `<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="p">\n  <application android:allowBackup="false" android:toString="x">\n${PROTO.filter((n) => !n.startsWith('__')).map((n) => `    <${n} android:name=".${n}" android:${n}="true" />\n`).join('')}  </application>\n</manifest>\n`,
  },
  { path: 'app/build.gradle', text: `android {\n${PROTO.map((n) => `  ${n} true\n  ${n} {\n    ${n} = "x"\n  }\n`).join('')}}\n` },
];

for (const rule of rules) {
  describe(`meta: ${rule.id}`, () => {
    test('names inherited from Object.prototype never trigger it', () => {
      for (const input of PROTO_INPUTS) {
        const r = analyze({ ...input, rules: [rule], project: {}, knownRuleIds: new Set(folders) });
        assert.deepEqual(r.problems, [], `${input.path}: a rule threw`);
        const hits = r.findings.filter((f) => f.ruleId === rule.id).map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`);
        assert.deepEqual(hits, [], `${input.path}`);
      }
    });

    const dir = join(rulesDir, rule.id);
    const m = rule.meta;

    test('metadata is complete', () => {
      assert.ok(existsSync(join(dir, 'rule.ts')), 'rule.ts missing');
      assert.ok(/^[a-z0-9]+(-[a-z0-9]+)+$/.test(rule.id), 'id is kebab-case with a category prefix');
      assert.ok(m.title.length > 5 && m.title.length <= 80, 'title');
      assert.ok(m.description.length > 20, 'description');
      assert.ok(SEVERITIES.includes(m.severity), 'severity');
      assert.ok(Object.keys(m.messages).length > 0, 'messages');
      for (const [key, msg] of Object.entries(m.messages)) assert.ok((msg as string).length > 20, `message ${key} too short to say what to do`);
      assert.ok(m.tags.cwe.length > 0 && m.tags.cwe.every((n) => Number.isInteger(n) && n > 0), 'cwe');
      assert.ok(m.tags.masvs.length > 0 && m.tags.masvs.every((t) => /^MASVS-(STORAGE|CRYPTO|AUTH|NETWORK|PLATFORM|CODE|RESILIENCE|PRIVACY)-\d$/.test(t)), `masvs: ${m.tags.masvs}`);
      assert.ok(m.tags.owaspMobile2024.length > 0 && m.tags.owaspMobile2024.every((t) => /^M([1-9]|10)$/.test(t)), 'owasp 2024');
      assert.ok(m.tags.maswe.length > 0 && m.tags.maswe.every((t) => /^[a-z0-9-]+$/.test(t)), 'maswe alias (kebab-case, never a number)');
      const itu = [...(m.tags.ituLab ?? []), ...(m.tags.ituBp ?? []), ...(m.tags.figi ?? [])];
      assert.ok(itu.length > 0, 'an ITU lab test, template item or FIGI control');
      for (const t of m.tags.ituLab ?? []) assert.match(t, /^T\d\.\d$/);
      for (const t of m.tags.ituBp ?? []) assert.match(t, /^(DI|CS|UA|DH|AD)-\d$/);
      for (const t of m.tags.figi ?? []) assert.match(t, /^C\d+$/);
      assert.ok(m.files.length > 0, 'files');
    });

    test('every message id is reported somewhere', () => {
      const src = readFileSync(join(dir, 'rule.ts'), 'utf8');
      for (const key of Object.keys(m.messages)) {
        assert.ok(new RegExp(`messageId:\\s*['"]${key}['"]|messageId:\\s*\\w+\\s*\\?|['"]${key}['"]\\s*(:|as const)`).test(src), `message id "${key}" is never reported`);
      }
    });

    test('cases cover positives, negatives and the languages', () => {
      const files = listCaseFiles(dir);
      const parsed = files.map((f) => parseCaseFile(dir, f, rule.id, m.files));
      const positives = parsed.reduce((n, c) => n + c.expectations.filter((e) => e.ruleId === rule.id).length, 0);
      const negatives = parsed.reduce((n, c) => n + c.oks.filter((o) => o.ruleId === rule.id).length, 0);
      assert.ok(positives > 0, 'no positive case (caret or ruleid annotation)');
      assert.ok(negatives > 0, 'no negative case (ok: annotation)');
      if (m.files.includes('java')) assert.ok(files.some((f) => f.endsWith('.java')), 'a Java rule needs cases*.java');
      if (m.files.includes('kotlin')) assert.ok(files.some((f) => f.endsWith('.kt')), 'a Kotlin rule needs cases*.kt');
      const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
      assert.equal(new Set(texts).size, texts.length, 'two case files are identical');
      if (m.fix !== 'guidance') {
        assert.ok(readdirSync(dir).some((f) => /\.fixed\./.test(f)), `fix kind is ${m.fix} but no cases*.fixed.* file shows it`);
      }
    });

    test('README documents the rule and its examples behave', () => {
      const path = join(dir, 'README.md');
      assert.ok(existsSync(path), 'README.md missing');
      const readme = readFileSync(path, 'utf8');
      assert.ok(readme.startsWith(`# ${rule.id}\n`), 'README must start with "# <id>"');
      let last = -1;
      for (const s of README_SECTIONS) {
        const at = readme.indexOf(`\n${s}`);
        assert.ok(at > last, `README section "${s}" missing or out of order`);
        last = at;
      }
      const bad = examples(readme, '## ❌ Incorrect');
      const good = examples(readme, '## ✅ Correct');
      assert.ok(bad.length > 0 && good.length > 0, 'README needs ❌ and ✅ code blocks');
      const isCode = m.files.some((f) => CODE_KINDS.includes(f));
      if (isCode && m.files.includes('kotlin') && m.files.includes('java')) {
        for (const [name, list] of [['❌', bad], ['✅', good]] as const) {
          const langs = list.map((e) => e.lang);
          assert.ok(langs.includes('kotlin') && langs.includes('java'), `${name} examples need Kotlin and Java`);
        }
      }
      for (const [expectFire, list] of [[true, bad], [false, good]] as const) {
        for (const ex of list) {
          const p = examplePath(ex.lang, m.files);
          if (!p) continue;
          const result = analyze({ path: p, text: asCompilationUnit(ex.lang, ex.code), rules: [rule], project: ex.project, knownRuleIds: new Set(folders) });
          const fired = result.findings.some((f) => f.ruleId === rule.id);
          assert.equal(fired, expectFire, `README ${expectFire ? '❌' : '✅'} ${ex.lang} example ${expectFire ? 'does not fire' : 'fires'}:\n${ex.code}`);
        }
      }
    });
  });
}
