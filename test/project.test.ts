// The project-model loader (server/src/project/) on the fixture projects in test/fixtures/projects/.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parseVersionCatalog, resolveCatalogRef } from '../server/src/project/catalog';
import { dependencyDeclarations } from '../server/src/project/dependencies';
import { deserializeModel, ProjectIndex, serializeModel } from '../server/src/project/index';
import { evaluateConstExpr, maskSource, scanConstants } from '../server/src/project/scan';
import { parseGradle } from '../server/src/parsing/gradle';

const fixtures = join(__dirname, 'fixtures', 'projects');
const kts = join(fixtures, 'kts-wallet');
const groovy = join(fixtures, 'groovy-agent');
const temps: string[] = [];
after(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});
function tempCopy(src: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dfs-guard-project-'));
  temps.push(dir);
  cpSync(src, dir, { recursive: true });
  return dir;
}

describe('ProjectIndex: KTS app with a version catalog', () => {
  const index = new ProjectIndex();
  const model = index.modelFor(join(kts, 'app/src/main/java/com/example/wallet/Net.kt'));

  test('module and project roots', () => {
    assert.equal(model.moduleRoot, join(kts, 'app'));
    assert.equal(model.projectRoot, kts);
    assert.equal(model.gradlePath, join(kts, 'app/build.gradle.kts'));
  });

  test('SDK levels through libs.versions (camelCase and kebab-case aliases)', () => {
    assert.equal(model.minSdk, 23);
    assert.equal(model.targetSdk, 34);
    assert.match(model.sdkSource ?? '', /build\.gradle\.kts/);
  });

  test('application plugin via a catalog alias, applicationId, namespace', () => {
    assert.equal(model.isLibrary, false);
    assert.deepEqual(model.plugins, ['com.android.application', 'org.jetbrains.kotlin.android']);
    assert.equal(model.applicationId, 'com.example.wallet');
    assert.equal(model.namespace, 'com.example.wallet');
  });

  test('release build type from getByName("release"), with is-prefixed keys normalised', () => {
    assert.equal(model.releaseBuildType?.isMinifyEnabled, 'true');
    assert.equal(model.releaseBuildType?.minifyEnabled, 'true');
    assert.equal(model.releaseBuildType?.debuggable, 'false');
    assert.equal(model.releaseBuildType?.signingConfig, 'signingConfigs.getByName("release")');
  });

  test('dependencies: bundles and aliases resolved (version.ref), debug/test kept out of release deps', () => {
    assert.deepEqual(model.dependencies, [
      'com.squareup.okhttp3:okhttp:4.12.0',
      'com.squareup.okhttp3:logging-interceptor:4.12.0',
      'com.scottyab:rootbeer-lib:0.1.0',
      'androidx.core:core-ktx:1.13.1',
    ]);
    const confs = Object.fromEntries((model.dependencyDeclarations ?? []).map((d) => [d.coordinate, d.configuration]));
    assert.equal(confs['com.github.chuckerteam.chucker:library:4.0.0'], 'debugImplementation');
    assert.equal(confs['junit:junit:4.13.2'], 'testImplementation');
    assert.equal(model.catalogLibraries?.['libs.okhttp.logging'], 'com.squareup.okhttp3:logging-interceptor:4.12.0');
  });

  test('manifest: permissions, components, network security config', () => {
    assert.equal(model.manifestPath, join(kts, 'app/src/main/AndroidManifest.xml'));
    assert.deepEqual(model.permissions, ['android.permission.INTERNET', 'android.permission.CAMERA']);
    assert.equal(model.hasNetworkSecurityConfig, true);
    const comps = (model.components ?? []).map((c) => [c.tag, c.name, c.exported, c.hasIntentFilter, c.permission]);
    assert.deepEqual(comps, [
      ['activity', '.MainActivity', true, true, undefined],
      ['receiver', '.PaymentReceiver', undefined, false, 'com.example.wallet.PAY'],
      ['provider', '.StatementProvider', false, false, undefined],
    ]);
    assert.equal(model.components?.[0].range.start.line, 7);
  });

  test('markers: code words, res/xml element names, dependency coordinates; not comments or tests', () => {
    const m = model.markers!;
    for (const w of ['CertificatePinner', 'okhttp3.CertificatePinner', 'FLAG_SECURE', 'pin-set', 'com.scottyab:rootbeer-lib', 'rootbeer', 'okhttp']) {
      assert.ok(m.has(w), `marker ${w}`);
    }
    for (const w of ['TestOnlyMarker', 'RootBeerCommentOnly', 'FLAG_IN_BLOCK_COMMENT', 'chucker', 'junit']) assert.ok(!m.has(w), `no marker ${w}`);
  });

  test('constants: Java static final, interface fields, Kotlin const/top-level/object/companion; ambiguity dropped', () => {
    const c = model.constants!;
    assert.equal(c.get('Keys.KEY_ALIAS'), 'wallet_key');
    assert.equal(c.get('KEY_SIZE'), 256);
    assert.equal(c.get('Keys.TRANSFORMATION'), 'AES/GCM/NoPadding');
    assert.equal(c.get('Limits.MAX_AMOUNT'), 1000000);
    assert.equal(c.get('Endpoints.PAY'), '/pay');
    assert.equal(c.get('Net.PIN_HASH'), 'sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=');
    assert.equal(c.get('TIMEOUT_SECONDS'), 30);
    assert.equal(c.get('Config.STAGE'), 'prod');
    // API_HOST is declared twice with different values: the simple name is unknown, the qualified one is kept.
    assert.equal(c.get('API_HOST'), undefined);
    assert.equal(c.get('Duplicated.API_HOST'), 'other.example');
    assert.equal(c.get('BASE_URL'), undefined);
    for (const n of ['notStatic', 'local', 'instanceOnly', 'TEST_ONLY_CONSTANT']) assert.equal(c.get(n), undefined, n);
  });

  test('library module: alias plugin, minSdk from a buildSrc constant, shared markers', () => {
    const core = index.modelFor(join(kts, 'core/build.gradle.kts'));
    assert.equal(core.moduleRoot, join(kts, 'core'));
    assert.equal(core.isLibrary, true);
    assert.equal(core.minSdk, 21);
    assert.equal(core.targetSdk, undefined);
    assert.equal(core.releaseBuildType?.minifyEnabled, 'false');
    assert.deepEqual(core.dependencies, ['com.squareup.okhttp3:okhttp:4.12.0']);
    assert.equal(core.manifestPath, undefined);
    assert.equal(core.markers, model.markers);
  });

  test('models are cached per module root', () => {
    assert.equal(index.modelFor(join(kts, 'app/src/main/AndroidManifest.xml')), model);
    assert.equal(index.modelFor(join(kts, 'app/build.gradle.kts')), model);
  });

  test('serializeModel / deserializeModel round trip through JSON', () => {
    const json = JSON.parse(JSON.stringify(serializeModel(model)));
    assert.ok(Array.isArray(json.markers));
    const back = deserializeModel(json);
    assert.deepEqual([...back.markers!].sort(), [...model.markers!].sort());
    assert.deepEqual([...back.constants!].sort(), [...model.constants!].sort());
    assert.equal(back.minSdk, 23);
    assert.deepEqual(back.components, model.components);
  });
});

