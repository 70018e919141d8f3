import { commandPath, paletteCommands, type CommandSpec } from '../../../core/commands/registry';

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

const normalise = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** A subsequence score for `query` in `text`, or null when it is not a subsequence. */
export function fuzzyScore(query: string, text: string): { score: number; positions: number[] } | null {
  const q = normalise(query).replace(/\s+/g, '');
  const t = normalise(text);
  if (!q) return { score: 0, positions: [] };
  const positions: number[] = [];
  let score = 0;
  let from = 0;
  for (const char of q) {
    const at = t.indexOf(char, from);
    if (at < 0) return null;
    const wordStart = at === 0 || /[\s\-›/(]/.test(t[at - 1]!);
    const run = positions.length > 0 && positions.at(-1) === at - 1;
    score += 1 + (wordStart ? 8 : 0) + (run ? 5 : 0) - Math.min(at - from, 6) * 0.5;
    positions.push(at);
    from = at + 1;
  }
  // Of two equal matches, the shorter label is the more specific one.
  return { score: score - t.length * 0.05, positions };
}

export function filterCommands(query: string, commands: readonly CommandSpec[] = paletteCommands()): Match[] {
  if (!query.trim()) return commands.map((command) => ({ command, score: 0, positions: [] }));
  const matches: Match[] = [];
  for (const command of commands) {
    const label = fuzzyScore(query, command.label);
    if (label) {
      matches.push({ command, score: label.score + 20, positions: label.positions });
      continue;
    }
    const other = [commandPath(command), ...(command.keywords ?? [])]
      .map((text) => fuzzyScore(query, text))
      .filter((found): found is NonNullable<typeof found> => found !== null)
      .sort((a, b) => b.score - a.score)[0];
    if (other) matches.push({ command, score: other.score, positions: [] });
  }
  // A stable sort keeps registry order among equals, which follows the menus.
  return matches.sort((a, b) => b.score - a.score);
}
