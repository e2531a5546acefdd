// Rule: WebChromeClient.onGeolocationPermissionsShowPrompt that grants location to any origin
// (callback.invoke(origin, true, …) without looking at the origin).
import type { Node } from 'web-tree-sitter';
import { defineRule } from '../../server/src/engine/rule';
import { compact } from '../../server/src/engine/view';

const LOCATION_PERMISSIONS = /ACCESS_(FINE|COARSE)_LOCATION$/;
/** Calls that only log or print: mentioning the origin there is not a check. */
const LOGGING = /^(Log\.\w|Timber\.\w|println|print|logger\.\w|log\.\w)/;

function kids(n: Node): Node[] {
  return n.namedChildren.filter((c): c is Node => c !== null);
}

/** Call nodes of the body with their name, receiver text and argument nodes. */
function calls(body: Node): { node: Node; name: string; receiver: string; args: Node[] }[] {
  const out: { node: Node; name: string; receiver: string; args: Node[] }[] = [];
  for (const n of body.descendantsOfType(['method_invocation', 'call_expression'])) {
    if (!n) continue;
    if (n.type === 'method_invocation') {
      const list = n.childForFieldName('arguments');
      out.push({ node: n, name: n.childForFieldName('name')?.text ?? '', receiver: compact(n.childForFieldName('object')?.text ?? ''), args: list ? kids(list).filter((c) => !c.type.endsWith('comment')) : [] });
    } else {
      const callee = kids(n)[0];
      const list = kids(n).find((c) => c.type === 'value_arguments');
      const args = list ? kids(list).map((a) => kids(a).at(-1)).filter((a): a is Node => !!a) : [];
      if (callee?.type === 'navigation_expression') out.push({ node: n, name: callee.lastNamedChild?.text ?? '', receiver: compact(callee.firstNamedChild?.text ?? ''), args });
      else if (callee?.type === 'identifier') out.push({ node: n, name: callee.text, receiver: '', args });
    }
  }
  return out;
}

/** True when the origin parameter is used anywhere except as an argument of the grant or a log call. */
function originChecked(body: Node, origin: string, grants: Node[]): boolean {
  for (const id of body.descendantsOfType(['identifier'])) {
    if (!id || id.text !== origin) continue;
    const p = id.parent;
    if ((p?.type === 'navigation_expression' && p.firstNamedChild?.id !== id.id) || (p?.type === 'field_access' && p.childForFieldName('field')?.id === id.id)) continue;
    if (grants.some((g) => id.startIndex >= g.startIndex && id.endIndex <= g.endIndex)) continue;
    let inLog = false;
    for (let a = id.parent; a && a.id !== body.id; a = a.parent) {
      if ((a.type === 'method_invocation' || a.type === 'call_expression') && LOGGING.test(compact(a.text))) inLog = true;
    }
    if (!inLog) return true;
  }
  return false;
}

export default defineRule({
  id: 'webview-geolocation',
  meta: {
    title: 'WebView grants geolocation to every origin',
    description: 'Flags onGeolocationPermissionsShowPrompt overrides that call callback.invoke(origin, true, …) without checking the origin.',
    severity: 'medium',
    messages: {
      grantAll: 'Location is granted to whatever origin asks (allow = true without looking at origin), so any page or ad frame shown in this WebView can track the customer; grant only to your own https origins (compare origin exactly) and pass retain = false.',
    },
    tags: {
      cwe: [359, 285],
      masvs: ['MASVS-PRIVACY-1', 'MASVS-PLATFORM-2'],
      owaspMobile2024: ['M6'],
      maswe: ['inadequate-permission-management'],
      ituBp: ['DH-5'],
    },
    fix: 'suggestion',
    files: ['java', 'kotlin'],
  },
  on: {
    function(fn, ctx) {
      if (fn.name !== 'onGeolocationPermissionsShowPrompt' || fn.params.length !== 2 || !fn.body) return;
      // The app cannot hand out what it does not hold: no location permission in a known manifest → nothing to grant.
      const perms = ctx.project.permissions;
      if (perms && !perms.some((p) => LOCATION_PERMISSIONS.test(p))) return;
      const [origin, callback] = fn.params.map((p) => p.name);
      const grants = calls(fn.body).filter((c) => c.name === 'invoke' && c.receiver.replace(/[?!]/g, '') === callback && c.args.length === 3);
      const allowing = grants.filter((g) => g.args[1].text === 'true' || ctx.constValue(g.args[1]) === true);
      if (allowing.length === 0) return;
      if (originChecked(fn.body, origin, grants.map((g) => g.node))) return;
      for (const g of allowing) {
        const allow = g.args[1];
        ctx.report({
          at: allow,
          messageId: 'grantAll',
          fixes: [{ title: 'Deny geolocation (allow = false)', kind: 'suggestion', edits: [ctx.fix.replace(allow, 'false')] }],
        });
      }
    },
  },
});