describe('ProjectIndex: Groovy modules', () => {
  const index = new ProjectIndex();
  const model = index.modelFor(join(groovy, 'app/src/main/java/com/example/agent/Agent.java'));

  test('rootProject.ext values, flavour minSdk, apply plugin', () => {
    assert.equal(model.isLibrary, false);
    assert.equal(model.minSdk, 16);
    assert.match(model.sdkSource ?? '', /productFlavors/);
    assert.equal(model.targetSdk, 30);
    assert.equal(model.applicationId, 'com.example.agent');
    assert.equal(model.manifestPackage, 'com.example.agent.legacy');
  });

  test('release build type and dependencies (map notation, templates, compile-only and test kept out)', () => {
    assert.deepEqual(model.releaseBuildType, { minifyEnabled: 'false', debuggable: 'true', signingConfig: 'signingConfigs.debug' });
    assert.deepEqual(model.dependencies, [
      'com.squareup.okhttp3:okhttp:3.10.0',
      'com.google.android.gms:play-services-safetynet:17.0.0',
      'com.github.chuckerteam.chucker:library',
    ]);
  });

  test('manifest without networkSecurityConfig; receiver with an intent filter', () => {
    assert.equal(model.hasNetworkSecurityConfig, false);
    assert.deepEqual(model.permissions, ['android.permission.READ_SMS']);
    assert.equal(model.components?.[0].hasIntentFilter, true);
    assert.equal(model.components?.[0].exported, undefined);
  });

  test('debug sources count, test sources do not', () => {
    assert.equal(model.constants?.get('Agent.USSD_PREFIX'), '*150#');
    assert.equal(model.constants?.get('DebugTools.DEBUG_ONLY'), 'debug');
  });

  test('a half-typed Gradle file and manifest yield what is intact', () => {
    const broken = index.modelFor(join(groovy, 'broken/build.gradle'));
    assert.equal(broken.isLibrary, true);
    assert.equal(broken.minSdk, 23);
    assert.equal(broken.targetSdk, undefined);
    assert.equal(broken.releaseBuildType?.minifyEnabled, 'tr');
    assert.deepEqual(broken.permissions, ['android.permission.CAMERA']);
    assert.equal(broken.hasNetworkSecurityConfig, true);
  });

  test('a module without a Gradle file: the folder above src/<set>/, <uses-sdk> fallback', () => {
    const bare = new ProjectIndex().modelFor(join(fixtures, 'bare/src/main/AndroidManifest.xml'));
    assert.equal(bare.moduleRoot, join(fixtures, 'bare'));
    assert.equal(bare.minSdk, 21);
    assert.equal(bare.targetSdk, 33);
    assert.match(bare.sdkSource ?? '', /uses-sdk/);
  });
});

