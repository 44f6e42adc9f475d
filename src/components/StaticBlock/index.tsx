import { type ComponentType, type ElementType, type MouseEvent, type ReactNode } from 'react';
import { useHistory } from '@docusaurus/router';
import { clientNavigationTarget, isStaticTree } from '@site/src/lib/staticContent';
import { useServerMarkup } from './serverMarkup';

/** The attribute that names a block so hydration can find its server markup. */
const MARKER = 'data-static';

/** A block's props as MDX passes them: children plus the element's attributes. */
export type StaticBlockProps = { children?: ReactNode } & Record<string, unknown>;

/** Props of {@link Adopted}: the element to render, whether to adopt, its children and attributes. */
export type AdoptedProps = {
  as: ElementType;
  adopt: boolean;
  children?: ReactNode;
} & Record<string, unknown>;

/**
 * Renders `<As {...props}>{children}</As>`, except while the page hydrates
 * and `adopt` is true: then the element keeps the inner HTML the server sent
 * (`dangerouslySetInnerHTML`, read from the element itself, found by its
 * `useId()`; React adopts it as it is), so none of its content becomes React
 * fibers. Anything rendered after hydration (a page reached by a link) has no
 * server markup and renders its children. When `adopt` turns false later,
 * the children replace the adopted markup.
 *
 * A link inside adopted markup is a plain `<a>`: a click on one to another
 * page of the site becomes a client-side navigation
 * (`clientNavigationTarget`), as `@docusaurus/Link` would do.
 *
 * Used by static blocks (below), the step header's list of steps while no
 * step is done, and the parts of the page a phone never shows
 * (`src/theme/DocSidebar/Desktop`, `src/theme/TOC`).
 *
 * @param props.as the element or component to render (a component must pass
 *   its props to its DOM element)
 * @param props.adopt whether the server's markup may be kept; it must give
 *   the markup the children would render
 */
export function Adopted({ as: As, adopt, children, ...props }: AdoptedProps): ReactNode {
  const history = useHistory();
  const { marker, html } = useServerMarkup(MARKER, { enabled: adopt });
  if (html === null || !adopt)
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
  return <As {...props} {...marker} onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />;
}

/**
 * Makes an MDX block element (`p`, `ul`, `ol`, `table`, `blockquote`) that
 * keeps the server's markup when the page hydrates (see {@link Adopted}),
 * when nothing in it needs React.
 *
 * Hydrating a guide step builds a React fiber for every element and text of
 * its article, about three times the template's whole page, though nearly
 * all of it is text that never changes. A block is static when
 * `isStaticTree` accepts its children with `allowed`: text, intrinsic
 * elements, inline code, links, list items and nested static blocks; one
 * "your setup" value, tab or other component anywhere inside and the block
 * hydrates as usual.
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
    return (
      <Adopted as={As} adopt={isStaticTree(children, allowed)} {...props}>
        {children}
      </Adopted>
    );
  }
  StaticBlock.displayName = `StaticBlock(${typeof As === 'string' ? As : 'component'})`;
  return StaticBlock;
}
