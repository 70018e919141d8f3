import type { ChannelInput, ChannelName, ChannelOutput, CopydeskApi, IpcError, IpcResult } from '../../../api/contract';

declare global {
  interface Window {
    copydesk: CopydeskApi;
  }
}

/** A failed call, carrying the main process's code and its user-facing message. */
export class ApiError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message);
    this.name = 'ApiError';
  }
  get code(): string {
    return this.error.code;
  }
}

/** Calls a channel and unwraps its result; the one way the renderer reaches the main process. */
export async function call<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> {
  const api = window.copydesk;
  if (!api) throw new ApiError({ code: 'no_bridge', message: 'Copydesk cannot reach its library. Restart the app.' });
  // Indexing a mapped type by a generic key loses the pairing of input and output; the contract keeps it.
  const fn = api[channel] as unknown as (input: ChannelInput<K>) => Promise<IpcResult<ChannelOutput<K>>>;
  const result = await fn(input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as ChannelOutput<K>;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
