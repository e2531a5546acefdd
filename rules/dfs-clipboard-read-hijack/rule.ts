// Rule: clipboard contents read automatically (onResume, onWindowFocusChanged, onStart…) into recipient,
// account, wallet or amount inputs, where a clipboard-swapping app decides who gets paid.
import type { Node } from 'web-tree-sitter';
import { defineRule } from '../../server/src/engine/rule';
import { splitWords } from '../../server/src/engine/sensitive';

/** Lifecycle callbacks that run without a user gesture. */
const AUTO = /^(onResume|onPostResume|onStart|onWindowFocusChanged|onCreate|onViewCreated|onCreateView|onActivityCreated|onAttach|onNewIntent|onRestart)$/;
/** Words naming a payment destination or an amount input. */
const TARGET = new Set(['recipient', 'receiver', 'payee', 'beneficiary', 'account', 'acct', 'wallet', 'amount', 'msisdn', 'phone', 'mobile', 'iban', 'till', 'merchant', 'destination', 'paybill', 'number', 'to', 'address']);
/** Nested code that only runs on a user gesture: click listeners and their lambdas. */
const USER_ACTION = /^(setOnClickListener|setOnLongClickListener|setOnMenuItemClickListener|clickable|onClick|onLongClick|setPositiveButton|setOnTouchListener|onMenuItemClick|onOptionsItemSelected)$/;

function isUserActionScope(n: Node): boolean {
  if (n.type === 'lambda_literal' || n.type === 'lambda_expression' || n.type === 'object_creation_expression' || n.type === 'object_literal') {
    // setOnClickListener { … }, setOnClickListener(v -> …), new View.OnClickListener() { … }
    const call = n.type === 'lambda_literal' ? (n.parent?.type === 'annotated_lambda' ? n.parent.parent : n.parent?.parent) : n.parent?.parent;
    const callText = call?.text.slice(0, 200) ?? '';
    if (/\b(setOn\w*Click\w*Listener|clickable|setPositiveButton|OnClickListener)\b/.test(callText.split(/[{(]/)[0] + callText.slice(0, 60))) return true;
    if (/OnClickListener|OnLongClickListener/.test(n.text.slice(0, 80))) return true;
  }
  if ((n.type === 'method_declaration' || n.type === 'function_declaration') && USER_ACTION.test(n.childForFieldName('name')?.text ?? '')) return true;
  return false;
}

function clipboardReads(body: Node): Node[] {
  const out: Node[] = [];
  const visit = (n: Node) => {
    if (n !== body && isUserActionScope(n)) return;
    if ((n.type === 'identifier' || n.type === 'simple_identifier') && (n.text === 'primaryClip' || n.text === 'getPrimaryClip')) out.push(n);
    for (const c of n.namedChildren) if (c) visit(c);
  };
  visit(body);
  return out;
}

function isTargetName(name: string): boolean {
  const words = splitWords(name);
  if (words.length === 1 && (words[0] === 'to' || words[0] === 'number' || words[0] === 'address')) return false;
  return words.some((w) => TARGET.has(w) && w !== 'to' && w !== 'number' && w !== 'address') ||
    (words.includes('number') && words.some((w) => w === 'phone' || w === 'account' || w === 'card'));
}

/** `etRecipient.setText(…)`, `etAmount.text = …`, `binding.recipient.setText(…)`, `recipientField = …` outside click handlers. */
function writesTarget(body: Node): boolean {
  let found = false;
  const visit = (n: Node) => {
    if (found || (n !== body && isUserActionScope(n))) return;
    const t = n.text;
    if (n.type === 'method_invocation' || n.type === 'call_expression') {
      const m = /([A-Za-z_]\w*)\s*\??\.\s*(setText|append|setValue|postValue|emit|update)\s*\(/.exec(t.split('\n')[0]);
      if (m && isTargetName(m[1])) found = true;
    }
    if (n.type === 'assignment' || n.type === 'assignment_expression') {
      const left = n.childForFieldName('left')?.text ?? '';
      const parts = left.split('.');
      const last = parts.at(-1) ?? '';
      const owner = parts.at(-2) ?? '';
      if (isTargetName(last) || ((last === 'text' || last === 'value') && isTargetName(owner))) found = true;
    }
    for (const c of n.namedChildren) if (c) visit(c);
  };
  visit(body);
  return found;
}

export default defineRule({
  id: 'dfs-clipboard-read-hijack',
  meta: {
    title: 'Clipboard auto-filled into a recipient, account or amount field',
    description: 'Flags clipboard reads in lifecycle callbacks (onResume, onWindowFocusChanged, onStart…) that fill recipient, account, wallet or amount inputs without a user gesture.',
    severity: 'medium',
    messages: {
      autoPaste: 'The clipboard is read in {{fn}}() and written into a payment field: any app can put a number on the clipboard (clipboard-swapping malware replaces copied wallet and account numbers), so the customer pays whoever set it last; paste only when the user taps a paste button and show the resolved payee name before confirming.',
    },
    tags: {
      cwe: [200, 451],
      masvs: ['MASVS-PLATFORM-3'],
      owaspMobile2024: ['M6'],
      maswe: ['unauthenticated-ipc'],
      ituBp: ['DH-4'],
    },
    fix: 'guidance',
    files: ['java', 'kotlin'],
    dfsSpecific: true,
  },
  on: {
    function(fn, ctx) {
      if (!AUTO.test(fn.name) || !fn.body) return;
      const reads = clipboardReads(fn.body);
      if (reads.length === 0 || !writesTarget(fn.body)) return;
      ctx.report({ at: reads[0], messageId: 'autoPaste', data: { fn: fn.name } });
    },
  },
});
