import { useEffect, useState } from 'react';
import { call } from '../../bridge/copydesk';
import { useDesk } from '../desk/deskStore';

// One blob URL per stored image for the whole session: the editor and the preview share it.
const urls = new Map<string, Promise<string>>();

function base64ToBlob(base64: string, type: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

export function assetUrl(asset: string): Promise<string> {
  let url = urls.get(asset);
  if (!url) {
    url = call('readAsset', { asset }).then(({ mimeType, dataBase64 }) => URL.createObjectURL(base64ToBlob(dataBase64, mimeType)));
    url.catch(() => urls.delete(asset));
    urls.set(asset, url);
  }
  return url;
}

/** A displayable URL for a stored image; images reach the page as blobs, never as file paths. */
export function useAssetUrl(asset: string | null): { url: string | null; error: string | null } {
  const [state, setState] = useState<{ asset: string | null; url: string | null; error: string | null }>({
    asset: null,
    url: null,
    error: null,
  });
  // A picture still on its way from the desk is shown once it arrives.
  const arrivals = useDesk((s) => s.pictureArrivals);
  useEffect(() => {
    if (!asset) return;
    let live = true;
    assetUrl(asset).then(
      (url) => live && setState({ asset, url, error: null }),
      (e: unknown) => live && setState({ asset, url: null, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [asset, arrivals]);
  return state.asset === asset ? { url: state.url, error: state.error } : { url: null, error: null };
}

export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}
