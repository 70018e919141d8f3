import type { Article } from '../article/schema';
import { articleBlocks, PROSE_FIELDS, type CheckBlock } from './articleBlocks';
import { compareFindings, dropUndoingFixes, resolveConflicts } from './conflicts';
import { EMPTY_HOUSE_LIST, type HouseList } from './houseList';
import { houseRule } from './houseRule';
import { NEWS_STYLE_RULES } from './newsStyle';
import { proseFindingsOfBlocks } from './proseBatch';
import { hasProse, proseFindings } from './proseRules';
import { findingKey, SEVERITIES, type BlockFinding, type BlockRule, type Finding, type Severity } from './types';

/**
 * A paragraph longer than this is checked by the news-style patterns (linear) but not by the retext
 * plugins, whose parse of a megabyte of text would take seconds; the finding says so.
 */
export const PROSE_CHECK_MAX_CHARS = 20_000;
/** More findings than this in one block are noise, and settling their fixes costs the square of their number. */
export const MAX_FINDINGS_PER_BLOCK = 1000;
/** The retext pass reads the blocks to check in batches of about this many characters (see proseBatch.ts). */
const PROSE_BATCH_CHARS = 20_000;

interface CacheEntry {
  findings: BlockFinding[];
  /** Whether the retext pass has run on it (or it needs none). */
  complete: boolean;
}

export type CheckedArticle = Pick<
  Article,
  'headline' | 'standfirst' | 'byline' | 'dateline' | 'section' | 'source' | 'leadImage' | 'body'
> & { newsroom?: { ignoredChecks: readonly string[] } };

export interface CheckResult {
  findings: Finding[];
  counts: Record<Severity, number>;
  /** Blocks checked in this run, and blocks whose findings came from the previous run (unchanged text). */
  checkedBlocks: number;
  reusedBlocks: number;
  /** Blocks the retext pass has not reached yet (with a budget); 0 when the result is complete. */
  pendingBlocks: number;
}

/**
 * Runs the desk's checks over an article. One Checker keeps the findings of each block's text from its
 * last run, so after an edit only the touched paragraphs are checked again (the worker keeps one alive).
 */
export class Checker {
  /** Per block text: its settled findings, and whether the retext pass has run on it yet. */
  private cache = new Map<string, CacheEntry>();
  private readonly house: BlockRule;
  private readonly rules: readonly BlockRule[];

  constructor(private readonly houseList: HouseList = EMPTY_HOUSE_LIST) {
    this.house = houseRule(houseList);
    this.rules = NEWS_STYLE_RULES;
  }

  /**
   * Checks the article. The news-style and house rules are cheap and always run on every new block; the
   * retext pass reads the new blocks in batches (one run of the plugins per batch, not per block) and,
   * with a budget, stops starting batches once the budget is spent: the rest is counted in `pendingBlocks`
   * (call again to continue: finished blocks come from the cache).
   */
  check(article: CheckedArticle, options: { proseBudgetMs?: number } = {}): CheckResult {
    const budget = options.proseBudgetMs ?? Infinity;
    const started = performance.now();
    const blocks = articleBlocks(article).map((block) => ({ block, key: `${block.field}\u0000${block.text}` }));
    const toCheck = new Map<string, CheckBlock>();
    for (const { block, key } of blocks) if (!this.cache.get(key)?.complete) toCheck.set(key, block);
    const prose = new Map<string, BlockFinding[]>();
    const forProse = [...toCheck].filter(([, block]) => needsProse(block));
    for (let at = 0; at < forProse.length && performance.now() - started < budget;) {
      let chars = 0;
      const batch: typeof forProse = [];
      while (at < forProse.length && (batch.length === 0 || chars + forProse[at]![1].text.length <= PROSE_BATCH_CHARS)) {
        chars += forProse[at]![1].text.length;
        batch.push(forProse[at++]!);
      }
      const found = proseFindingsOfBlocks(batch.map(([, block]) => block.text));
      batch.forEach(([key], i) => prose.set(key, found[i]!));
    }
    const next = new Map<string, CacheEntry>();
    for (const [key, block] of toCheck) {
      const found = prose.get(key);
      next.set(key, { findings: this.settle(block, found), complete: found !== undefined || !needsProse(block) });
    }
    const findings: Finding[] = [];
    let checkedBlocks = 0;
    let reusedBlocks = 0;
    let pendingBlocks = 0;
    for (const { block, key } of blocks) {
      // A block checked in this run counts once as checked; a repeat of it, or one from the cache, as reused.
      const fresh = next.get(key);
      const entry = fresh ?? this.cache.get(key)!;
      if (fresh && toCheck.delete(key)) {
        checkedBlocks += 1;
        if (!fresh.complete) pendingBlocks += 1;
      } else reusedBlocks += 1;
      if (!fresh) next.set(key, entry);
      for (const f of entry.findings) findings.push({ ...f, field: block.field, block: block.block });
    }
    this.cache = next;
    const ignored = new Set(article.newsroom?.ignoredChecks ?? []);
    const kept = ignored.size === 0 ? findings : findings.filter((f) => !ignored.has(findingKey(f)));
    const counts = { error: 0, warning: 0, suggestion: 0 };
    for (const f of kept) counts[f.severity] += 1;
    return { findings: kept, counts, checkedBlocks, reusedBlocks, pendingBlocks };
  }

