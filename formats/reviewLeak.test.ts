import { describe, expect, it } from 'vitest';
import { exportArticle as renderFormat } from './exporters';
import { DEFAULT_EXPORT_OPTIONS, type ExportFormat } from '../core/export/exportJob';
import { reviewedArticle } from './docx/reviewedArticle.fixtures';

const deps = { stylesheet: '', pdf: null };
const context = { now: new Date('2026-11-29T11:00:00.000Z') };
const publication: ExportFormat[] = ['html', 'md', 'txt', 'ninjs', 'nitf'];
const asText = (out: string | Uint8Array) => (typeof out === 'string' ? out : new TextDecoder().decode(out));

describe('publication formats never leak review marks', () => {
  it.each(publication)('%s refuses an article with open suggestions unless the user chose', async (format) => {
    await expect(renderFormat(format, reviewedArticle(), context, DEFAULT_EXPORT_OPTIONS, deps)).rejects.toThrow(
      /suggestions nobody has accepted or rejected/,
    );
  });

  it.each(publication)('%s as if all were accepted or rejected: clean text, the right words', async (format) => {
    const accepted = asText(
      await renderFormat(format, reviewedArticle(), context, { ...DEFAULT_EXPORT_OPTIONS, suggestions: 'accept' }, deps),
    );
    const rejected = asText(
      await renderFormat(format, reviewedArticle(), context, { ...DEFAULT_EXPORT_OPTIONS, suggestions: 'reject' }, deps),
    );
    for (const out of [accepted, rejected]) {
      expect(out).not.toMatch(/\u200B|insertion|deletion|Which bridge|Hold for legal|data-comment/);
      expect(out).not.toMatch(/<(ins|del)\b/);
    }
    expect(accepted).toContain('Tuesday');
    expect(accepted).not.toContain('Monday');
    expect(accepted).toContain('Mayor to reopen bridge');
    expect(rejected).toContain('Monday');
    expect(rejected).not.toContain('Tuesday');
    expect(rejected).toContain('Mayor reopens bridge');
  });

  it('Copydesk JSON and Word carry everything', async () => {
    const json = JSON.parse(asText(await renderFormat('json', reviewedArticle(), context, DEFAULT_EXPORT_OPTIONS, deps)));
    expect(json.review.comments).toHaveLength(3);
    expect(JSON.stringify(json.body)).toContain('"insertion"');
  });
});
