import { createHash } from 'node:crypto';
import { access } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AssetRefSchema } from '../../core/article/schema';
import { IMAGE_LIMITS, IMAGE_MIME, imageProblem, readImageInfo, type ImageType } from '../../core/image/imageInfo';
import { CopydeskError } from '../../core/errors';
import { writeFileDurably } from './durableWrite';
import { quarantineFile } from './quarantine';
import { OddEntryError, readRegularFile } from './safeRead';

export interface StoredImage {
  asset: string;
  width: number;
  height: number;
  mimeType: string;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Images live in assets/ under the sha256 of their bytes, so the same photo attached to fifty stories
 * is stored once, and a reference can never point outside the folder. What is read back is checked
 * against that name: the bytes must hash to it and be an image of the type it names, or the file is
 * quarantined and never exported or sent to the window.
 */
export class AssetStore {
  constructor(
    private readonly dir: string,
    private readonly quarantineDir = join(dirname(dir), 'quarantine'),
    private readonly now: () => Date = () => new Date(),
  ) {}

  async storeImage(bytes: Uint8Array, fileName: string): Promise<StoredImage> {
    const problem = imageProblem(bytes, fileName);
    if (problem) throw new CopydeskError('invalid_image', problem);
    const info = readImageInfo(bytes)!;
    const asset = `${sha256(bytes)}.${info.type}`;
    const path = join(this.dir, asset);
    if (!(await exists(path))) await writeFileDurably(path, bytes);
    return { asset, width: info.width, height: info.height, mimeType: IMAGE_MIME[info.type] };
  }

  async read(asset: string): Promise<{ bytes: Buffer; mimeType: string }> {
    if (!AssetRefSchema.safeParse(asset).success) throw new CopydeskError('not_found', 'That image reference is not valid.');
    const [hash, type] = asset.split('.') as [string, ImageType];
    const path = join(this.dir, asset);
    let bytes: Buffer;
    try {
      bytes = await readRegularFile(path, IMAGE_LIMITS.maxBytes);
    } catch (error) {
      if (error instanceof OddEntryError) throw await this.quarantine(path, error.reason);
      throw new CopydeskError('not_found', 'The image file is missing from the library’s assets folder. Attach the image again.');
    }
    if (sha256(bytes) !== hash)
      throw await this.quarantine(path, 'Its bytes do not match the checksum in its name: the file was changed or damaged.');
    if (readImageInfo(bytes)?.type !== type)
      throw await this.quarantine(path, `It is not a ${type.toUpperCase()} image, though its name says so.`);
    return { bytes, mimeType: IMAGE_MIME[type] };
  }

  private async quarantine(path: string, reason: string): Promise<CopydeskError> {
    await quarantineFile(this.quarantineDir, path, reason, this.now());
    return new CopydeskError(
      'damaged_image',
      `The image file in the library was damaged and has been moved to quarantine (${reason}) Attach the image again.`,
    );
  }

  pathOf(asset: string): string {
    return join(this.dir, asset);
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
