import { z } from 'zod';
import { AssetRefSchema } from '../core/article/schema';
import { IMAGE_LIMITS } from '../core/image/imageInfo';
import { base64, channel, fileName, noInput } from './channel';

export interface StoredImageInfo {
  asset: string;
  width: number;
  height: number;
  mimeType: string;
}

/** Pictures: chosen in a dialog, dropped in as bytes, read back for display. */
export const assetChannels = {
  pickLeadImage: channel<StoredImageInfo | null>()(noInput),
  storeImage: channel<StoredImageInfo>()(z.object({ fileName, dataBase64: base64(IMAGE_LIMITS.maxBytes) }).strict()),
  readAsset: channel<{ mimeType: string; dataBase64: string }>()(z.object({ asset: AssetRefSchema }).strict()),
} as const;