  /**
   * One block through every rule that applies to its field, with the desk's overrides and conflicts
   * settled, its retext pass run on its own: the reference the batched `check` is tested against.
   */
  checkBlock(block: Pick<CheckBlock, 'field' | 'text'>): BlockFinding[] {
    return this.settle(block, needsProse(block) ? proseFindings(block.text) : undefined);
  }

  /** The block's findings: house list, news style (prose fields) and the given retext findings, settled. */
  private settle(block: Pick<CheckBlock, 'field' | 'text'>, prose: readonly BlockFinding[] | undefined): BlockFinding[] {
    const context = { field: block.field, text: block.text };
    const raw: BlockFinding[] = [...this.house.check(context)];
    if (PROSE_FIELDS.has(block.field)) {
      for (const rule of this.rules) if (!rule.fields || rule.fields.includes(block.field)) raw.push(...rule.check(context));
      if (block.text.length > PROSE_CHECK_MAX_CHARS) {
        raw.push({
          ruleId: 'prose.too-long',
          severity: 'suggestion',
          from: 0,
          to: 0,
          text: '',
          message: `This paragraph has ${block.text.length.toLocaleString('en')} characters, too long for the prose checks; split it.`,
        });
      } else if (prose) raw.push(...prose);
    }
    const capped =
      raw.length > MAX_FINDINGS_PER_BLOCK ? [...raw.sort(compareFindings).slice(0, MAX_FINDINGS_PER_BLOCK), tooMany(raw.length)] : raw;
    const settled = resolveConflicts(this.applySettings(capped));
    // A fix that another rule would turn straight back is offered by neither (see dropUndoingFixes).
    return dropUndoingFixes(block.text, settled, (text) => this.patternFindings({ field: block.field, text }));
  }

  /** The cheap rules only (house list and news-style patterns): enough to see whether a fix is undone. */
  private patternFindings(context: { field: CheckBlock['field']; text: string }): BlockFinding[] {
    const found = this.house.check(context);
    if (PROSE_FIELDS.has(context.field))
      for (const rule of this.rules) if (!rule.fields || rule.fields.includes(context.field)) found.push(...rule.check(context));
    return this.applySettings(found);
  }

  private applySettings(findings: BlockFinding[]): BlockFinding[] {
    const rules = this.houseList.rules;
    if (Object.keys(rules).length === 0) return findings;
    const out: BlockFinding[] = [];
    for (const f of findings) {
      const setting = rules[f.ruleId] ?? rules[f.ruleId.split('.')[0]!];
      if (setting === 'off') continue;
      out.push(setting && (SEVERITIES as readonly string[]).includes(setting) ? { ...f, severity: setting } : f);
    }
    return out;
  }
}

/** Whether the block gets the retext pass: a prose field, with letters, and not too long for it. */
function needsProse(block: Pick<CheckBlock, 'field' | 'text'>): boolean {
  return PROSE_FIELDS.has(block.field) && block.text.length <= PROSE_CHECK_MAX_CHARS && hasProse(block.text);
}

function tooMany(count: number): BlockFinding {
  return {
    ruleId: 'checks.too-many',
    severity: 'suggestion',
    from: 0,
    to: 0,
    text: '',
    message: `This paragraph has ${count.toLocaleString('en')} findings; only the first ${MAX_FINDINGS_PER_BLOCK.toLocaleString('en')} are shown. Split it and check again.`,
  };
}

/** A one-off check (the CLI): no cache to keep. */
export function checkArticle(article: CheckedArticle, houseList: HouseList = EMPTY_HOUSE_LIST): CheckResult {
  return new Checker(houseList).check(article);
}
