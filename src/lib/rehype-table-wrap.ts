/**
 * Wraps every Markdown table in a focusable, labelled scroll region, so wide tables scroll
 * sideways on a phone instead of widening the page, and keyboard users can scroll them too.
 */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export default function rehypeTableWrap() {
  return (tree: HastNode): void => {
    const visit = (node: HastNode): void => {
      if (!node.children) return;
      node.children = node.children.map((child) => {
        visit(child);
        if (child.type === 'element' && child.tagName === 'table') {
          return {
            type: 'element',
            tagName: 'div',
            properties: { className: ['table-wrap'], tabIndex: 0, role: 'region', ariaLabel: 'Table (scrolls sideways on small screens)' },
            children: [child],
          };
        }
        return child;
      });
    };
    visit(tree);
  };
}
