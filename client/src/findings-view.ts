// The "Findings" tree view: the server groups what is shown now (open files and the last workspace scan) by
// ITU DFS category, MASVS control, rule or file (dfsGuard/findings); this view only renders it, with counts,
// a badge, and click-to-navigate.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FINDINGS, type FindingGroup, type FindingLeaf, type GroupBy } from '../../server/src/lsp/protocol';

type Node = { group: FindingGroup } | { leaf: FindingLeaf; groupBy: GroupBy };

export const GROUP_LABELS: Record<GroupBy, string> = {
  itu: 'ITU DFS category',
  masvs: 'MASVS control',
  rule: 'Rule',
  file: 'File',
};

export class FindingsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<Node>;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly state: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.view = vscode.window.createTreeView('dfsGuard.findings', { treeDataProvider: this, showCollapseAll: true });
    this.updateTitle();
  }

  get groupBy(): GroupBy {
    return this.state.get<GroupBy>('dfsGuard.findings.groupBy') ?? 'itu';
  }

  async setGroupBy(g: GroupBy): Promise<void> {
    await this.state.update('dfsGuard.findings.groupBy', g);
    this.updateTitle();
    this.refresh();
  }

  private updateTitle(): void {
    this.view.description = `by ${GROUP_LABELS[this.groupBy]}`;
  }

  /** Debounced: status notifications arrive after every analysis. */
  refresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(undefined), 300);
  }

  setCount(findings: number): void {
    this.view.badge = findings > 0 ? { value: findings, tooltip: `${findings} DFS Guard finding${findings === 1 ? '' : 's'}` } : undefined;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node && 'group' in node) return node.group.findings.map((leaf) => ({ leaf, groupBy: this.groupBy }));
    if (node) return [];
    const c = this.client();
    if (!c || !c.isRunning()) return [];
    try {
      const groups = await c.sendRequest<FindingGroup[]>(FINDINGS, { groupBy: this.groupBy });
      return groups.map((group) => ({ group }));
    } catch (err) {
      this.log.warn(`findings view: ${err instanceof Error ? err.message : String(err)}`);
      return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('group' in node) {
      const g = node.group;
      const item = new vscode.TreeItem(g.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${g.count}${g.description ? ` · ${g.description}` : ''}`;
      item.tooltip = `${g.label}: ${g.count} finding${g.count === 1 ? '' : 's'}`;
      item.id = `${this.groupBy}:${g.key}`;
      if (this.groupBy === 'file') item.resourceUri = vscode.Uri.parse(g.key);
      item.contextValue = 'dfsGuardGroup';
      return item;
    }
    const f = node.leaf;
    const uri = vscode.Uri.parse(f.uri);
    const item = new vscode.TreeItem(f.message.length > 120 ? `${f.message.slice(0, 117)}…` : f.message, vscode.TreeItemCollapsibleState.None);
    const where = `${vscode.workspace.asRelativePath(uri)}:${f.range.start.line + 1}`;
    item.description = node.groupBy === 'file' ? `${f.ruleId} · line ${f.range.start.line + 1}` : `${f.ruleId} · ${where}`;
    item.tooltip = new vscode.MarkdownString().appendText(`${f.ruleId} (${f.severity})\n${where}\n\n${f.message}`);
    item.iconPath = new vscode.ThemeIcon(f.severity === 'critical' || f.severity === 'high' ? 'warning' : f.severity === 'medium' ? 'report' : 'info');
    const range = new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character);
    item.command = { title: 'Go to finding', command: 'vscode.open', arguments: [uri, { selection: range } satisfies vscode.TextDocumentShowOptions] };
    return item;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.view.dispose();
    this.changed.dispose();
  }
}
