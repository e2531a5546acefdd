// Calls inside a subtree by name, for both grammars, without building full views (scope-wide look-ups).
import type { Node } from 'web-tree-sitter';

export interface ScopedCall {
  node: Node;
  /** Method name; a Kotlin property assignment `x.visibility = v` is presented as `setVisibility`. */
  name: string;
  args: Node[];
}

function kotlinArgs(call: Node): Node[] {
  const list = call.namedChildren.find((c) => c?.type === 'value_arguments');
  return (list?.namedChildren ?? [])
    .filter((a): a is Node => a !== null && a.type === 'value_argument')
    .map((a) => a.namedChildren.at(-1))
    .filter((a): a is Node => !!a);
}

/** Every call (and Kotlin/Java property assignment seen as a setter) under `scope`. */
export function callsIn(scope: Node): ScopedCall[] {
  const out: ScopedCall[] = [];
  for (const n of scope.descendantsOfType(['method_invocation', 'call_expression', 'assignment', 'assignment_expression'])) {
    if (!n) continue;
    if (n.type === 'method_invocation') {
      const name = n.childForFieldName('name')?.text;
      const args = n.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => a !== null && !a.type.endsWith('comment')) ?? [];
      if (name) out.push({ node: n, name, args });
    } else if (n.type === 'call_expression') {
      const callee = n.namedChildren[0];
      if (!callee) continue;
      const name = callee.type === 'identifier' ? callee.text : callee.type === 'navigation_expression' ? callee.lastNamedChild?.text : undefined;
      if (name) out.push({ node: n, name, args: kotlinArgs(n) });
    } else {
      const left = n.childForFieldName('left');
      const right = n.childForFieldName('right');
      if (!left || !right) continue;
      const prop = left.type === 'navigation_expression' ? left.lastNamedChild?.text : left.type === 'field_access' ? left.childForFieldName('field')?.text : left.text;
      if (!prop || !/^[a-z]\w*$/.test(prop)) continue;
      out.push({ node: n, name: `set${prop[0].toUpperCase()}${prop.slice(1)}`, args: [right] });
    }
  }
  return out;
}
