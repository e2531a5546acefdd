// npm run bench: prints figures, never passes or fails.
// 1. Generates a large Android-like project (.bench/project, git-ignored) of realistic Kotlin and Java files.
// 2. In-process: parse and rule time per language, throughput, trigger dispatch cost.
// 3. Keystroke: 200 single-character edits in a ~5,000-line file: incremental reparse + analysis, p50/p95.
// 4. End to end: the built CLI on the project with 1 and N workers: wall time, files/s, peak RSS.
// Options: --files N (default 1500), --keep (reuse the generated project).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { allRules } from '../rules';
import { analyze, prepareLanguages } from '../server/src/engine/engine';
import { getParser } from '../server/src/parsing/grammars';
import { DocumentStore } from '../server/src/parsing/documents';
import { LineIndex } from '../server/src/engine/text';

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const fileCount = Number(args[args.indexOf('--files') + 1]) || 1500;
const benchDir = join(root, '.bench');
const projectDir = join(benchDir, 'project');

// ---------------------------------------------------------------- a seeded generator of realistic code
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
const NOUNS = ['Wallet', 'Payment', 'Transfer', 'Account', 'Merchant', 'Agent', 'Voucher', 'Loan', 'Savings', 'Statement', 'Receipt', 'Beneficiary'];
const VERBS = ['load', 'sync', 'render', 'validate', 'submit', 'refresh', 'format', 'compute', 'persist', 'fetch'];

function kotlinFunction(i: number): string {
  const body = [
    `        val items = repository.${pick(VERBS)}${pick(NOUNS)}s(limit = ${10 + i})`,
    `        if (items.isEmpty()) {\n            Log.d(TAG, "no items for page $page")\n            return emptyList()\n        }`,
    `        val total = items.fold(BigDecimal.ZERO) { acc, it -> acc + it.amount }`,
    pick([
      `        val cipher = Cipher.getInstance("AES/GCM/NoPadding")`,
      `        val digest = MessageDigest.getInstance("SHA-256")`,
      `        prefs.edit { putString("last_sync", now.toString()) }`,
      `        val intent = Intent(context, DetailActivity::class.java).apply { putExtra("id", id) }`,
      `        webView.settings.apply { javaScriptEnabled = true; domStorageEnabled = true }`,
      `        val client = OkHttpClient.Builder().connectTimeout(30, TimeUnit.SECONDS).build()`,
      `        val c = Cipher.getInstance("AES/ECB/PKCS5Padding")`,
      `        Log.i(TAG, "pin=$pin")`,
    ]),
    `        return items.filter { it.status == Status.${pick(['ACTIVE', 'PENDING', 'SETTLED'])} }.map { it.copy(total = total) }`,
  ];
  return `    suspend fun ${pick(VERBS)}${pick(NOUNS)}${i}(page: Int, id: String): List<Item> {\n${body.join('\n')}\n    }\n`;
}

function kotlinFile(n: number): string {
  const name = `${pick(NOUNS)}${pick(['ViewModel', 'Repository', 'Service', 'Presenter'])}${n}`;
  const fns = Array.from({ length: 8 + Math.floor(rand() * 8) }, (_, i) => kotlinFunction(i)).join('\n');
  return `package com.example.bench.f${n % 50}\n\nimport android.util.Log\nimport java.math.BigDecimal\nimport javax.crypto.Cipher\n\nprivate const val TAG = "${name}"\n\nclass ${name}(\n    private val repository: Repository,\n    private val prefs: SharedPreferences,\n) {\n    private val cache = mutableMapOf<String, Item>()\n\n${fns}}\n`;
}

function javaMethod(i: number): string {
  return `    public List<Item> ${pick(VERBS)}${pick(NOUNS)}${i}(int page, String id) throws Exception {
        List<Item> items = repository.fetch(id, ${10 + i});
        if (items.isEmpty()) {
            Log.d(TAG, "no items for page " + page);
            return Collections.emptyList();
        }
        ${pick([
          'Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");',
          'MessageDigest digest = MessageDigest.getInstance("SHA-256");',
          'SharedPreferences p = context.getSharedPreferences("s", Context.MODE_PRIVATE);',
          'Cipher legacy = Cipher.getInstance("DESede/ECB/PKCS5Padding");',
          'settings.setJavaScriptEnabled(true);',
        ])}
        BigDecimal total = BigDecimal.ZERO;
        for (Item it : items) {
            total = total.add(it.getAmount());
        }
        return filter(items, total);
    }
`;
}

