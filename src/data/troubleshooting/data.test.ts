import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../lib/troubleshooting/pattern';
import { richTextLinks } from '../../lib/troubleshooting/richText';
import { brokenLinkReason, siteAnchors } from '../../lib/troubleshooting/siteAnchors.testkit';
import { guideSteps } from '../guideSteps';
import { reproducedEntries } from './reproduced';
import { troubleAreas, troubleshootingEntries, troubleshootingEntry } from '.';
import type { TroubleshootingEntry } from './types';

const entries = troubleshootingEntries;
const byId = entries.map((e) => [e.id, e] as const);
const pages = siteAnchors();

/** Every rich-text field of an entry. */
function richTexts(entry: TroubleshootingEntry): string[] {
  return [
    entry.title,
    entry.where,
    entry.appliesTo,
    ...entry.causes.flatMap((c) => [c.cause, c.fix]),
    ...entry.messages.flatMap((m) => (m.versions ? [m.versions] : [])),
  ];
}

describe('the troubleshooting catalogue', () => {
  it('has at least 80 distinct entries with unique kebab-case ids', () => {
    expect(entries.length).toBeGreaterThanOrEqual(80);
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const titles = entries.map((e) => e.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('has no entry id equal to an area id (both are anchors on the page)', () => {
    const areas = new Set(troubleAreas.map((a) => a.area));
    for (const entry of entries) expect(areas.has(entry.area)).toBe(true);
    for (const entry of entries) expect(areas.has(entry.id as never)).toBe(false);
  });

  it('looks entries up by id and refuses unknown ids', () => {
    expect(troubleshootingEntry('unknown-auth-provider').area).toBe('sign-in');
    expect(() => troubleshootingEntry('no-such-entry')).toThrow(RangeError);
  });

  it.each(byId)('%s is complete', (_id, entry) => {
    expect(entry.causes.length).toBeGreaterThanOrEqual(1);
    expect(entry.preventedBy.length).toBeGreaterThanOrEqual(1);
    expect(entry.sources.length).toBeGreaterThanOrEqual(1);
    if (entry.kind === 'message') expect(entry.messages.length).toBeGreaterThanOrEqual(1);
    else expect(entry.symptoms?.length ?? 0).toBeGreaterThanOrEqual(1);
    for (const cause of entry.causes) {
      expect(cause.cause.trim()).not.toBe('');
      expect(cause.fix.trim()).not.toBe('');
    }
  });

  it.each(byId)('%s names where it comes from', (_id, entry) => {
    const threads = entry.sources.filter(
      (s) => s.kind === 'issue' || s.kind === 'pull' || s.kind === 'discussion',
    );
    const packages = entry.sources.filter((s) => s.kind === 'package');
    // A real problem names a thread where someone hit it; a message only
    // provoked by the real-backend suite may name the package file instead.
    expect(
      threads.length > 0 || (packages.length > 0 && entry.reproduced !== undefined),
      `${entry.id} needs an issue, pull request or discussion (or a package file and a reproducing test)`,
    ).toBe(true);
    for (const source of entry.sources) {
      if (source.kind === 'package') {
        expect(source.package).toMatch(/^(@[a-z0-9-]+\/)?[a-z0-9.-]+$/);
        expect(source.version).toMatch(/^\d+\.\d+\.\d+/);
        expect(source.file).not.toBe('');
      } else if (source.kind === 'docs') {
        expect(source.url).toMatch(/^https:\/\/[\w.-]+\//);
        expect(source.title).not.toBe('');
      } else {
        expect(source.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
        expect(Number.isInteger(source.number) && source.number > 0).toBe(true);
      }
    }
    for (const message of entry.messages) {
      if (message.printedBy.kind === 'package') {
        expect(message.printedBy.version).toMatch(/^\d+\.\d+\.\d+/);
      }
    }
  });

  it.each(byId)("%s's guide steps and links resolve to real pages and headings", (_id, entry) => {
    for (const ref of entry.preventedBy) {
      const step = guideSteps.find((s) => s.number === ref.step);
      expect(step, `step ${ref.step}`).toBeDefined();
      const href = ref.anchor ? `${step?.path}#${ref.anchor}` : (step?.path ?? '');
      expect(brokenLinkReason(href, pages)).toBeUndefined();
    }
    for (const text of richTexts(entry)) {
      for (const href of richTextLinks(text)) {
        if (href.startsWith('https://')) continue;
        expect(href, `${entry.id}: ${href}`).toMatch(/^\//);
        expect(brokenLinkReason(href, pages), href).toBeUndefined();
      }
    }
  });

  it.each(byId)("%s's patterns compile and match each of their examples", (_id, entry) => {
    for (const message of entry.messages) {
      const compiled = compilePattern(message.pattern);
      expect(message.examples.length).toBeGreaterThanOrEqual(1);
      for (const example of message.examples) {
        expect(compiled.exact.test(example), `${example}\n  ≠ ${message.pattern}`).toBe(true);
      }
    }
  });

  it.each(byId)("%s's related ids exist", (_id, entry) => {
    for (const id of entry.related ?? []) {
      expect(id).not.toBe(entry.id);
      expect(
        entries.some((e) => e.id === id),
        `${entry.id} relates to unknown ${id}`,
      ).toBe(true);
    }
  });

  it('marks every entry of reproduced.ts as reproduced or sourced', () => {
    for (const entry of reproducedEntries) {
      expect(entry.reproduced !== undefined || entry.sources.length > 0).toBe(true);
      if (entry.reproduced) {
        expect(entry.reproduced.backstage).toMatch(/\d+\.\d+\.\d+/);
        expect(entry.reproduced.test).not.toBe('');
      }
    }
  });
});
