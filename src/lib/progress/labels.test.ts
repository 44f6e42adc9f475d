import { describe, expect, it } from 'vitest';
import { paginatorLabel } from './labels';

describe('previous/next labels', () => {
  it('names a guide step by its number out of ten and its title', () => {
    expect(paginatorLabel('/guide/create-app', '1. Create a Backstage app')).toBe(
      'Step 1 of 10: Create a Backstage app',
    );
    expect(paginatorLabel('/docs-base/guide/sign-in-with-github', 'x')).toBe(
      'Step 4 of 10: Sign in with GitHub',
    );
  });

  it('names the finish page, and leaves other pages as they are', () => {
    expect(paginatorLabel('/finish', 'What you built')).toBe('Finish: What you built');
    expect(paginatorLabel('/concepts', 'Concepts')).toBe('Concepts');
    expect(paginatorLabel('/guide', 'Step-by-step guide')).toBe('Step-by-step guide');
  });
});
