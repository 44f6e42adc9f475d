import React from 'react';
import Link from '@docusaurus/Link';
import { parseRichText, type RichNode } from '@site/src/lib/troubleshooting/richText';

function renderNodes(nodes: readonly RichNode[]): React.ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'bold':
        return <strong key={i}>{renderNodes(node.children)}</strong>;
      case 'link':
        return node.href.startsWith('https://') ? (
          <a key={i} href={node.href} rel="noopener noreferrer">
            {renderNodes(node.children)}
          </a>
        ) : (
          <Link key={i} to={node.href}>
            {renderNodes(node.children)}
          </Link>
        );
    }
  });
}

/**
 * Renders the troubleshooting data's rich text (code spans, bold, links; see
 * `RichText` in `src/data/troubleshooting/types.ts`) as inline elements. Site
 * links go through Docusaurus `Link`, so the build checks them.
 *
 * @param props.text rich text; anything else in it stays literal text
 */
export default function TroubleshootingRichText({ text }: { text: string }): React.JSX.Element {
  return <>{renderNodes(parseRichText(text))}</>;
}
