import { z } from 'zod';
import { isCopydeskError } from '../../core/errors';
import { contract, type ChannelName, type ChannelOutput, type IpcResult, type ParsedInput } from '../../api/contract';

export type Handlers = {
  [K in ChannelName]: (input: ParsedInput<K>) => Promise<ChannelOutput<K>> | ChannelOutput<K>;
};

export type Invoke = (channel: unknown, input: unknown) => Promise<IpcResult<unknown>>;

/**
 * Maps channel names to handlers. It knows nothing of Electron: the same router serves ipcMain, the
 * browser host and the tests. Input is validated before a handler sees it, and every failure comes back
 * as a typed error value, so nothing thrown crosses the bridge.
 */
export function createRouter(handlers: Handlers, log: (error: unknown) => void = console.error): Invoke {
  return async (channel, input) => {
    if (typeof channel !== 'string' || !Object.hasOwn(contract, channel)) {
      // typeof, not String(): an object without a prototype cannot be turned into a string.
      const shown = typeof channel === 'string' ? JSON.stringify(channel).slice(0, 80) : `of type ${typeof channel}`;
      return fail('unknown_channel', `There is no channel ${shown}.`);
    }
    const name = channel as ChannelName;
    const parsed = contract[name].input.safeParse(input ?? {});
    if (!parsed.success) return fail('invalid_input', describeIssues(name, parsed.error));
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      return { ok: true, value: (await handler(parsed.data)) ?? null };
    } catch (error) {
      if (isCopydeskError(error)) return fail(error.code, error.message);
      if (error instanceof z.ZodError) return fail('invalid_data', describeIssues(name, error));
      log(error);
      return fail('internal', `Copydesk hit an unexpected problem in ${name}. Nothing was changed; please try again.`);
    }
  };
}

function fail(code: string, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

function describeIssues(channel: string, error: z.ZodError): string {
  const issues = error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`);
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return `Invalid input for ${channel}: ${issues.join('; ')}${more}.`;
}
