import { z } from 'zod';

/**
 * One channel between the renderer and the backend: the zod schema its input must pass (checked by the
 * router before any handler runs) and, as a phantom, the type of its output. Each domain file of api/
 * declares its channels with this; api/contract.ts composes them.
 */
export interface Channel<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type, never read at run time. */
  output?: O;
}
export const channel =
  <O>() =>
  <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });

export const noInput = z.object({}).strict();
export const articleId = z.object({ id: z.uuid() }).strict();

/** Image and file bytes cross the bridge as base64: the one encoding both transports carry unchanged. */
export const base64 = (maxBytes: number) =>
  z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4 + 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Must be base64.');
export const fileName = z.string().min(1).max(255);