function javaFile(n: number): string {
  const name = `${pick(NOUNS)}${pick(['Manager', 'Helper', 'Dao', 'Client'])}${n}`;
  const methods = Array.from({ length: 8 + Math.floor(rand() * 8) }, (_, i) => javaMethod(i)).join('\n');
  return `package com.example.bench.j${n % 50};\n\nimport android.util.Log;\nimport java.math.BigDecimal;\nimport java.util.Collections;\nimport java.util.List;\nimport javax.crypto.Cipher;\n\npublic class ${name} {\n    private static final String TAG = "${name}";\n    private final Repository repository;\n\n    public ${name}(Repository repository) {\n        this.repository = repository;\n    }\n\n${methods}}\n`;
}

function generate(): { kotlin: string[]; java: string[] } {
  const kotlin: string[] = [];
  const java: string[] = [];
  if (!args.includes('--keep') || !existsSync(projectDir)) {
    rmSync(projectDir, { recursive: true, force: true });
    const src = join(projectDir, 'app', 'src', 'main');
    mkdirSync(src, { recursive: true });
    writeFileSync(join(projectDir, 'settings.gradle.kts'), 'rootProject.name = "bench"\ninclude(":app")\n');
    writeFileSync(join(projectDir, 'app', 'build.gradle.kts'), 'plugins { id("com.android.application") }\nandroid {\n    defaultConfig {\n        minSdk = 24\n        targetSdk = 34\n    }\n    buildTypes {\n        release {\n            isMinifyEnabled = true\n        }\n    }\n}\n');
    writeFileSync(join(src, 'AndroidManifest.xml'), '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n    <application android:allowBackup="false">\n        <activity android:name=".MainActivity" android:exported="true">\n            <intent-filter>\n                <action android:name="android.intent.action.MAIN" />\n                <category android:name="android.intent.category.LAUNCHER" />\n            </intent-filter>\n        </activity>\n    </application>\n</manifest>\n');
    for (let n = 0; n < fileCount; n++) {
      const isJava = n % 5 === 0; // about 80% Kotlin, as in the large app of performance-notes.md
      const dir = join(src, 'java', 'com', 'example', 'bench', `${isJava ? 'j' : 'f'}${n % 50}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `F${n}.${isJava ? 'java' : 'kt'}`), isJava ? javaFile(n) : kotlinFile(n));
    }
  }
  const walkAll = (d: string): string[] =>
    (require('node:fs') as typeof import('node:fs')).readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walkAll(join(d, e.name)) : [join(d, e.name)]));
  for (const f of walkAll(projectDir)) {
    if (f.endsWith('.kt')) kotlin.push(f);
    else if (f.endsWith('.java')) java.push(f);
  }
  return { kotlin, java };
}

const ms = (n: number) => `${n.toFixed(0)} ms`;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function inProcess(files: { kotlin: string[]; java: string[] }): Promise<void> {
  await prepareLanguages();
  const rules = allRules.filter((r) => r.meta.enabledByDefault !== false);
  console.log(`\n## In-process, one thread (${rules.length} rules)`);
  console.log('| language | files | lines | MB | parse (warm) | parse MB/s | rules | rules/parse | findings |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const lang of ['java', 'kotlin'] as const) {
    const list = files[lang];
    const texts = list.map((f) => readFileSync(f, 'utf8'));
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const lines = texts.reduce((n, t) => n + t.split('\n').length, 0);
    const parser = await getParser(lang);
    // Warm-up round (JIT, WASM tier-up), then a measured round.
    for (const t of texts.slice(0, 200)) parser.parse(t)?.delete();
    let parseMs = 0;
    let ruleMs = 0;
    let findings = 0;
    for (let i = 0; i < texts.length; i++) {
      const t0 = performance.now();
      const tree = parser.parse(texts[i])!;
      const t1 = performance.now();
      const r = analyze({ path: list[i], text: texts[i], tree, rules });
      const t2 = performance.now();
      tree.delete();
      parseMs += t1 - t0;
      ruleMs += t2 - t1;
      findings += r.findings.length;
    }
    console.log(`| ${lang} | ${list.length} | ${lines} | ${(bytes / 1e6).toFixed(1)} | ${ms(parseMs)} | ${(bytes / 1e6 / (parseMs / 1000)).toFixed(1)} | ${ms(ruleMs)} | ${(ruleMs / parseMs).toFixed(2)}x | ${findings} |`);
  }
}

async function keystrokes(lang: 'java' | 'kotlin', files: string[]): Promise<void> {
  // Build a ~5,000-line file from generated ones, then type 200 characters at seeded random offsets.
  let text = '';
  for (const f of files) {
    if (text.split('\n').length > 5000) break;
    const body = readFileSync(f, 'utf8');
    text += lang === 'java' ? body.replace(/^package .*;$/m, '').replace(/^import .*;$/gm, '') : body.replace(/^package .*$/m, '').replace(/^import .*$/gm, '');
  }
  const parser = await getParser(lang);
  const store = new DocumentStore(() => parser);
  const rules = allRules.filter((r) => r.meta.enabledByDefault !== false);
  const path = `/bench/app/src/main/java/Big.${lang === 'java' ? 'java' : 'kt'}`;
  const totals: number[] = [];
  const reparses: number[] = [];
  for (let i = 0; i < 200; i++) {
    const doc = store.open(`file://${path}`, path, 1, text);
    const index = new LineIndex(text);
    const offset = Math.floor(rand() * text.length);
    const pos = index.positionAt(offset);
    const ch = pick(['a', ' ', '(', '"', ';', '}', 'x', '.', '\n', '1']);
    const t0 = performance.now();
    store.change(doc.uri, 2, [{ range: { start: pos, end: pos }, text: ch }]);
    const t1 = performance.now();
    const d = store.get(doc.uri)!;
    analyze({ path, text: d.text, tree: d.tree, rules });
    const t2 = performance.now();
    reparses.push(t1 - t0);
    totals.push(t2 - t0);
    store.close(doc.uri);
  }
  const lines = text.split('\n').length;
  console.log(`| ${lang} | ${lines} | ${percentile(reparses, 50).toFixed(2)} / ${percentile(reparses, 95).toFixed(2)} | ${percentile(totals, 50).toFixed(2)} / ${percentile(totals, 95).toFixed(2)} / ${Math.max(...totals).toFixed(1)} |`);
}

function endToEnd(jobs: number): { wall: number; rss: number; files: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'scan', projectDir, '--format', 'json', '--jobs', String(jobs), '--fail-on', 'off'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, DFS_GUARD_STATS: '1' },
  });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`cli failed: ${r.stderr}`);
  const stats = /DFS_GUARD_STATS (\{.*\})/.exec(r.stderr);
  const parsed = stats ? (JSON.parse(stats[1]) as { maxRssMb: number }) : { maxRssMb: NaN };
  const files = (JSON.parse(r.stdout) as { summary: { filesScanned: number } }).summary.filesScanned;
  return { wall, rss: parsed.maxRssMb, files };
}

