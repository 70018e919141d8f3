import type { ImportDraft } from '../../../../api/contract';
import type { FieldSource, RecognisedField } from '../../../../core/import/importTypes';
import { textDirection } from '../../../../core/text/direction';
import { readRelatedTeaser, RELATED_TEASER } from '../../../../core/article/relatedTeaser';
import { bodyBlocks } from '../../../../core/text/bodyText';
import { articleStats } from '../../../../core/text/stats';
import { Modal } from '../../ui/Modal';
import { useImports } from './importStore';
import { countOf } from '../../../../core/text/plural';

/** Where a field was read, and what that means for checking it. */
const SOURCE_LABELS: Record<FieldSource, { label: string; hint: string }> = {
  'json-ld': {
    label: 'JSON-LD',
    hint: 'From the page’s structured data (schema.org JSON-LD), which the publisher writes for search engines: usually right.',
  },
  meta: { label: 'meta', hint: 'From the page’s meta tags (Open Graph, description, author): check for a site name or a shortened text.' },
  markup: { label: 'page', hint: 'Found in the page’s layout (a heading, a byline line, a caption): check it.' },
  text: { label: 'text', hint: 'Recognised from how the text is laid out: check it.' },
};

const FORMAT_NAMES = {
  text: 'pasted page text',
  markdown: 'Markdown',
  html: 'HTML',
  ninjs: 'IPTC ninjs',
  copydesk: 'Copydesk article',
  docx: 'Word document',
} as const;

/** Shows what the importer found, field by field, before anything is saved. */
export function ImportReviewDialog() {
  const draft = useImports((s) => s.queue[0]);
  const remaining = useImports((s) => s.queue.length);
  const { accept, discard } = useImports.getState();
  if (!draft) return null;
  return (
    <Modal
      title={`Review import: ${draft.fileName}`}
      wide
      onClose={discard}
      footer={
        <>
          {remaining > 1 && <span className="hint">{remaining - 1} more after this one</span>}
          <button type="button" className="button" onClick={discard}>
            Discard
          </button>
          <button type="button" className="button primary" onClick={() => void accept()}>
            Create article
          </button>
        </>
      }
    >
      <p className="hint">
        Read as {FORMAT_NAMES[draft.format]}. Highlighted fields were recognised in the source, each marked with where it was read (JSON-LD,
        meta, page, text); check them before saving.
      </p>
      {draft.warnings.length > 0 && (
        <ul className="import-warnings" aria-label="Warnings">
          {draft.warnings.map((w, i) => (
            <li key={i}>
              <strong>{w.field}:</strong> {w.message}
            </li>
          ))}
        </ul>
      )}
      <dl className="import-fields" data-testid="import-fields">
        {fieldRows(draft)}
      </dl>
    </Modal>
  );
}

function fieldRows(draft: ImportDraft) {
  const a = draft.article;
  const recognised = new Set<RecognisedField>(draft.recognised);
  const teasers = (a.body.content ?? []).filter((n) => n.type === RELATED_TEASER).map((n) => readRelatedTeaser(n));
  const paragraphs = bodyBlocks(a.body);
  const rows: Array<[string, RecognisedField, string]> = [
    ['Section', 'section', a.section],
    ['Headline', 'headline', a.headline],
    ['Standfirst', 'standfirst', a.standfirst],
    ['Byline', 'byline', a.byline],
    ['Dateline', 'dateline', a.dateline],
    ['Caption', 'caption', a.leadImage?.caption ?? draft.image?.caption ?? ''],
    ['Credit', 'credit', a.leadImage?.credit ?? draft.image?.credit ?? ''],
    ['Published', 'publishedAt', a.publishedAt ? new Date(a.publishedAt).toLocaleString() : ''],
    [
      'Body',
      'body',
      `${countOf(paragraphs.length, 'paragraph')}, ${countOf(articleStats(a).words, 'word')}: “${(paragraphs[0] ?? '').slice(0, 140)}…”`,
    ],
    ['Related', 'related', teasers.map((t) => (t.outlet ? `${t.outlet} - ${t.title}` : t.title)).join(' · ')],
    ['Source', 'source', a.source ? `SOURCE: ${a.source}` : ''],
    ['Tags', 'tags', a.tags.join(', ')],
    ['Language', 'language', textDirection(a.language) === 'rtl' ? `${a.language} (right to left)` : a.language],
  ];
  return rows
    .filter(([, , value]) => value !== '')
    .map(([label, key, value]) => (
      <div key={label} className={recognised.has(key) ? 'import-field recognised' : 'import-field'} data-field={key}>
        <dt>
          {label}
          {recognised.has(key) && draft.sources?.[key] && (
            <span className="field-source" data-source={draft.sources[key]} title={SOURCE_LABELS[draft.sources[key]].hint}>
              {SOURCE_LABELS[draft.sources[key]].label}
            </span>
          )}
        </dt>
        <dd>{value}</dd>
      </div>
    ));
}
