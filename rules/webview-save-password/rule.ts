// Rule: WebSettings.setSavePassword(true) / setSaveFormData(true).
import { defineRule, table } from '../../server/src/engine/rule';

/** The API level from which the setting has no effect. */
const NO_EFFECT_FROM = table<number>({ setSavePassword: 18, setSaveFormData: 26 });

export default defineRule({
  id: 'webview-save-password',
  meta: {
    title: 'WebView saves passwords or form data',
    description: 'Flags WebSettings setSavePassword(true) and setSaveFormData(true), which store what users type into web forms in the WebView database.',
    severity: 'low',
    messages: {
      savePassword: 'setSavePassword(true) stores passwords typed into web forms in plain text in the WebView database on devices below Android 4.3; set it to false (the setting is deprecated).',
      saveFormData: 'setSaveFormData(true) stores what users type into web forms (card numbers, account numbers) in the WebView database on devices below Android 8.0; set it to false.',
    },
    tags: {
      cwe: [312],
      masvs: ['MASVS-STORAGE-1'],
      owaspMobile2024: ['M9'],
      maswe: ['data-unencrypted-private-storage'],
      ituBp: ['DH-4'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    call(call, ctx) {
      const from = NO_EFFECT_FROM[call.name];
      if (!from || call.args.length !== 1) return;
      const arg = call.args[0];
      if (arg.text !== 'true' && ctx.constValue(arg.node) !== true) return;
      const isPassword = call.name === 'setSavePassword';
      const minSdk = ctx.project.minSdk;
      // The setting has an effect only on devices below `from`: a warning when the app still supports them.
      const severity = minSdk !== undefined && minSdk < from ? 'medium' : undefined;
      ctx.report({
        at: call.nameNode,
        messageId: isPassword ? 'savePassword' : 'saveFormData',
        severity,
        fixes: [{ title: `Set ${call.nameNode.text} to false`, kind: 'suggestion', edits: [ctx.fix.replace(arg.node, 'false')] }],
      });
    },
  },
});
