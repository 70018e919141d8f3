import { OddEntryError, readRegularFile } from '../store/safeRead';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../core/article/schema';
import { CopydeskError, isCopydeskError } from '../../core/errors';
import { IMAGE_LIMITS } from '../../core/image/imageInfo';
import { IMPORT_MAX_BYTES } from '../../core/import/importTypes';
import { importAny, type AnyImportResult } from '../../formats/importAny';
import { importFileBytes } from '../../formats/importFile';
import type { ImportedImageReference } from '../../core/import/importTypes';
import type { ImportDraft, ImportOutcome } from '../../api/contract';
import type { AssetStore } from '../store/assetStore';

/**
 * Turns files and pasted text into drafts for the review dialog. Nothing is saved here: the user
 * confirms a draft, and only then does the renderer create the article.
 */
export class ImportService {
  constructor(
    private readonly assets: AssetStore,
    private readonly now: () => Date,
    private readonly newId: () => string,
  ) {}

  async fromPaths(paths: string[]): Promise<ImportOutcome[]> {
    const outcomes: ImportOutcome[] = [];
    for (const path of paths) outcomes.push(await this.fromPath(path));
    return outcomes;
  }

  /** Pasted or dropped text; `selection` marks the clipboard's HTML of a selection, read whole as the body. */
  fromText(fileName: string, text: string, options: { selection?: boolean } = {}): ImportOutcome {
    return this.guard(fileName, () => this.draft(fileName, importAny(fileName, text, this.context(), options)));
  }

  private async fromPath(path: string): Promise<ImportOutcome> {
    const fileName = basename(path);
    try {
      // Only a regular file, read up to the limit whatever its size claims: never /dev/zero, never a FIFO.
      let bytes: Buffer;
      try {
        bytes = await readRegularFile(path, IMPORT_MAX_BYTES, { followLinks: true });
      } catch (error) {
        if (!(error instanceof OddEntryError)) throw error;
        const size = error.tooLargeBytes;
        return {
          ok: false,
          fileName,
          message:
            size === undefined
              ? `“${fileName}” cannot be imported: ${error.reason}`
              : `“${fileName}” is ${(size / 1048576).toFixed(1)} MB; Copydesk imports files of up to ${IMPORT_MAX_BYTES / 1048576} MB.`,
        };
      }
      const result = importFileBytes(fileName, bytes, this.context());
      const draft = this.draft(fileName, result);
      if (result.image) await this.attachLocalImage(draft, result.image, dirname(path));
      if (result.picture) await this.attachPicture(draft, result.picture);
      return { ok: true, draft };
    } catch (error) {
      if (isCopydeskError(error)) return { ok: false, fileName, message: error.message };
      return { ok: false, fileName, message: `“${fileName}” could not be read: ${(error as Error).message}` };
    }
  }

  private guard(fileName: string, run: () => ImportDraft): ImportOutcome {
    try {
      return { ok: true, draft: run() };
    } catch (error) {
      if (isCopydeskError(error)) return { ok: false, fileName, message: error.message };
      throw error;
    }
  }

  private draft(fileName: string, result: AnyImportResult): ImportDraft {
    const draft: ImportDraft = {
      fileName,
      format: result.format,
      article: result.article,
      warnings: result.warnings,
      recognised: result.recognised,
    };
    if (result.sources) draft.sources = result.sources;
    if (result.image) {
      draft.image = { caption: result.image.caption, credit: result.image.credit, alt: result.image.alt };
      if (result.image.href && !isLocal(result.image.href)) {
        draft.warnings = [
          ...draft.warnings,
          {
            field: 'leadImage',
            message: `The picture at ${result.image.href} was not downloaded (Copydesk works offline). Attach the image file by hand.`,
          },
        ];
      }
    }
    return draft;
  }

  /** A picture inside the file (a Word document's first image) is stored as an asset and becomes the lead image's picture. */
  private async attachPicture(
    draft: ImportDraft,
    picture: { bytes: Uint8Array; fileName: string; caption: string; alt: string },
  ): Promise<void> {
    try {
      if (picture.bytes.length > IMAGE_LIMITS.maxBytes)
        throw new CopydeskError('invalid_image', `it is larger than ${IMAGE_LIMITS.maxBytes / 1048576} MB`);
      const stored = await this.assets.storeImage(picture.bytes, picture.fileName);
      // The importer read the caption, credit and alt text (and their suggestions) into the article; only the asset is new.
      const read = draft.article.leadImage ?? { caption: picture.caption, credit: '', alt: picture.alt };
      draft.article = { ...draft.article, leadImage: { ...read, asset: stored.asset } };
      draft.recognised = [...new Set([...draft.recognised, 'leadImage' as const])];
    } catch (error) {
      const reason = isCopydeskError(error) ? error.message : 'it could not be read';
      draft.warnings = [
        ...draft.warnings,
        { field: 'leadImage', message: `The document’s picture ${picture.fileName} was not attached: ${reason}` },
      ];
    }
  }

  /** A picture that sits beside the imported file (Markdown's `image.src: photo.jpg`) is copied in. */
  private async attachLocalImage(draft: ImportDraft, image: ImportedImageReference, baseDir: string): Promise<void> {
    if (!image.href || !isLocal(image.href)) return;
    const path = image.href.startsWith('file:')
      ? fileURLToPath(image.href)
      : isAbsolute(image.href)
        ? image.href
        : resolve(baseDir, image.href);
    try {
      // The file chose this path, not the user: only a regular image file beside it (or below) is read.
      const inside = relative(baseDir, path);
      if (inside.startsWith('..') || isAbsolute(inside))
        throw new CopydeskError('invalid_image', 'it is outside the imported file’s folder');
      // No link is followed (it could point anywhere), no FIFO opened, nothing read past the limit.
      const bytes = await readRegularFile(path, IMAGE_LIMITS.maxBytes).catch((error: unknown) => {
        throw error instanceof OddEntryError
          ? new CopydeskError('invalid_image', error.reason.replace(/^It/, 'it').replace(/\.$/, ''))
          : error;
      });
      const stored = await this.assets.storeImage(bytes, basename(path));
      const leadImage: Article['leadImage'] = { asset: stored.asset, caption: image.caption, credit: image.credit, alt: image.alt };
      draft.article = { ...draft.article, leadImage };
      draft.recognised = [...new Set([...draft.recognised, 'leadImage' as const])];
    } catch (error) {
      const reason = isCopydeskError(error) ? error.message : 'it could not be read';
      draft.warnings = [...draft.warnings, { field: 'leadImage', message: `The picture ${image.href} was not attached: ${reason}` }];
    }
  }

  private context() {
    return { id: this.newId(), now: this.now() };
  }
}

function isLocal(href: string): boolean {
  return !/^(https?:|data:|\/\/)/i.test(href);
}
