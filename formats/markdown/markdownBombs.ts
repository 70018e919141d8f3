import { BODY_LIMITS } from '../../core/article/bodySchema';
import { ImportError } from '../../core/import/importTypes';

const LONG_RUN = /([*_~`])\1{255}/;
// One nesting level a token: a quote marker, a list bullet or number, or four columns of indentation.
const CONTAINER = /^(?:>\s?|[-*+]\s+|\d{1,9}[.)]\s+| {4}|\t)/;

/**
 * Markdown that no article needs but that makes a parser recurse or backtrack for minutes: lines nested
 * deeper than the body may be, and runs of hundreds of emphasis markers. Refused up front, in linear
 * time, before marked sees the text.
 */
export function refuseMarkdownBombs(markdown: string): void {
  if (LONG_RUN.test(markdown)) {
    throw new ImportError(
      'too_large',
      'This Markdown has a run of hundreds of *, _, ~ or ` characters, which no article needs. Remove it and import again.',
    );
  }
  for (const line of markdown.split('\n')) {
    let rest = line;
    let depth = 0;
    while (depth <= BODY_LIMITS.maxDepth) {
      const match = CONTAINER.exec(rest);
      if (!match) break;
      rest = rest.slice(match[0].length);
      depth += 1;
    }
    if (depth > BODY_LIMITS.maxDepth) {
      throw new ImportError(
        'too_large',
        `This Markdown nests quotes or lists more than ${BODY_LIMITS.maxDepth} levels deep. Flatten it and import again.`,
      );
    }
  }
}
