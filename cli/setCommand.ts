import { ArticleSchema, ArticleStatusSchema, type Article } from '../core/article/schema';
import type { BodyNode } from '../core/article/bodySchema';
import { TEXT_FIELDS } from '../core/desk/articleDoc';
import { CliError } from './cliError';
import { findEntry, type CommandContext } from './commands';

export const SET_HELP = `FIELD is one of ${TEXT_FIELDS.join(', ')}, status, language, tags (comma-separated),
caption, credit, alt (the lead image's), or paragraph.N (the text of the body's Nth paragraph, from 1;
N one past the last adds a paragraph).`;

function setParagraph(body: BodyNode, n: number, text: string): BodyNode {
  const content = [...(body.content ?? [])];
  if (!Number.isInteger(n) || n < 1 || n > content.length + 1)
    throw new CliError(`paragraph.${n}: the body has ${content.length} blocks; use 1 to ${content.length + 1}.`, 2);
  const paragraph: BodyNode = text === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] };
  const current = content[n - 1];
  content[n - 1] = current && current.type !== 'paragraph' ? { ...current, content: paragraph.content } : { ...current, ...paragraph };
  return { ...body, content };
}

/** Applies one FIELD=VALUE to the article (a copy), or says what is wrong with it. */
export function applyAssignment(article: Article, assignment: string): Article {
  const eq = assignment.indexOf('=');
  if (eq <= 0) throw new CliError(`"${assignment}" is not FIELD=VALUE. ${SET_HELP}`, 2);
  const field = assignment.slice(0, eq);
  const value = assignment.slice(eq + 1);
  const next: Article = { ...article };
  if ((TEXT_FIELDS as readonly string[]).includes(field)) (next as unknown as Record<string, string>)[field] = value;
  else if (field === 'status') {
    const status = ArticleStatusSchema.safeParse(value);
    if (!status.success) throw new CliError(`status must be one of ${ArticleStatusSchema.options.join(', ')}.`, 2);
    next.status = status.data;
  } else if (field === 'language') next.language = value;
  else if (field === 'tags')
    next.tags = value
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '');
  else if (field === 'caption' || field === 'credit' || field === 'alt')
    next.leadImage = { asset: null, caption: '', credit: '', alt: '', ...article.leadImage, [field]: value };
  else if (/^paragraph\.\d+$/.test(field)) next.body = setParagraph(article.body, Number(field.slice('paragraph.'.length)), value);
  else throw new CliError(`Unknown field "${field}". ${SET_HELP}`, 2);
  return next;
}

/** `copydesk set ID FIELD=VALUE…`: edits through the same store as the app (history, index, checks). */
export async function setCommand(args: string[], ctx: CommandContext): Promise<number> {
  const [ref, ...assignments] = args;
  if (!ref || assignments.length === 0) throw new CliError(`set needs an article and at least one FIELD=VALUE. ${SET_HELP}`, 2);
  const entry = findEntry(ctx.store, ref);
  let article = await ctx.store.get(entry.id);
  for (const assignment of assignments) article = applyAssignment(article, assignment);
  const checked = ArticleSchema.safeParse(article);
  if (!checked.success)
    throw new CliError(`The change is not valid: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, 2);
  const { article: saved } = await ctx.store.save(checked.data);
  ctx.out(ctx.json ? JSON.stringify(saved, null, 2) : `set ${saved.id}  ${saved.headline || '(untitled)'}`);
  return 0;
}
