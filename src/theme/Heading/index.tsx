import type { ReactNode } from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import { useAnchorTargetClassName } from '@docusaurus/theme-common';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type { Props as UpstreamProps } from '@theme/Heading';
import { Adopted } from '@site/src/components/StaticBlock';
import './styles.module.css';

/** Upstream's props, plus whether hydration may keep the server's markup. */
export interface Props extends UpstreamProps {
  /** True when the heading's content needs no React (see `src/theme/MDXComponents.tsx`). */
  readonly adopt?: boolean;
}

/**
 * A heading with its "#" link: `@docusaurus/theme-classic` 3.10.2's
 * `Heading` (ejected, with its global CSS), which can keep its server
 * markup at hydration ({@link Adopted}) when `adopt` is true, as Markdown
 * headings of text and inline code are. The "#" link is a plain `<a>`
 * then, which the browser follows within the page as Docusaurus's `Link`
 * would. A `h1`, or a heading without an id, is a plain element.
 *
 * @param props.as the heading element; `id` its anchor; `adopt` see above
 */
export default function Heading({ as: As, id, adopt = false, ...props }: Props): ReactNode {
  const brokenLinks = useBrokenLinks();
  const anchorTargetClassName = useAnchorTargetClassName(id);
  // A h1 needs no id: it is not in the table of contents.
  if (As === 'h1' || !id) return <As {...props} id={undefined} />;
  brokenLinks.collectAnchor(id);
  const anchorTitle = translate(
    {
      id: 'theme.common.headingLinkTitle',
      message: 'Direct link to {heading}',
      description: 'Title for link to heading',
    },
    { heading: typeof props.children === 'string' ? props.children : id },
  );
  return (
    <Adopted
      as={As}
      adopt={adopt}
      {...props}
      className={clsx('anchor', anchorTargetClassName, props.className)}
      id={id}
    >
      {props.children}
      <Link
        className="hash-link"
        to={`#${id}`}
        aria-label={anchorTitle}
        title={anchorTitle}
        translate="no"
      >
        &#8203;
      </Link>
    </Adopted>
  );
}
