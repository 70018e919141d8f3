import { createHash } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AssetRefSchema } from '../../core/article/schema';
import { IMAGE_MIME, imageProblem, readImageInfo, type ImageType } from '../../core/image/imageInfo';
import { CopydeskError } from '../../core/errors';
import { writeFileDurably } from './durableWrite';

export interface StoredImage {
  asset: string;
  width: number;
  height: number;
  mimeType: string;
}

/**
 * Images live in assets/ under the sha256 of their bytes, so the same photo attached to fifty stories
 * is stored once, and a reference can never point outside the folder.
 */
export class AssetStore {
  constructor(private readonly dir: string) {}

  async storeImage(bytes: Uint8Array, fileName: string): Promise<StoredImage> {
    const problem = imageProblem(bytes, fileName);
    if (problem) throw new CopydeskError('invalid_image', problem);
    const info = readImageInfo(bytes)!;
    const asset = `${createHash('sha256').update(bytes).digest('hex')}.${info.type}`;
    const path = join(this.dir, asset);
    if (!(await exists(path))) await writeFileDurably(path, bytes);
    return { asset, width: info.width, height: info.height, mimeType: IMAGE_MIME[info.type] };
  }

  async read(asset: string): Promise<{ bytes: Buffer; mimeType: string }> {
    if (!AssetRefSchema.safeParse(asset).success) throw new CopydeskError('not_found', 'That image reference is not valid.');
    const type = asset.split('.')[1] as ImageType;
    try {
      return { bytes: await readFile(join(this.dir, asset)), mimeType: IMAGE_MIME[type] };
    } catch {
      throw new CopydeskError('not_found', 'The image file is missing from the library’s assets folder. Attach the image again.');
    }
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
