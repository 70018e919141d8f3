import { openBackend, type Backend } from '../backend/openBackend';
import { readPreviewStylesheet } from '../backend/export/previewStylesheet';
import { ScriptedPlatform } from '../backend/hostPlatforms';
import type { Platform } from '../backend/platform';

/** The backend as a test drives it: the browser host's, no PDF printer, a scripted platform unless given one. */
export function openTestBackend(dataDir: string, platform: Platform = new ScriptedPlatform()): Promise<Backend> {
  return openBackend({ dataDir, host: 'browser', version: 'test', platform, stylesheet: readPreviewStylesheet(), pdf: null });
}

/** Calls a channel through the router and returns its value; a refused call fails the test with its message. */
export async function invokeOk<T>(backend: Backend, channel: string, input: unknown): Promise<T> {
  const result = await backend.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}
