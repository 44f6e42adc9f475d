import { createElement, Fragment } from 'react';
import { describe, expect, test } from 'vitest';
import { clientNavigationTarget, isInlineCode, isStaticTree } from '.';

function Link(): null {
  return null;
}
function SetupText(): null {
  return null;
}
const allowed = (type: unknown) => type === Link || type === Fragment;
const h = createElement;

describe('isStaticTree', () => {
  test('text, numbers, nothing and intrinsic elements are static', () => {
    expect(
      isStaticTree(['Run ', h('code', null, 'yarn'), ' then ', 42, null, false], allowed),
    ).toBe(true);
    expect(isStaticTree(h('strong', null, h('em', null, 'deep')), allowed)).toBe(true);
  });

  test('an allowed component anywhere down keeps the tree static', () => {
    expect(
      isStaticTree(h('li', null, 'see ', h(Link, { href: '/x' } as object, 'step 2')), allowed),
    ).toBe(true);
    expect(isStaticTree(h(Fragment, null, 'a', h('br')), allowed)).toBe(true);
  });

  test('any other component, however deep, makes it dynamic', () => {
    const deep = h('ul', null, h('li', null, h('strong', null, 'org: ', h(SetupText))));
    expect(isStaticTree(deep, allowed)).toBe(false);
    expect(isStaticTree([h('p', null, 'x'), h(SetupText)], allowed)).toBe(false);
  });

  test('the allowed check sees the props, so it can refuse by content', () => {
    const onlyShortLinks = (type: unknown, props: { children?: unknown }) =>
      type === Link && typeof props.children === 'string' && props.children.length < 5;
    expect(isStaticTree(h(Link, null, 'ok'), onlyShortLinks)).toBe(true);
    expect(isStaticTree(h(Link, null, 'too long'), onlyShortLinks)).toBe(false);
  });

  test('anything that is not a React node is not static', () => {
    expect(isStaticTree(() => 'x', allowed)).toBe(false);
    expect(isStaticTree({ not: 'an element' }, allowed)).toBe(false);
    expect(isStaticTree(Symbol('x'), allowed)).toBe(false);
  });
});

describe('isInlineCode', () => {
  test('text without a line break is inline, as theme-classic decides', () => {
    expect(isInlineCode({ children: 'yarn start' })).toBe(true);
    expect(isInlineCode({ children: ['a', 'b'] })).toBe(true);
    expect(isInlineCode({ children: 'line 1\nline 2' })).toBe(false);
    expect(isInlineCode({ children: undefined })).toBe(false);
    expect(isInlineCode({ children: h('span') })).toBe(false);
  });

  test('break opportunities in a table identifier keep it inline', () => {
    expect(
      isInlineCode({ children: ['catalog.', h('wbr'), 'providers.', h('wbr'), 'github'] }),
    ).toBe(true);
    expect(isInlineCode({ children: ['a', h('br'), 'b'] })).toBe(false);
  });
});

describe('clientNavigationTarget', () => {
  const here = 'https://guide.example/guide/create-app';
  const click = (over: Partial<Parameters<typeof clientNavigationTarget>[0]>) => ({
    href: 'https://guide.example/guide/create-token#fine-grained',
    target: '',
    download: false,
    button: 0,
    modifier: false,
    ...over,
  });

  test('a plain click on a link to another page of the site navigates in the page', () => {
    expect(clientNavigationTarget(click({}), here)).toBe('/guide/create-token#fine-grained');
    expect(clientNavigationTarget(click({ href: '/reference?x=1', target: '_self' }), here)).toBe(
      '/reference?x=1',
    );
  });

  test('the browser keeps everything else', () => {
    expect(clientNavigationTarget(click({ href: 'https://github.com/settings' }), here)).toBeNull();
    expect(clientNavigationTarget(click({ target: '_blank' }), here)).toBeNull();
    expect(clientNavigationTarget(click({ download: true }), here)).toBeNull();
    expect(clientNavigationTarget(click({ modifier: true }), here)).toBeNull();
    expect(clientNavigationTarget(click({ button: 1 }), here)).toBeNull();
    expect(clientNavigationTarget(click({ href: '#prerequisites' }), here)).toBeNull();
    expect(clientNavigationTarget(click({ href: 'http://[bad' }), 'not a url')).toBeNull();
  });
});
