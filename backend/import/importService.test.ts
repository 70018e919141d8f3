import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { newArticle } from '../../core/article/schema';
import { exportDocx } from '../../formats/docx/docxExport';
import { makePng } from '../../testing/docxTestSupport';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { AssetStore } from '../store/assetStore';
import { ImportService } from './importService';

let dir: string;
let cleanup: () => Promise<void>;
let imports: ImportService;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDataDir());
  await mkdir(join(dir, 'assets'));
  imports = new ImportService(new AssetStore(join(dir, 'assets')), () => new Date('2026-11-29T12:00:00.000Z'), randomUUID);
});
afterEach(async () => cleanup());

describe('ImportService: a Word file’s picture', () => {
  it('stores the picture as the lead image’s asset and keeps the caption, credit and their suggestions the importer read', async () => {
    const article = newArticle(randomUUID(), new Date('2026-11-29T09:00:00.000Z'), {
      headline: 'Floods',
      leadImage: { asset: null, caption: 'The road at Ashby', credit: 'Kim Ray/Reuters', alt: 'Water over a road' },
    });
    article.review.fields.credit = { base: 'Kim Ray', author: 'Ann Desk', date: '2026-11-29T10:00:00.000Z' };
    const path = join(dir, 'floods.docx');
    const png = makePng(40, 20);
    await writeFile(path, await exportDocx(article, { now: new Date(), image: { href: 'p.png', mimeType: 'image/png', bytes: png } }));
    const [outcome] = await imports.fromPaths([path]);
    if (!outcome?.ok) throw new Error(outcome?.message);
    expect(outcome.draft.warnings.filter((w) => w.field === 'leadImage')).toEqual([]);
    expect(outcome.draft.article.leadImage).toEqual({
      asset: expect.stringMatching(/^[0-9a-f]{64}\.png$/),
      caption: 'The road at Ashby',
      credit: 'Kim Ray/Reuters',
      alt: 'Water over a road',
    });
    expect(outcome.draft.article.review.fields.credit).toEqual(article.review.fields.credit);
  });
});
