import { type ComponentType, type ElementType, type MouseEvent, type ReactNode } from 'react';
import { useHistory } from '@docusaurus/router';
import { clientNavigationTarget, isStaticTree } from '@site/src/lib/staticContent';
import { useServerMarkup } from './serverMarkup';

/** The attribute that names a block so hydration can find its server markup. */
const MARKER = 'data-static';

/** A block's props as MDX passes them: children plus the element's attributes. */
export type StaticBlockProps = { children?: ReactNode } & Record<string, unknown>;

/**
 * Makes an MDX block element (`p`, `ul`, `ol`, `table`, `blockquote`) that
 * keeps the server's markup when the page hydrates, when nothing in it needs
 * React.
 *
 * Hydrating a guide step builds a React fiber for every element and text of
 * its article, about three times the template's whole page, though nearly
 * all of it is text that never changes. A static block being hydrated renders
 * its element with the server's inner HTML instead (`dangerouslySetInnerHTML`,
 * read from the block itself, found by its `useId()`; React adopts it as it
 * is), so none of its content becomes fibers. A block is static when
 * `isStaticTree` accepts its children with `allowed`: text, intrinsic
 * elements, inline code, links, list items and nested static blocks; one
 * "your setup" value, tab or other component anywhere inside and the block
 * hydrates as usual. So does every block rendered after hydration (a page
 * reached by a link), which has no server markup.
 *
 * A link inside server markup is a plain `<a>`: a click on one to another
 * page of the site is turned into a client-side navigation
 * (`clientNavigationTarget`), as `@docusaurus/Link` would do.
 *
 * @param As the element or component to render (it must pass its props to
 *   its DOM element, as `p` and theme-classic's `MDXComponents/Ul` do)
 * @param allowed which components may appear inside a static block (see
 *   `isStaticTree`)
 * @returns the MDX component
 */
export function staticBlock(
  As: ElementType,
  allowed: (type: unknown, props: { children?: unknown }) => boolean,
): ComponentType<StaticBlockProps> {
  function StaticBlock({ children, ...props }: StaticBlockProps): ReactNode {
    const history = useHistory();
    // During hydration, the server's markup of this very block (when it is static).
    const { marker, html } = useServerMarkup(MARKER, {
      enabled: isStaticTree(children, allowed),
    });
    if (html === null)
      return (
        <As {...props} {...marker}>
          {children}
        </As>
      );

    const onClick = (event: MouseEvent<HTMLElement>) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (link === null || event.defaultPrevented) return;
      const path = clientNavigationTarget(
        {
          href: link.href,
          target: link.target,
          download: link.hasAttribute('download'),
          button: event.button,
          modifier: event.metaKey || event.ctrlKey || event.shiftKey || event.altKey,
        },
        window.location.href,
      );
      if (path === null) return;
      event.preventDefault();
      history.push(path);
    };
    return (
      <As {...props} {...marker} onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />
    );
  }
  StaticBlock.displayName = `StaticBlock(${typeof As === 'string' ? As : 'component'})`;
  return StaticBlock;
}
