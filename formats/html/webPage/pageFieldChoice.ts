import type { Article } from '../../../core/article/schema';
import type { FieldReader, TextField } from '../../markdown/markdownImportFields';
import type { FieldSource, FieldSources, RecognisedField } from '../../../core/import/importTypes';

export type Candidates = ReadonlyArray<readonly [FieldSource, string | null | undefined]>;

/**
 * Fills fields from ranked candidates, JSON-LD first, then the page's metadata, then its markup, and
 * records where each value came from. The first candidate that is a usable value wins.
 */
export class FieldChoice {
  readonly fields: Partial<Article> = {};
  readonly recognised = new Set<RecognisedField>();
  readonly sources: FieldSources = {};

  constructor(private readonly reader: FieldReader) {}

  text(field: TextField, candidates: Candidates): string {
    for (const [source, value] of candidates) {
      if (!value?.trim()) continue;
      const text = this.reader.text(field, value);
      if (!text) continue;
      this.fields[field] = text;
      this.mark(field, source);
      return text;
    }
    return '';
  }

  /** The first candidate that reads as a date; only when none does is the first one reported. */
  published(candidates: Candidates): void {
    const given = candidates.filter(([, value]) => value?.trim());
    for (const [source, value] of given) {
      const text = compactDate(value!.trim());
      if (Number.isNaN(Date.parse(text))) continue;
      const iso = this.reader.published(text);
      if (!iso) continue;
      this.fields.publishedAt = iso;
      this.mark('publishedAt', source);
      return;
    }
    if (given[0]) this.reader.published(given[0][1]!.trim());
  }

  language(candidates: Candidates): void {
    for (const [source, value] of candidates) {
      if (!value?.trim()) continue;
      const tag = this.reader.language(value);
      if (!tag) continue;
      this.fields.language = tag;
      this.mark('language', source);
      return;
    }
  }

  tags(source: FieldSource, tags: readonly string[]): void {
    const clean = this.reader.tags([...tags]);
    if (!clean || clean.length === 0) return;
    this.fields.tags = clean;
    this.mark('tags', source);
  }

  mark(field: RecognisedField, source: FieldSource): void {
    this.recognised.add(field);
    this.sources[field] = source;
  }
}

/** "20170113000004" and "20170113", as some CMSs write their publish time, in ISO form (read as UTC). */
export function compactDate(text: string): string {
  const m = /^(\d{4})(\d\d)(\d\d)(?:(\d\d)(\d\d)(\d\d)?)?$/.exec(text);
  if (!m) return text;
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = m;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}Z`;
}

/** og:title often carries the site's name: "Storm closes schools | Example News". */
export function withoutSiteName(title: string, siteName: string): string {
  if (!title || !siteName) return title;
  const escaped = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return title
    .replace(new RegExp(`\\s+[|–—:-]\\s+${escaped}\\s*$`, 'i'), '')
    .replace(new RegExp(`^${escaped}\\s+[|–—:-]\\s+`, 'i'), '')
    .trim();
}
