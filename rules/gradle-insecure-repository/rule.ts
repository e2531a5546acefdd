// Rule: Maven/Ivy repositories over plain http://, and allowInsecureProtocol = true.
import { defineRule } from '../../server/src/engine/rule';
import { gradleBoolean } from '../../server/src/parsing/gradle';
import { offsetRange } from '../../server/src/project/dependencies';

const URL_KEYS = /^(url|setUrl|maven|ivy|uri|artifactUrls|setArtifactUrls)$/;
const INSECURE_FLAG = /^(allowInsecureProtocol|isAllowInsecureProtocol|setAllowInsecureProtocol)$/;
/** http:// to a remote host; loopback is not reachable by a network attacker. */
const HTTP_URL = /(["'])http:\/\/(?!(localhost|127\.0\.0\.1|\[::1\])[:/"'])[^"'\s]+\1/g;

export default defineRule({
  id: 'gradle-insecure-repository',
  meta: {
    title: 'Dependencies downloaded over plain HTTP',
    description: 'Flags Gradle repositories declared with an http:// URL and repositories that set allowInsecureProtocol = true.',
    severity: 'high',
    messages: {
      http: 'This repository is fetched over plain HTTP, so anyone on the network path (café Wi-Fi, a compromised proxy) can swap a library for a backdoored one that ends up inside the wallet; use https://.',
      flag: 'allowInsecureProtocol lets Gradle fetch dependencies over plain HTTP, where they can be replaced in transit by a backdoored build; remove it and move the repository to https://.',
    },
    tags: {
      cwe: [494, 829],
      masvs: ['MASVS-CODE-3'],
      owaspMobile2024: ['M2'],
      maswe: ['dependencies-with-known-vulnerabilities'],
      ituBp: ['AD-2'],
    },
    fix: 'suggestion',
    files: ['gradle', 'gradle-kts'],
  },
  on: {
    gradleSetting(s, ctx) {
      const inRepos = s.path.includes('repositories') || s.path.some((p) => p === 'maven' || p === 'ivy');
      if (!inRepos) return;
      if (INSECURE_FLAG.test(s.key)) {
        if (gradleBoolean(s.value) !== true) return;
        ctx.report({
          at: s.valueRange,
          messageId: 'flag',
          fixes: [{ title: 'Set allowInsecureProtocol to false (the URL must be https)', kind: 'suggestion', edits: [ctx.fix.replace(s.valueRange, 'false')] }],
        });
        return;
      }
      if (!URL_KEYS.test(s.key)) return;
      for (const m of s.value.matchAll(HTTP_URL)) {
        const start = s.valueStartOffset + m.index!;
        const scheme = offsetRange(ctx.file, start + 1, start + 1 + 'http://'.length);
        ctx.report({
          at: offsetRange(ctx.file, start, start + m[0].length),
          messageId: 'http',
          fixes: [{ title: 'Use https://', kind: 'suggestion', edits: [ctx.fix.replace(scheme, 'https://')] }],
        });
      }
    },
  },
});
