import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEFAULT_EXPORT_OPTIONS, EXPORT_FORMATS, type ExportFormat } from '../core/export/exportJob';
import { ExportJobs } from '../backend/export/exportJobs';
import { readPreviewStylesheet } from '../backend/export/previewStylesheet';
import { AssetStore } from '../backend/store/assetStore';
import { CliError } from './cliError';
import { findEntry, type CommandContext } from './commands';
import { ChromiumPdfPrinter, NO_CHROMIUM_MESSAGE } from './chromiumPdfPrinter';
import { findChromium } from '../backend/findChromium';

const ALIASES: Record<string, ExportFormat> = { markdown: 'md', text: 'txt', word: 'docx' };

export interface ExportArgs {
  refs: string[];
  all: boolean;
  format: string | undefined;
  out: string | undefined;
  replace: boolean;
  suggestions?: string | undefined;
}

/** `copydesk export`: the app's export jobs, with the same file rules; PDF prints through a headless Chromium. */
export async function exportCommand(args: ExportArgs, ctx: CommandContext): Promise<number> {
  if (!args.out) throw new CliError('export needs --out DIR, the folder to write to.', 2);
  if (!args.format) throw new CliError(`export needs --format, one or more of ${EXPORT_FORMATS.join(',')}.`, 2);
  const formats = parseFormats(args.format);
  const chromium = formats.includes('pdf') ? findChromium() : null;
  if (formats.includes('pdf') && !chromium) throw new CliError(NO_CHROMIUM_MESSAGE, 2);
  if (args.suggestions !== undefined && args.suggestions !== 'accept' && args.suggestions !== 'reject')
    throw new CliError('--suggestions takes accept or reject.', 2);
  const suggestions = args.suggestions === undefined ? null : (args.suggestions as 'accept' | 'reject');
  if (!args.all && args.refs.length === 0) throw new CliError('export needs article IDs or slugs, or --all.', 2);
  const ids = args.all ? ctx.store.list().map((e) => e.id) : args.refs.map((ref) => findEntry(ctx.store, ref).id);
  if (ids.length === 0) throw new CliError('The library is empty: there is nothing to export.');

  const folder = resolve(args.out);
  await mkdir(folder, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST' || error.code === 'ENOTDIR')
      throw new CliError(`--out ${args.out} is a file, not a folder. Give a folder to write the exports into.`, 2);
    throw new CliError(
      `Cannot create the folder ${folder}: ${error.code === 'EACCES' || error.code === 'EPERM' ? 'permission denied' : error.code === 'EROFS' ? 'the disk is read-only' : error.code === 'ENOSPC' ? 'the disk is full' : error.message}.`,
    );
  });
  const jobs = new ExportJobs(ctx.store, new AssetStore(ctx.store.layout.assets), {
    stylesheet: readPreviewStylesheet(),
    pdf: chromium ? new ChromiumPdfPrinter(chromium) : null,
  });
  const status = await jobs.runToCompletion(folder, {
    articleIds: ids,
    formats,
    onExists: args.replace ? 'replace' : 'keep-both',
    options: { ...DEFAULT_EXPORT_OPTIONS, suggestions },
  });
  for (const result of status.results) {
    if (result.error) ctx.err(`copydesk: ${result.error}`);
    else if (!ctx.json) ctx.out(`wrote ${resolve(folder, result.fileName!)}`);
  }
  if (ctx.json) ctx.out(JSON.stringify(status, null, 2));
  return status.results.some((r) => r.error) ? 1 : 0;
}

function parseFormats(list: string): ExportFormat[] {
  const formats = list
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean)
    .map((f) => ALIASES[f] ?? f);
  const unknown = formats.filter((f) => !(EXPORT_FORMATS as readonly string[]).includes(f));
  if (unknown.length) throw new CliError(`Unknown format ${unknown.map((f) => `"${f}"`).join(', ')}. Use ${EXPORT_FORMATS.join(',')}.`, 2);
  return [...new Set(formats)] as ExportFormat[];
}