describe('ProjectIndex: errors and invalidation', () => {
  test('unreadable and missing files leave fields undefined and never throw', () => {
    const dir = tempCopy(kts);
    // Root can read any file, so make the manifest and the catalog unreadable by turning them into folders.
    rmSync(join(dir, 'app/src/main/AndroidManifest.xml'));
    mkdirSync(join(dir, 'app/src/main/AndroidManifest.xml'));
    rmSync(join(dir, 'gradle/libs.versions.toml'));
    mkdirSync(join(dir, 'gradle/libs.versions.toml'));
    writeFileSync(join(dir, 'app/src/main/java/com/example/wallet/Binary.kt'), Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80]));
    const model = new ProjectIndex().modelFor(join(dir, 'app/src/main/java/com/example/wallet/Net.kt'));
    assert.equal(model.manifestPath, undefined);
    assert.equal(model.permissions, undefined);
    assert.equal(model.minSdk, undefined, 'catalog unreadable: libs.versions.minSdk is unknown');
    // The alias cannot be resolved; its conventional name (`android.application`) still says what it is.
    assert.equal(model.isLibrary, false);
    assert.ok(model.markers?.has('CertificatePinner'));
    const rootModule = new ProjectIndex().modelFor(join(dir, 'no/such/File.kt'));
    assert.equal(rootModule.moduleRoot, dir, 'a missing file still belongs to the nearest module');
    assert.deepEqual(rootModule.plugins, [], '`apply false` plugins are not applied');
    assert.equal(rootModule.isLibrary, undefined);
    const empty = mkdtempSync(join(tmpdir(), 'dfs-guard-empty-'));
    temps.push(empty);
    assert.deepEqual(new ProjectIndex().modelFor(join(empty, 'File.kt')), {});
    assert.deepEqual(new ProjectIndex().modelFor('/'), {});
  });

  test('invalidate: a Gradle file drops its module model, a source file updates markers and constants', () => {
    const dir = tempCopy(kts);
    const index = new ProjectIndex();
    const file = join(dir, 'app/src/main/java/com/example/wallet/Net.kt');
    const first = index.modelFor(file);
    assert.equal(first.releaseBuildType?.minifyEnabled, 'true');
    assert.equal(index.modelFor(file), first);

    writeFileSync(join(dir, 'app/build.gradle.kts'), 'plugins { id("com.android.library") }\nandroid { buildTypes { release { isMinifyEnabled = false } } }\n');
    index.invalidate(join(dir, 'app/build.gradle.kts'));
    const second = index.modelFor(file);
    assert.notEqual(second, first);
    assert.equal(second.isLibrary, true);
    assert.equal(second.releaseBuildType?.minifyEnabled, 'false');
    assert.ok(second.markers?.has('CertificatePinner'));

    const added = join(dir, 'app/src/main/java/com/example/wallet/Root.kt');
    writeFileSync(added, 'object RootCheck { const val SU = "su"\n fun check() = IntegrityManagerFactory.create(ctx) }\n');
    index.invalidate(added);
    const third = index.modelFor(file);
    assert.ok(third.markers?.has('IntegrityManagerFactory'));
    assert.equal(third.constants?.get('RootCheck.SU'), 'su');

    writeFileSync(added, 'object RootCheck { const val SU = "/system/xbin/su" }\n');
    index.invalidate(added);
    const fourth = index.modelFor(file);
    assert.ok(!fourth.markers?.has('IntegrityManagerFactory'));
    assert.equal(fourth.constants?.get('RootCheck.SU'), '/system/xbin/su');

    rmSync(join(dir, 'app/src/main/AndroidManifest.xml'));
    index.invalidate(join(dir, 'app/src/main/AndroidManifest.xml'));
    assert.equal(index.modelFor(file).manifestPath, undefined);

    writeFileSync(join(dir, 'gradle/libs.versions.toml'), '[versions]\nminSdk = "26"\n');
    writeFileSync(join(dir, 'app/build.gradle.kts'), 'android { defaultConfig { minSdk = libs.versions.minSdk.get().toInt() } }\n');
    index.invalidate(join(dir, 'gradle/libs.versions.toml'));
    assert.equal(index.modelFor(file).minSdk, 26);
  });

  test('a truncated walk leaves markers unknown (absence cannot be proven)', () => {
    const model = new ProjectIndex({ maxFiles: 2 }).modelFor(join(kts, 'app/build.gradle.kts'));
    assert.equal(model.markers, undefined);
    assert.equal(model.minSdk, 23);
  });

  test('cost of the source pass on 2,000 generated files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dfs-guard-bench-'));
    temps.push(dir);
    writeFileSync(join(dir, 'settings.gradle.kts'), 'include(":app")\n');
    mkdirSync(join(dir, 'app'));
    writeFileSync(join(dir, 'app/build.gradle.kts'), 'android { defaultConfig { minSdk = 24 } }\n');
    let bytes = 0;
    for (let p = 0; p < 40; p++) {
      const pkg = join(dir, `app/src/main/java/com/example/p${p}`);
      mkdirSync(pkg, { recursive: true });
      for (let i = 0; i < 50; i++) {
        const body = Array.from({ length: 40 }, (_, k) => `    fun f${k}(x: Int): String = "value$k" + x.toString() // call ${k}\n`).join('');
        const kotlin = p % 2 === 0;
        const source = kotlin
            ? `package com.example.p${p}\n\nobject F${i} {\n    const val NAME_${i} = "n${i}"\n${body}}\n`
            : `package com.example.p${p};\n\nclass F${i} {\n    static final String NAME_${i} = "n${i}";\n${body.replace(/fun (\w+)\(x: Int\): String = (.*) \/\//g, 'String $1(int x) { return $2; } //')}}\n`;
        bytes += source.length;
        writeFileSync(join(pkg, kotlin ? `F${i}.kt` : `F${i}.java`), source);
      }
    }
    const started = process.hrtime.bigint();
    const model = new ProjectIndex().modelFor(join(dir, 'app/build.gradle.kts'));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(`# project model of 2,000 files (${Math.round(bytes / 1024)} KB): ${ms.toFixed(0)} ms`);
    assert.equal(model.constants?.get('F7.NAME_7'), 'n7');
    assert.ok(model.markers?.has('toString'));
    assert.ok(ms < 10_000);
  });
});

