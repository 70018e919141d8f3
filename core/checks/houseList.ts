import { LineCounter, isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { SEVERITIES, type Severity } from './types';

/**
 * The desk's house list: a YAML file in the data folder, edited in Settings or by hand. `entries` are
 * preferred spellings (`find` → `use`) and banned words (no `use`); `rules` turns a built-in rule off or
 * changes its severity, so the news-style rules are the desk's to edit too.
 */
export const HOUSE_LIST_FILE = 'house-list.yaml';
export const HOUSE_LIST_LIMITS = { bytes: 4_000_000, entries: 20_000, phraseWords: 8 } as const;

const EntrySchema = z.strictObject({
  find: z.string().trim().min(1, 'needs a word or phrase to find').max(200),
  use: z.string().trim().max(200).optional(),
  severity: z.enum(SEVERITIES).default('warning'),
  note: z.string().max(500).optional(),
  caseSensitive: z.boolean().default(false),
});
const RuleSettingSchema = z.union([z.literal('off'), z.enum(SEVERITIES)]);
const FileSchema = z.strictObject({
  entries: z.array(z.unknown()).max(HOUSE_LIST_LIMITS.entries, `has more than ${HOUSE_LIST_LIMITS.entries} entries`).default([]),
  rules: z.record(z.string(), RuleSettingSchema).default({}),
});

export interface HouseEntry {
  find: string;
  use?: string;
  severity: Severity;
  note?: string;
  caseSensitive: boolean;
  /** 1-based line of the entry in the file, for messages. */
  line: number;
}

export type RuleSetting = z.infer<typeof RuleSettingSchema>;

export interface HouseList {
  entries: HouseEntry[];
  rules: Record<string, RuleSetting>;
  /** Problems that did not stop the list from loading (a duplicate entry: the later one wins). */
  notices: string[];
}

/** The house list as the app holds it: the list in use, the file's text, and why the file is not in use. */
export interface HouseListState {
  list: HouseList;
  source: string;
  error: string | null;
}

export type HouseListResult = { ok: true; list: HouseList } | { ok: false; line: number | null; message: string };

export const EMPTY_HOUSE_LIST: HouseList = { entries: [], rules: {}, notices: [] };

export const HOUSE_LIST_TEMPLATE = `# Copydesk house list: the desk's preferred spellings and banned words.
# find: the word or phrase to flag. use: what to write instead (leave it out to ban the word).
# severity: error, warning or suggestion. note: why, shown with the finding.
entries:
  - find: Kiev
    use: Kyiv
    severity: error
    note: Ukrainian spelling, used since 2019.
  - find: very unique
    severity: warning
    note: Unique is absolute.
# rules: turn a built-in rule off or change its severity, for example
#   punctuation.inside-quotes: off
rules: {}
`;

function lineOf(node: YamlNode | null | undefined, counter: LineCounter): number | null {
  const start = node?.range?.[0];
  return start === undefined ? null : counter.linePos(start).line;
}

/** Parses the house list. Any error names its line; the caller keeps the last good list in use. */
export function parseHouseList(source: string): HouseListResult {
  if (source.length > HOUSE_LIST_LIMITS.bytes)
    return {
      ok: false,
      line: null,
      message: `The house list is larger than ${HOUSE_LIST_LIMITS.bytes / 1_000_000} MB; split or shorten it.`,
    };
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0].line ?? (yamlError.pos[0] >= 0 ? counter.linePos(yamlError.pos[0]).line : null);
    const what = yamlError.code === 'DUPLICATE_KEY' ? 'a key appears twice in the same entry' : yamlError.message.split(' at line')[0]!;
    return { ok: false, line, message: `House list, line ${line ?? '?'}: ${what}.` };
  }
  const json: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
  const file = FileSchema.safeParse(json);
  if (!file.success) {
    const issue = file.error.issues[0]!;
    const node = doc.getIn(issue.path as Array<string | number>, true) as YamlNode | undefined;
    const line = lineOf(node, counter) ?? lineOf(doc.contents as YamlNode, counter);
    return { ok: false, line, message: `House list, line ${line ?? '?'}: ${issue.path.join('.') || 'the file'} ${issue.message}.` };
  }
  const entriesNode = doc.get('entries', true);
  const items = isSeq(entriesNode) ? entriesNode.items : [];
  const entries: HouseEntry[] = [];
  const seen = new Map<string, number>();
  const notices: string[] = [];
  for (const [index, raw] of file.data.entries.entries()) {
    const node = items[index] as YamlNode | undefined;
    const line = lineOf(node, counter) ?? 0;
    const entry = EntrySchema.safeParse(raw);
    if (!entry.success) {
      const issue = entry.error.issues[0]!;
      const field = issue.path[0];
      const fieldNode = isMap(node) && typeof field === 'string' ? (node.get(field, true) as YamlNode | undefined) : undefined;
      const at = lineOf(fieldNode, counter) ?? line;
      const what =
        issue.code === 'unrecognized_keys'
          ? `unknown key ${issue.keys.map((k) => `"${String(k)}"`).join(', ')} (use find, use, severity, note, caseSensitive)`
          : `${field === undefined ? 'the entry' : String(field)} ${issue.message}`;
      return { ok: false, line: at, message: `House list, line ${at}: ${what}.` };
    }
    if (entry.data.find.split(/\s+/).length > HOUSE_LIST_LIMITS.phraseWords)
      return { ok: false, line, message: `House list, line ${line}: a phrase to find has at most ${HOUSE_LIST_LIMITS.phraseWords} words.` };
    const key = entry.data.caseSensitive ? entry.data.find : entry.data.find.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      notices.push(
        `House list, line ${line}: "${entry.data.find}" is already listed at line ${entries[earlier]!.line}; the later entry is used.`,
      );
      entries[earlier] = { ...entry.data, line };
      continue;
    }
    seen.set(key, entries.length);
    entries.push({ ...entry.data, line });
  }
  return { ok: true, list: { entries, rules: file.data.rules, notices } };
}
