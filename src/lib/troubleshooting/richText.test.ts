import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRichText, richTextLinks, richTextPlain } from './richText';

describe('parseRichText', () => {
  it('parses code spans, bold and links', () => {
    expect(parseRichText('Add `token` to **the integration** ([step 3](/guide/x#check)).')).toEqual(
      [
        { type: 'text', text: 'Add ' },
        { type: 'code', text: 'token' },
        { type: 'text', text: ' to ' },
        { type: 'bold', children: [{ type: 'text', text: 'the integration' }] },
        { type: 'text', text: ' (' },
        { type: 'link', href: '/guide/x#check', children: [{ type: 'text', text: 'step 3' }] },
        { type: 'text', text: ').' },
      ],
    );
  });

  it('parses code inside link labels and links inside bold', () => {
    expect(parseRichText('[`No token`](/troubleshooting#no-token-available)')).toEqual([
      {
        type: 'link',
        href: '/troubleshooting#no-token-available',
        children: [{ type: 'code', text: 'No token' }],
      },
    ]);
    expect(parseRichText('**see [docs](https://docs.github.com/en)**')).toEqual([
      {
        type: 'bold',
        children: [
          { type: 'text', text: 'see ' },
          {
            type: 'link',
            href: 'https://docs.github.com/en',
            children: [{ type: 'text', text: 'docs' }],
          },
        ],
      },
    ]);
  });

  it('keeps markup inside code spans literal', () => {
    expect(parseRichText('`**not bold** [x](/y)`')).toEqual([
      { type: 'code', text: '**not bold** [x](/y)' },
    ]);
  });

  it('leaves unclosed markup and unsafe targets as text', () => {
    expect(parseRichText('a ` b ** c [d](javascript:alert(1))')).toEqual([
      { type: 'text', text: 'a ` b ** c [d](javascript:alert(1))' },
    ]);
    expect(parseRichText('[d](http://insecure.example)')).toEqual([
      { type: 'text', text: '[d](http://insecure.example)' },
    ]);
    expect(parseRichText('arrays [0] and (1)')).toEqual([
      { type: 'text', text: 'arrays [0] and (1)' },
    ]);
  });

  it('lists link targets and plain text', () => {
    const text = 'Do **[a](/guide/a#b)** then [`c`](https://example.com/c).';
    expect(richTextLinks(text)).toEqual(['/guide/a#b', 'https://example.com/c']);
    expect(richTextPlain(text)).toBe('Do a then c.');
  });

  it('never loses characters of text without markup', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[`*[]/.test(s)),
        (s) => {
          expect(richTextPlain(s)).toBe(s);
        },
      ),
    );
  });

  it('never throws and only links to safe targets', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        for (const href of richTextLinks(s)) expect(href).toMatch(/^(\/|#|https:\/\/)/);
      }),
    );
  });
});
