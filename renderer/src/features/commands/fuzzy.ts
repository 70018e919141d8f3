import { commandPath, paletteCommands, paletteLabel, type CommandSpec } from '../../../../core/commands/registry';

/**
 * The palette's filter: every typed character must appear in order in the label (or, scoring less, in
 * the menu path or a keyword), so "svr" finds "Save Version". Matches at word starts and in runs score
 * higher, so the obvious command is first.
 */
export interface Match {
  command: CommandSpec;
  score: number;
  /** Indexes of matched characters in the label, for highlighting; empty when a keyword matched. */
  positions: number[];
}

const LABEL_BONUS = 2;
const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * The best subsequence score for `query` in `text`, or null when it is not a subsequence. A search over
 * all placements (labels are short) rather than leftmost-greedy, so "sv" lands on "Save Version"'s two
 * word starts instead of the "S" and "v" of "Save".
 */
export function fuzzyScore(query: string, text: string): { score: number; positions: number[] } | null {
  const q = [...normalise(query).replace(/\s+/g, '')];
  const t = normalise(text);
  if (!q.length) return { score: 0, positions: [] };
  const memo = new Map<number, { score: number; positions: number[] } | null>();
  const best = (qi: number, prev: number): { score: number; positions: number[] } | null => {
    if (qi === q.length) return { score: 0, positions: [] };
    const key = qi * (t.length + 1) + prev + 1;
    if (memo.has(key)) return memo.get(key)!;
    let found: { score: number; positions: number[] } | null = null;
    for (let at = t.indexOf(q[qi]!, prev + 1); at >= 0; at = t.indexOf(q[qi]!, at + 1)) {
      const rest = best(qi + 1, at);
      if (!rest) break;
      const wordStart = at === 0 || /[\s\-›/(]/.test(t[at - 1]!);
      const run = prev >= 0 && at === prev + 1;
      const gain = 1 + (wordStart ? 8 : 0) + (run ? 5 : 0) - Math.min(at - prev - 1, 6) * 0.5;
      if (!found || gain + rest.score > found.score) found = { score: gain + rest.score, positions: [at, ...rest.positions] };
    }
    memo.set(key, found);
    return found;
  };
  const result = best(0, -1);
  // Of two equal matches, the shorter label is the more specific one.
  return result && { score: result.score - t.length * 0.05, positions: result.positions };
}

export function filterCommands(query: string, commands: readonly CommandSpec[] = paletteCommands()): Match[] {
  if (!query.trim()) return commands.map((command) => ({ command, score: 0, positions: [] }));
  const matches: Match[] = [];
  for (const command of commands) {
    const label = fuzzyScore(query, paletteLabel(command));
    const other = [commandPath(command), ...(command.keywords ?? [])]
      .map((text) => fuzzyScore(query, text)?.score ?? -Infinity)
      .reduce((a, b) => Math.max(a, b), -Infinity);
    // The label wins a tie; a strong keyword ("status") beats letters scattered through a label.
    if (label && label.score + LABEL_BONUS >= other)
      matches.push({ command, score: label.score + LABEL_BONUS, positions: label.positions });
    else if (other > -Infinity) matches.push({ command, score: other, positions: [] });
  }
  // A stable sort keeps registry order among equals, which follows the menus.
  return matches.sort((a, b) => b.score - a.score);
}
