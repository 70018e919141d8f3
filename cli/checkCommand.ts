import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Article } from '../core/article/schema';
import { checkArticle } from '../core/checks/runChecks';
import type { Finding } from '../core/checks/types';
import { IMPORT_MAX_BYTES } from '../core/import/importTypes';
import { HouseListFile } from '../backend/checks/houseListFile';
import { ArticleStore } from '../backend/store/articleStore';
import { decodeImportBytes } from '../formats/decodeImportBytes';
import { importAny } from '../formats/importAny';
import { CliError } from './cliError';
import { findEntry } from './commands';
import { countOf } from '../core/text/plural';

export interface CheckIo {
  json: boolean;
  out(line: string): void;
  err(line: string): void;
}

/**
 * `copydesk check FILE|ID`: the editor's checks on a file it would import (text, HTML, Markdown, ninjs,
 * Copydesk JSON, DOCX) or on an article in the library, with the data folder's house list. Exit 1 when
 * any finding is an error, so a script or CI can gate on it.
 */
export async function checkCommand(ref: string | undefined, dataDir: string, io: CheckIo, wait: boolean): Promise<number> {
  if (!ref) throw new CliError('check needs a FILE or an article ID or slug. Example: copydesk check story.txt', 2);
  const house = new HouseListFile(dataDir);
  const state = await house.reload().catch(() => house.current());
  if (state.error) io.err(`copydesk: ${state.error} Checking without the house list.`);
  for (const notice of state.list.notices) io.err(`copydesk: ${notice}`);
  const article = (await isFile(ref)) ? await articleFromFile(resolve(ref)) : await articleFromLibrary(ref, dataDir, wait);
  const { findings, counts } = checkArticle(article, state.list);
  if (io.json) io.out(JSON.stringify({ counts, findings }, null, 2));
  else {
    for (const f of findings) io.out(formatFinding(f));
    io.out(`${countOf(counts.error, 'error')}, ${countOf(counts.warning, 'warning')}, ${countOf(counts.suggestion, 'suggestion')}`);
  }
  return counts.error > 0 ? 1 : 0;
}

function formatFinding(f: Finding): string {
  const place = f.field === 'body' ? `body ¶${f.block + 1}` : f.field;
  const fix = f.fix ? `  [fix: ${JSON.stringify(f.fix.replacement)}]` : '';
  return `${f.severity.padEnd(10)} ${f.ruleId.padEnd(34)} ${place}:${f.from}  ${f.message}${fix}`;
}

async function isFile(ref: string): Promise<boolean> {
  try {
    return (await stat(ref)).isFile();
  } catch {
    return false;
  }
}

async function articleFromFile(path: string): Promise<Article> {
  const fileName = basename(path);
  const size = (await stat(path)).size;
  if (size > IMPORT_MAX_BYTES)
    throw new CliError(
      `“${fileName}” is ${(size / 1048576).toFixed(1)} MB; Copydesk checks files of up to ${IMPORT_MAX_BYTES / 1048576} MB.`,
    );
  const bytes = await readFile(path);
  const context = { id: randomUUID(), now: new Date() };
  if (/\.docx$/i.test(fileName)) {
    // DOCX goes through mammoth's HTML and the HTML importer: the same article the text would give.
    const mammoth = await import('mammoth');
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    return importAny(fileName.replace(/\.docx$/i, '.html'), html, context).article;
  }
  return importAny(fileName, decodeImportBytes(bytes, fileName), context).article;
}

async function articleFromLibrary(ref: string, dataDir: string, wait: boolean): Promise<Article> {
  const store = await ArticleStore.open(dataDir, { lock: 'cli', ...(wait ? { lockWait: { wait: true } } : {}) });
  try {
    return await store.get(findEntry(store, ref).id);
  } finally {
    await store.close();
  }
}
