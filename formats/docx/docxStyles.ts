import {
  AlignmentType,
  BorderStyle,
  LevelFormat,
  type ILevelsOptions,
  type INumberingOptions,
  type IStylesOptions,
  type NumberingDefinition,
} from 'docx';

/** A4 with one-inch margins, in twips (1/1440 in); the size most newsrooms outside the US print on. */
export const PAGE = { width: 11906, height: 16838, margin: 1440 } as const;

const TWIPS_PER_PIXEL = 1440 / 96;
/** The text column in docx's image units (pixels at 96 to the inch), which a lead image is fitted to. */
export const CONTENT_WIDTH_PX = Math.floor((PAGE.width - 2 * PAGE.margin) / TWIPS_PER_PIXEL);
export const CONTENT_HEIGHT_PX = Math.floor((PAGE.height - 2 * PAGE.margin) / TWIPS_PER_PIXEL);

/**
 * Paragraph style ids. Title, Subtitle, Quote and Caption carry Word's own built-in names, so Word lists
 * them as its styles and a house template applied later restyles them; the rest are ours.
 */
export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  quote: 'Quote',
  caption: 'Caption',
  sectionLabel: 'SectionLabel',
  byline: 'Byline',
  dateline: 'Dateline',
  code: 'CodeBlock',
  related: 'RelatedTeaser',
  source: 'SourceLine',
  hyperlink: 'Hyperlink',
  /** A character style: the credit inside the Caption paragraph. */
  credit: 'PhotoCredit',
  /** Kill, withdrawal and embargo lines at the top; correction, clarification and update notes at the end. */
  notice: 'NewsroomNotice',
  note: 'NewsroomNote',
} as const;

export const ACCENT = 'B3261E';
const MUTED = '595959';
export const MONOSPACE = 'Consolas';

export const LIST = { bullet: 'copydesk-bullet', decimal: 'copydesk-decimal' } as const;
/** Word has nine list levels; deeper nesting stays at the last one. */
export const MAX_LIST_LEVEL = 8;

const INDENT_STEP = 360;
const levelIndent = (level: number) => ({ left: INDENT_STEP * 2 * (level + 1), hanging: INDENT_STEP });
/** Where a list item's second paragraph lines up: under the item's text, past the marker. */
export const listTextIndent = (level: number) => INDENT_STEP * 2 * (level + 1);

const BULLETS = ['\u2022', '\u25e6', '\u25aa'];

function bulletLevels(): ILevelsOptions[] {
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => ({
    level,
    format: LevelFormat.BULLET,
    text: BULLETS[level % BULLETS.length]!,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: levelIndent(level) } },
  }));
}

function decimalLevels(start: number): ILevelsOptions[] {
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => ({
    level,
    format: LevelFormat.DECIMAL,
    text: `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    // Only the list's own level starts elsewhere; the lists nested in it count from 1 as in HTML.
    start: level === 0 ? start : 1,
    style: { paragraph: { indent: levelIndent(level) } },
  }));
}

export function numbering(): INumberingOptions {
  return {
    config: [
      { reference: LIST.bullet, levels: bulletLevels() },
      { reference: LIST.decimal, levels: decimalLevels(1) },
    ],
  };
}

/** An ordered list that starts at another number (`<ol start="5">`) needs a definition of its own. */
export function decimalList(start: number): string | NumberingDefinition {
  return start === 1 ? LIST.decimal : { reference: `${LIST.decimal}-from-${start}`, levels: decimalLevels(start) };
}

export function styles(language: string, rtl = false): IStylesOptions {
  const quiet = { basedOn: 'Normal', next: 'Normal', quickFormat: true } as const;
  return {
    default: {
      // The language drives Word's spelling and hyphenation for the whole story; Word reads a
      // right-to-left language from the complex-script slot (w:lang w:bidi).
      document: {
        run: { language: { value: language, ...(rtl ? { bidirectional: language } : {}) } },
        paragraph: { spacing: { after: 160, line: 276 } },
      },
      title: { run: { size: 52 }, paragraph: { spacing: { after: 120 } } },
      caption: { run: { italics: true, size: 18, color: MUTED }, paragraph: { spacing: { before: 60, after: 240 } } },
    },
    paragraphStyles: [
      { id: STYLE.subtitle, name: 'Subtitle', ...quiet, run: { size: 28, color: MUTED }, paragraph: { spacing: { after: 240 } } },
      {
        id: STYLE.quote,
        name: 'Quote',
        ...quiet,
        run: { italics: true, color: '404040' },
        paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 120, after: 120 } },
      },
      {
        id: STYLE.sectionLabel,
        name: 'Section Label',
        ...quiet,
        run: { smallCaps: true, bold: true, color: ACCENT, size: 20 },
        paragraph: { spacing: { after: 60 } },
      },
      { id: STYLE.byline, name: 'Byline', ...quiet, run: { bold: true, size: 20 }, paragraph: { spacing: { after: 0 } } },
      {
        id: STYLE.dateline,
        name: 'Dateline',
        ...quiet,
        run: { smallCaps: true, size: 20, color: MUTED },
        paragraph: { spacing: { after: 240 } },
      },
      { id: STYLE.code, name: 'Code Block', ...quiet, run: { font: MONOSPACE, size: 20 }, paragraph: { indent: { left: 360 } } },
      {
        id: STYLE.related,
        name: 'Related Teaser',
        ...quiet,
        run: { size: 20 },
        paragraph: { border: { left: { style: BorderStyle.SINGLE, size: 18, color: ACCENT, space: 8 } }, indent: { left: 240 } },
      },
      {
        id: STYLE.source,
        name: 'Source Line',
        ...quiet,
        run: { smallCaps: true, size: 18, color: MUTED },
        paragraph: { spacing: { before: 240 } },
      },
      {
        id: STYLE.notice,
        name: 'Newsroom Notice',
        ...quiet,
        run: { bold: true, color: ACCENT, size: 22 },
        paragraph: { spacing: { after: 120 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: ACCENT, space: 4 } } },
      },
      { id: STYLE.note, name: 'Newsroom Note', ...quiet, run: { italics: true, size: 20 }, paragraph: { spacing: { before: 120 } } },
    ],
    characterStyles: [{ id: STYLE.credit, name: 'Photo Credit', basedOn: 'DefaultParagraphFont', run: { smallCaps: true } }],
  };
}
