import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ScriptedPlatform } from '../backend/hostPlatforms';
import type { PdfPrinter } from '../formats/pdf/pdfPrinter';

/**
 * A desktop whose dialogs answer like a user who picks anything: for a channel that opens a dialog, a
 * cancel is the dull case. With nothing queued (ScriptedPlatform's queues still come first), an open
 * dialog picks none, one or several of the paths made by `makeDialogFiles`, and a folder dialog one of
 * the given folders or a cancel; the clipboard holds hostile text. Counts what it answered, so a test
 * can show the answers other than "cancelled" really happened.
 */
export class FuzzPlatform extends ScriptedPlatform {
  readonly answered = { files: 0, folders: 0, clipboard: 0 };
  /** Restore dialogs answered with a file: each restore, even a failed one, reopens the library session. */
  restores = 0;
  private readonly random: () => number;

  constructor(
    seed: number,
    private readonly pools: { files: readonly string[]; folders: ReadonlyArray<string | null>; clipboard: readonly string[] },
  ) {
    super();
    this.random = rng(seed);
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }

  override async openFiles(options?: { title: string; multiple: boolean }): Promise<string[]> {
    const queued = await super.openFiles();
    if (queued.length > 0 || this.random() < 0.15) return queued;
    const count = options?.multiple ? 1 + Math.floor(this.random() * 4) : 1;
    this.answered.files += 1;
    if (/backup/i.test(options?.title ?? '')) this.restores += 1;
    return Array.from({ length: count }, () => this.pick(this.pools.files));
  }

  override async chooseFolder(): Promise<string | null> {
    const queued = await super.chooseFolder();
    if (queued !== null) return queued;
    const folder = this.pick(this.pools.folders);
    if (folder !== null) this.answered.folders += 1;
    return folder;
  }

  override async readClipboardText(): Promise<string> {
    this.answered.clipboard += 1;
    return this.pick(this.pools.clipboard);
  }
}

/** A PDF printer that checks it was given a whole page and returns a tiny PDF; counts its pages. */
export class RecordingPdfPrinter implements PdfPrinter {
  printed = 0;

  async print(html: string): Promise<Uint8Array> {
    if (typeof html !== 'string' || !/^<!doctype html>/i.test(html.trimStart()))
      throw new Error('The PDF printer was not given a standalone HTML page.');
    this.printed += 1;
    return new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
  }
}

/** mulberry32: small and seedable, so a failing fuzz run answers its dialogs the same way again. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A 1×1 PNG: the smallest image the asset store accepts.
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/**
 * What a user could pick in a file dialog: every import format with hostile content, images real and
 * fake, archives that are not backups, an empty file, one over the import size limit, a folder and
 * paths that do not exist. (No device files or FIFOs: a native dialog does not offer them.)
 */
export async function makeDialogFiles(dir: string): Promise<string[]> {
  await mkdir(join(dir, 'a folder.md'), { recursive: true });
  const xss = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  const files: Record<string, string | Uint8Array> = {
    'story.md': `---\nheadline: ${JSON.stringify(xss)}\nimage:\n  src: /etc/passwd\n---\n\n[x](javascript:alert(3)) ${xss}\n`,
    'page.html': `<!doctype html><title>${xss}</title><article><h1>H</h1><p><a href="javascript:alert(4)">x</a></p>${xss}</article>`,
    'item.json': JSON.stringify({ uri: 'urn:x', type: 'text', headline: xss, body_html: xss }),
    'article.copydesk': JSON.stringify({
      schemaVersion: 1,
      id: '00000000-0000-4000-8000-000000000001',
      body: { type: 'doc', content: [{ type: 'script', content: [{ type: 'text', text: 'alert(5)' }] }] },
    }),
    'notes.txt': `WORLD\n\n${xss}\n\nBody text.\n`,
    'empty.txt': '',
    'binary.md': PNG_1X1,
    'photo.png': PNG_1X1,
    'not a picture.png': 'plain text in disguise',
    'backup.zip': new Uint8Array(512).map((_, i) => (i * 131) % 256),
    'empty.zip': new Uint8Array(0),
    'huge.html': 'x'.repeat(21 * 1024 * 1024),
  };
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return [
    ...Object.keys(files).map((name) => join(dir, name)),
    join(dir, 'a folder.md'),
    join(dir, 'missing.md'),
    join(dir, 'missing.png'),
  ];
}
