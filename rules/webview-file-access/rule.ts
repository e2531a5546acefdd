// Rule: WebView file-URL access flags turned on (allowUniversalAccessFromFileURLs, allowFileAccessFromFileURLs, allowFileAccess).
import { defineRule, table } from '../../server/src/engine/rule';

const FLAGS = table<{ messageId: 'universal' | 'fileUrls' | 'fileAccess'; severity: 'high' | 'medium' | 'low' }>({
  setAllowUniversalAccessFromFileURLs: { messageId: 'universal', severity: 'high' },
  setAllowFileAccessFromFileURLs: { messageId: 'fileUrls', severity: 'medium' },
  setAllowFileAccess: { messageId: 'fileAccess', severity: 'low' },
});

export default defineRule({
  id: 'webview-file-access',
  meta: {
    title: 'WebView file or file-URL access enabled',
    description: 'Flags WebSettings calls and Kotlin properties that turn on allowUniversalAccessFromFileURLs, allowFileAccessFromFileURLs or allowFileAccess.',
    severity: 'medium',
    messages: {
      universal: 'allowUniversalAccessFromFileURLs = true lets any file:// page read every origin and local file, so one injected script can send the app\'s private files anywhere; set it to false and serve local pages with WebViewAssetLoader.',
      fileUrls: 'allowFileAccessFromFileURLs = true lets a file:// page read other local files, including the app\'s private data; set it to false and serve local pages with WebViewAssetLoader.',
      fileAccess: 'allowFileAccess = true lets the WebView load file:// URLs (the default is false from targetSdk 30); set it to false and serve local pages with WebViewAssetLoader.',
    },
    tags: {
      cwe: [200, 22],
      masvs: ['MASVS-PLATFORM-2'],
      owaspMobile2024: ['M4', 'M8'],
      maswe: ['webviews-local-resources'],
      ituBp: ['DH-5'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      const flag = FLAGS[call.name];
      if (!flag || call.args.length !== 1) return;
      const arg = call.args[0];
      if (arg.text !== 'true' && ctx.constValue(arg.node) !== true) return;
      ctx.report({
        at: call.nameNode,
        messageId: flag.messageId,
        severity: flag.severity,
        fixes: [{ title: `Set ${call.nameNode.text} to false`, kind: 'suggestion', edits: [ctx.fix.replace(arg.node, 'false')] }],
      });
    },
  },
});
