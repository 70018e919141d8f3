import type { LibraryFindGroup, LibraryFindResult, LibraryMatch } from '../../../../core/checks/replace/libraryFind';

/** A match's key in the preview's set of unticked items; an article's key is its id. */
export const matchKey = (id: string, m: Pick<LibraryMatch, 'field' | 'block' | 'from'>) => `${id}|${m.field}|${m.block}|${m.from}`;

/** The matches that will be replaced: ticked, in a ticked article, and not blocked. */
export function chosenOf(
  result: LibraryFindResult,
  excluded: ReadonlySet<string>,
): Array<{ group: LibraryFindGroup; matches: LibraryMatch[] }> {
  return result.groups.flatMap((group) => {
    if (excluded.has(group.id)) return [];
    const matches = group.matches.filter((m) => m.obstacle === null && !excluded.has(matchKey(group.id, m)));
    return matches.length > 0 ? [{ group, matches }] : [];
  });
}

export function chosenCounts(result: LibraryFindResult | null, excluded: ReadonlySet<string>): { matches: number; articles: number } {
  if (!result) return { matches: 0, articles: 0 };
  const chosen = chosenOf(result, excluded);
  return { matches: chosen.reduce((n, c) => n + c.matches.length, 0), articles: chosen.length };
}