describe('version catalog, dependency and constant helpers', () => {
  test('catalog: string, module, group/name, rich versions, multi-line tables, plugins, bundles', () => {
    const c = parseVersionCatalog(
      [
        '[versions]',
        'okhttp = { strictly = "4.12.0" }',
        'compose-bom = "2024.06.00"',
        '[libraries]',
        'a = "g:a:1.0" # comment',
        'b = { module = "g:b", version.ref = "okhttp" }',
        "c = { group = 'g', name = 'c', version = { require = '2.0' } }",
        'd = { module = "g:d",',
        '      version = "1.+" }',
        'broken = { module = ',
        'compose-bom = { group = "androidx.compose", name = "compose-bom", version.ref = "compose-bom" }',
        '[bundles]',
        'all = ["a", "b"]',
        '[plugins]',
        'app = { id = "com.android.application", version = "8.5.0" }',
      ].join('\n'),
    );
    assert.deepEqual(resolveCatalogRef('libs.a', [c]), { kind: 'library', library: { group: 'g', name: 'a', version: '1.0', rawVersion: '1.0' } });
    assert.equal(resolveCatalogRef('libs.b', [c])?.kind, 'library');
    assert.equal((resolveCatalogRef('libs.b', [c]) as { library: { version: string } }).library.version, '4.12.0');
    assert.equal((resolveCatalogRef('libs.c', [c]) as { library: { version: string } }).library.version, '2.0');
    assert.equal((resolveCatalogRef('libs.d', [c]) as { library: { rawVersion: string } }).library.rawVersion, '1.+');
    assert.equal((resolveCatalogRef('libs.compose.bom', [c]) as { library: { version: string } }).library.version, '2024.06.00');
    assert.deepEqual(resolveCatalogRef('libs.versions.okhttp.get()', [c]), { kind: 'version', version: '4.12.0' });
    assert.deepEqual(resolveCatalogRef('libs.versions.compose.bom.get() as String', [c]), { kind: 'version', version: '2024.06.00' });
    assert.equal(resolveCatalogRef('libs.bundles.all', [c])?.kind, 'bundle');
    assert.deepEqual(resolveCatalogRef('libs.plugins.app', [c]), { kind: 'plugin', plugin: { id: 'com.android.application', version: '8.5.0' } });
    assert.equal(resolveCatalogRef('libs.broken', [c]), undefined);
    assert.equal(resolveCatalogRef('other.a', [c]), undefined);
  });

  test('dependency declarations: Groovy and KTS forms with value offsets', () => {
    const text = [
      'dependencies {',
      "    implementation 'com.squareup.okhttp3:okhttp:3.10.0'",
      '    implementation("com.a:b:1.+") { exclude(group = "x") }',
      '    implementation group: "g", name: "n", version: "2"',
      '    implementation(platform("com.google.firebase:firebase-bom:33.0.0"))',
      '    implementation(kotlin("stdlib"))',
      '    implementation(project(":core"))',
      '    implementation(fileTree("libs"))',
      '}',
      'buildscript { dependencies { classpath("com.android.tools.build:gradle:8.5.0") } }',
    ].join('\n');
    const decls = dependencyDeclarations(parseGradle(text));
    const coords = decls.map((d) => d.coordinates.map((c) => c.coordinate).join(','));
    assert.deepEqual(coords, [
      'com.squareup.okhttp3:okhttp:3.10.0',
      'com.a:b:1.+',
      'g:n:2',
      'com.google.firebase:firebase-bom:33.0.0',
      'org.jetbrains.kotlin:kotlin-stdlib',
      '',
      '',
      'com.android.tools.build:gradle:8.5.0',
    ]);
    assert.equal(decls[1].at.kind, 'gradle-block');
    assert.equal(decls[3].coordinates[0].platform, true);
    assert.equal(decls[7].buildscript, true);
    for (const d of decls) {
      for (const c of d.coordinates) if (c.versionOffsets) assert.equal(text.slice(c.versionOffsets.start, c.versionOffsets.end), c.version);
    }
  });

  test('constant scanner ignores locals, strings and comments that look like declarations', () => {
    const kt = 'fun f() {\n  val local = "x"\n}\nval s = "const val FAKE = 1" // const val C = 2\nclass A { val inst = 1\n companion object { val COMP = 2 } }\n';
    assert.deepEqual(
      scanConstants(kt, 'kotlin').map((d) => d.names.join('|')),
      ['s', 'COMP|A.COMP'],
    );
    const masked = maskSource('String s = "a // b"; /* c */ char q = \'"\';');
    assert.equal(masked.code, 'String s = "a // b";         char q = \'"\';');
    assert.equal(evaluateConstExpr('"a" + B + 1', 'java', (n) => (n === 'B' ? 'b' : undefined)), 'ab1');
    assert.equal(evaluateConstExpr('"pin=$pin"', 'kotlin', () => undefined), undefined);
    assert.equal(evaluateConstExpr('0x10 + 1', 'java', () => undefined), 17);
  });
});
