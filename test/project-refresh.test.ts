// Project context reaches the editor: findings that depend on Gradle facts (targetSdk) update when the
// Gradle file changes on disk, and a constant declared in another class of the project is resolved.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { allRules } from '../rules';
import { ProjectIndex } from '../server/src/project/index';
import { fileUri, startServer, type TestClient } from './helpers/lsp';

const dir = mkdtempSync(join(tmpdir(), 'dfs-guard-refresh-'));
const gradle = join(dir, 'app', 'build.gradle.kts');
const manifest = join(dir, 'app', 'src', 'main', 'AndroidManifest.xml');
const constants = join(dir, 'app', 'src', 'main', 'java', 'com', 'example', 'CryptoConstants.java');
const user = join(dir, 'app', 'src', 'main', 'java', 'com', 'example', 'Legacy.java');

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

const gradleWith = (targetSdk: number) =>
  `plugins { id("com.android.application") }\nandroid {\n    defaultConfig {\n        minSdk = 24\n        targetSdk = ${targetSdk}\n    }\n}\n`;

// An activity with an intent filter and no android:exported: implicitly exported below targetSdk 31.
const MANIFEST = `<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <application android:allowBackup="false">
        <activity android:name=".PayActivity">
            <intent-filter>
                <action android:name="com.example.PAY" />
            </intent-filter>
        </activity>
    </application>
</manifest>
`;

describe('project context in the editor', () => {
  let client: TestClient;
  const projects = new ProjectIndex();
  before(async () => {
    write(settingsPath(), 'rootProject.name = "refresh"\ninclude(":app")\n');
    write(gradle, gradleWith(30));
    write(manifest, MANIFEST);
    write(constants, 'package com.example;\n\npublic final class CryptoConstants {\n    public static final String ALGO = "DES";\n}\n');
    write(user, 'package com.example;\n\nclass Legacy {\n    Object c() throws Exception { return javax.crypto.Cipher.getInstance(CryptoConstants.ALGO); }\n}\n');
    client = await startServer({ rules: allRules, projectFor: (p) => projects.modelFor(p), invalidateProject: (p) => projects.invalidate(p) });
  });
  after(() => {
    client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a Gradle change on disk re-evaluates the open manifest', async () => {
    const uri = fileUri(manifest);
    const before = await client.open(uri, 'xml', MANIFEST);
    const codes = (ds: typeof before) => ds.map((d) => String(d.code)).sort();
    assert.ok(codes(before).includes('manifest-exported-component'), `at targetSdk 30 the activity is exported: ${codes(before)}`);

    write(gradle, gradleWith(34));
    await client.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(gradle), type: 2 }] });
    // Other publications (e.g. the initial settings refresh) may come first: wait for the re-evaluated one.
    let after = await client.nextDiagnostics(uri);
    for (let i = 0; i < 5 && codes(after).includes('manifest-exported-component'); i++) after = await client.nextDiagnostics(uri);
    assert.ok(!codes(after).includes('manifest-exported-component'), `at targetSdk 34 an intent filter no longer exports: ${codes(after)}`);
    const unspecified = after.find((d) => d.code === 'manifest-exported-unspecified');
    assert.ok(unspecified, 'the missing android:exported is still reported');
    assert.match(String(unspecified.message), /./);
  });

  test('a constant declared in another class of the project is resolved', async () => {
    const diags = await client.open(fileUri(user), 'java', require('node:fs').readFileSync(user, 'utf8') as string);
    const codes = diags.map((d) => String(d.code));
    assert.ok(codes.includes('crypto-weak-cipher'), `Cipher.getInstance(CryptoConstants.ALGO) with ALGO = "DES": ${codes}`);
  });
});

function settingsPath(): string {
  return join(dir, 'settings.gradle.kts');
}
