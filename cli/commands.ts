import { resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Article } from '../core/article/schema';
import type { IndexEntry } from '../core/library/indexEntry';
import { articleStats } from '../core/text/stats';
import { bodyPlainText } from '../core/text/bodyText';
import { importLabel } from '../core/history/revisionMeta';
import { ImportService } from '../backend/import/importService';
import type { ArticleStore } from '../backend/store/articleStore';
import { AssetStore } from '../backend/store/assetStore';
import { CliError } from './cliError';

export interface CommandContext {
  store: ArticleStore;
  json: boolean;
  out(line: string): void;
  err(line: string): void;
}

export async function importCommand(files: string[], ctx: CommandContext): Promise<number> {
  if (files.length === 0) throw new CliError('import needs at least one FILE. Example: copydesk import story.txt', 2);
  const imports = new ImportService(new AssetStore(ctx.store.layout.assets), () => new Date(), randomUUID);
  const outcomes = await imports.fromPaths(files.map((f) => resolve(f)));
  const created: Article[] = [];
  for (const outcome of outcomes) {
    if (!outcome.ok) {
      ctx.err(`copydesk: ${outcome.message}`);
      continue;
    }
    const { id: _id, schemaVersion: _v, createdAt: _c, updatedAt: _u, ...fields } = outcome.draft.article;
    const article = await ctx.store.create(fields, { revision: 'import', label: importLabel(outcome.draft.fileName) });
    created.push(article);
    for (const warning of outcome.draft.warnings) ctx.err(`copydesk: ${outcome.draft.fileName}: ${warning.field}: ${warning.message}`);
    if (!ctx.json) ctx.out(`imported ${article.id}  ${article.headline || '(untitled)'}  from ${outcome.draft.fileName}`);
  }
  if (ctx.json) ctx.out(JSON.stringify(created.length === 1 && files.length === 1 ? created[0] : created, null, 2));
  return created.length === outcomes.length ? 0 : 1;
}

export function listCommand(ctx: CommandContext): number {
  const entries = ctx.store.list();
  if (ctx.json) {
    ctx.out(JSON.stringify(entries, null, 2));
    return 0;
  }
  if (entries.length === 0) ctx.out('The library is empty.');
  for (const e of entries) ctx.out(formatEntry(e));
  return 0;
}

export async function showCommand(ref: string | undefined, ctx: CommandContext): Promise<number> {
  if (!ref) throw new CliError('show needs an article ID or slug. Example: copydesk show putin-backs-maduro', 2);
  const article = await ctx.store.get(findEntry(ctx.store, ref).id);
  ctx.out(ctx.json ? JSON.stringify(article, null, 2) : formatArticle(article));
  return 0;
}

/** The shortest id prefix accepted, as git asks for at least four hex digits of a hash. */
export const MIN_ID_PREFIX = 4;
const MAX_LISTED = 10;

/**
 * Finds an article by id, by slug (the newest one when a slug was used twice), or by a unique start of
 * its id ("3f2a9c", as git takes a short hash). A start shared by several ids lists them.
 */
export function findEntry(store: Pick<ArticleStore, 'list'>, ref: string): IndexEntry {
  const entries = store.list();
  const exact = entries.find((e) => e.id === ref) ?? entries.find((e) => e.slug === ref);
  if (exact) return exact;
  const prefix = ref.toLowerCase();
  const matches = /^[0-9a-f-]+$/.test(prefix) && prefix.length >= MIN_ID_PREFIX ? entries.filter((e) => e.id.startsWith(prefix)) : [];
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    const listed = matches.slice(0, MAX_LISTED).map((e) => `  ${e.id}  ${e.headline || '(untitled)'}`);
    const more = matches.length > MAX_LISTED ? [`  …and ${matches.length - MAX_LISTED} more`] : [];
    throw new CliError([`"${ref}" is the start of ${matches.length} article ids; give more of the id:`, ...listed, ...more].join('\n'));
  }
  const hint = /^[0-9a-f-]{1,3}$/i.test(ref) ? ` An id prefix needs at least ${MIN_ID_PREFIX} characters.` : '';
  throw new CliError(`No article with the id or slug "${ref}".${hint} Run "copydesk list" to see them.`);
}

function formatEntry(e: IndexEntry): string {
  return [
    e.id,
    e.status.padEnd(9),
    (e.section || '-').padEnd(10),
    e.updatedAt.slice(0, 16).replace('T', ' '),
    e.headline || '(untitled)',
  ].join('  ');
}

function formatArticle(a: Article): string {
  const stats = articleStats(a);
  const lines = [
    a.section && a.section.toUpperCase(),
    `${stats.readMinutes} min read · ${stats.words} words · ${a.status}`,
    '',
    a.headline,
    a.standfirst,
    a.byline && `By ${a.byline}`,
    a.dateline,
    a.leadImage && `[Image] ${a.leadImage.caption}${a.leadImage.credit ? ` / ${a.leadImage.credit}` : ''}`,
    '',
    bodyPlainText(a.body),
    '',
    a.source && `SOURCE: ${a.source}`,
  ];
  return lines
    .filter((l): l is string => typeof l === 'string')
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