async function main(): Promise<void> {
  if (!existsSync(join(root, 'dist', 'cli.js'))) throw new Error('run npm run build first');
  const t0 = performance.now();
  const files = generate();
  console.log(`# DFS Guard benchmark\n\nGenerated project: ${files.kotlin.length} Kotlin + ${files.java.length} Java files in ${ms(performance.now() - t0)} (${projectDir}).`);
  console.log(`Machine: ${availableParallelism()} cores, Node ${process.version}.`);
  await inProcess(files);
  console.log('\n## Keystroke in a ~5,000-line file (200 edits; incremental reparse, then all rules on the file)');
  console.log('| language | lines | reparse p50 / p95 (ms) | reparse + rules p50 / p95 / max (ms) |');
  console.log('|---|---:|---:|---:|');
  await keystrokes('java', files.java);
  await keystrokes('kotlin', files.kotlin);
  console.log('\n## End to end: dfs-guard scan (walk, read, parse, rules, JSON output)');
  console.log('| workers | files | wall | files/s | peak RSS |');
  console.log('|---:|---:|---:|---:|---:|');
  for (const jobs of [1, availableParallelism()]) {
    const runs = [endToEnd(jobs), endToEnd(jobs), endToEnd(jobs)].sort((a, b) => a.wall - b.wall);
    const med = runs[1];
    console.log(`| ${jobs} | ${med.files} | ${(med.wall / 1000).toFixed(2)} s | ${Math.round(med.files / (med.wall / 1000))} | ${med.rss.toFixed(0)} MB |`);
  }
}

void main();
