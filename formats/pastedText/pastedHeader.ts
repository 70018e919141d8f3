import type { ImportWarning } from '../../core/import/importTypes';
import type { CaptionLine } from './caption';
import type { TimeLine } from './timeLine';
import type { PasteLine } from './text';

/** What the top of a pasted page says: the fields above the body, and the lines that were not fields. */
export interface PastedHeader {
  section: string;
  headline: string;
  standfirst: string;
  byline: string;
  caption: CaptionLine | null;
  times: TimeLine[];
  /** The page's own read-time line, as printed; dropped from the article since read time is computed. */
  readTime: string | null;
  /** Index of the first line of the body proper. */
  bodyStart: number;
  /** Lines found among the header that are not header fields; they open the body so nothing is lost. */
  leadingBody: PasteLine[];
  warnings: ImportWarning[];
}
