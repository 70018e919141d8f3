import { describe, expect, it } from 'vitest';
import { paragraph } from '../article/bodySchema';
import { newArticle } from '../article/schema';
import { revisionIdFor, REVISION_ID_PATTERN, newestFirst } from './revisionMeta';
import { isBlankArticle, restoredContent, typingRevisionDue, TYPING_REVISION_INTERVAL_MS } from './revisionRules';

const NOW = new Date('2026-11-28T10:00:00.000Z');
const ago = (ms: number) => ({ createdAt: new Date(NOW.getTime() - ms).toISOString() });

describe('typingRevisionDue', () => {
  it('is due when there is no revision yet', () => expect(typingRevisionDue(undefined, NOW)).toBe(true));
  it('is not due within the interval', () => expect(typingRevisionDue(ago(TYPING_REVISION_INTERVAL_MS - 1), NOW)).toBe(false));
  it('is due once the interval has passed', () => expect(typingRevisionDue(ago(TYPING_REVISION_INTERVAL_MS), NOW)).toBe(true));
  it('takes the interval it is given', () => expect(typingRevisionDue(ago(1000), NOW, 500)).toBe(true));
  it('is due when the clock went backwards', () => expect(typingRevisionDue(ago(-60_000), NOW)).toBe(true));
  it('is due when the last date is unreadable', () => expect(typingRevisionDue({ createdAt: 'garbage' }, NOW)).toBe(true));
});

describe('isBlankArticle', () => {
  const id = '0b6c3c1e-6a4e-4c4f-9a57-2b1c4f1e9d10';
  it('is blank when freshly created', () => expect(isBlankArticle(newArticle(id, NOW))).toBe(true));
  it('is not blank with a headline', () => expect(isBlankArticle(newArticle(id, NOW, { headline: 'H' }))).toBe(false));
  it('is not blank with body words', () =>
    expect(isBlankArticle(newArticle(id, NOW, { body: { type: 'doc', content: [paragraph('one')] } }))).toBe(false));
});

describe('restoredContent', () => {
  it('brings back the words but keeps identity and workflow', () => {
    const id = '0b6c3c1e-6a4e-4c4f-9a57-2b1c4f1e9d10';
    const old = newArticle(id, new Date('2026-01-01T00:00:00.000Z'), { headline: 'Old', status: 'draft' });
    const current = {
      ...newArticle(id, new Date('2026-01-01T00:00:00.000Z'), {
        headline: 'New',
        status: 'published' as const,
        publishedAt: '2026-02-01T00:00:00.000Z',
      }),
      updatedAt: '2026-03-01T00:00:00.000Z',
    };
    expect(restoredContent(current, old)).toMatchObject({
      headline: 'Old',
      status: 'published',
      publishedAt: '2026-02-01T00:00:00.000Z',
      updatedAt: '2026-03-01T00:00:00.000Z',
    });
  });
});

describe('revision ids', () => {
  it('are file-name safe and sort by time', () => {
    const a = revisionIdFor(new Date('2026-11-28T10:00:00.001Z'), 'abcdef0123');
    const b = revisionIdFor(new Date('2026-11-28T10:00:00.010Z'), '000000');
    expect(a).toBe('20261128T100000001Z-abcdef');
    expect(REVISION_ID_PATTERN.test(a)).toBe(true);
    expect(REVISION_ID_PATTERN.test('../../etc/passwd')).toBe(false);
    expect(
      [
        { createdAt: '2026-11-28T10:00:00.001Z', revisionId: a },
        { createdAt: '2026-11-28T10:00:00.010Z', revisionId: b },
      ].sort(newestFirst)[0]?.revisionId,
    ).toBe(b);
  });
});
