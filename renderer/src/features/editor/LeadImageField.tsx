import { useState, type DragEvent } from 'react';
import type { LeadImage } from '../../../../core/article/schema';
import { FIELD_LIMITS } from '../../../../core/article/schema';
import { IMAGE_LIMITS } from '../../../../core/image/imageInfo';
import { call, errorMessage } from '../../bridge/copydesk';
import { fileToBase64, useAssetUrl } from './useAssetUrl';
import { useSettings } from '../../state/settingsStore';
import { useFieldFlag } from '../checks/useFieldFlag';

interface Props {
  image: LeadImage | null;
  onChange(image: LeadImage | null): void;
}

const ACCEPTED = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];

/** Sends a dropped image to main, which checks its bytes and stores it by content hash. */
export async function storeDroppedImage(file: File): Promise<string> {
  if (file.size > IMAGE_LIMITS.maxBytes) {
    throw new Error(
      `“${file.name}” is ${(file.size / 1048576).toFixed(1)} MB; images can be at most ${IMAGE_LIMITS.maxBytes / 1048576} MB.`,
    );
  }
  const stored = await call('storeImage', { fileName: file.name, dataBase64: await fileToBase64(file) });
  return stored.asset;
}

/** The lead image with its caption, credit and alt text, chosen in a native dialog or dropped here. */
export function LeadImageField({ image, onChange }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const captionFlag = useFieldFlag('caption');
  const creditFlag = useFieldFlag('credit');
  const altFlag = useFieldFlag('alt');
  const { url, error: loadError } = useAssetUrl(image?.asset ?? null);

  const defaultCredit = useSettings((s) => s.settings.defaults.credit);
  const attach = (asset: string) =>
    onChange({ asset, caption: image?.caption ?? '', credit: image?.credit || defaultCredit, alt: image?.alt ?? '' });

  const choose = async () => {
    setError(null);
    try {
      const stored = await call('pickLeadImage', {});
      if (stored) attach(stored.asset);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const drop = async (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    setError(null);
    if (!ACCEPTED.includes(file.type) && file.type !== '') {
      setError(`“${file.name}” is not a JPEG, PNG, WebP or GIF image.`);
      return;
    }
    try {
      attach(await storeDroppedImage(file));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const dragProps = {
    onDragOver: (e: DragEvent) => {
      if (![...e.dataTransfer.types].includes('Files')) return;
      e.preventDefault();
      e.stopPropagation();
      setOver(true);
    },
    onDragLeave: () => setOver(false),
    onDrop: (e: DragEvent) => void drop(e),
  };

  const set = (patch: Partial<LeadImage>) => image && onChange({ ...image, ...patch });

  return (
    <section className={over ? 'lead-image drag-over' : 'lead-image'} aria-label="Lead image" data-testid="lead-image" {...dragProps}>
      {image ? (
        <>
          <div className="lead-image-frame">
            {url ? (
              <img src={url} alt={image.alt} />
            ) : (
              <div className="lead-image-missing">
                {image.asset ? (loadError ?? 'Loading image…') : 'The picture is not attached yet: choose it, or drop it here.'}
              </div>
            )}
            <div className={image.asset ? 'lead-image-actions' : 'lead-image-actions always'}>
              <button type="button" className="button small" onClick={() => void choose()}>
                {image.asset ? 'Replace…' : 'Choose image…'}
              </button>
              <button type="button" className="button small" onClick={() => onChange(null)}>
                Remove
              </button>
            </div>
          </div>
          <div className="lead-image-fields">
            <textarea
              data-check-field="caption"
              {...captionFlag}
              aria-label="Caption"
              placeholder="Caption"
              rows={1}
              maxLength={FIELD_LIMITS.caption}
              value={image.caption}
              onChange={(e) => set({ caption: e.target.value })}
            />
            <input
              data-check-field="credit"
              {...creditFlag}
              aria-label="Credit"
              placeholder="Credit (e.g. Reuters)"
              maxLength={FIELD_LIMITS.credit}
              value={image.credit}
              onChange={(e) => set({ credit: e.target.value })}
            />
            <input
              data-check-field="alt"
              {...altFlag}
              aria-label="Alt text"
              placeholder="Alt text: what the picture shows, for screen readers"
              maxLength={FIELD_LIMITS.alt}
              value={image.alt}
              onChange={(e) => set({ alt: e.target.value })}
            />
          </div>
        </>
      ) : (
        <div className="lead-image-empty">
          <span>Drop a lead image here, or</span>
          <button type="button" className="button small" onClick={() => void choose()}>
            Choose image…
          </button>
          <span className="hint">JPEG, PNG, WebP or GIF, up to {IMAGE_LIMITS.maxBytes / 1048576} MB</span>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
