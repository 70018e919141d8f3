import { z } from 'zod';
import { LIBRARY_FIND_MAX_MATCHES, type LibraryFindResult, type ReplaceSummary } from '../core/checks/replace/libraryFind';
import { REPLACE_FIELDS } from '../core/checks/replace/replaceInArticle';
import { channel, noInput } from './channel';

const FindQuerySchema = z
  .object({
    query: z.string().min(1, 'Type something to find.').max(500),
    replacement: z
      .string()
      .max(500)
      .regex(/^[^\r\n]*$/, 'A replacement is one line: it cannot hold a line break.'),
    options: z.object({ caseSensitive: z.boolean(), wholeWord: z.boolean(), regex: z.boolean() }).strict(),
    fields: z.array(z.enum(REPLACE_FIELDS)).min(1, 'Choose at least one field to search.').max(REPLACE_FIELDS.length),
  })
  .strict();

const ChosenMatchSchema = z
  .object({
    field: z.enum(REPLACE_FIELDS),
    block: z.number().int().min(0).max(1_000_000),
    from: z.number().int().min(0).max(10_000_000),
    to: z.number().int().min(1).max(10_000_000),
  })
  .strict()
  .refine((m) => m.to > m.from, 'A match must end after it starts.');

const ChoiceSchema = z
  .object({
    id: z.uuid(),
    updatedAt: z.string().max(40),
    matches: z.array(ChosenMatchSchema).min(1).max(LIBRARY_FIND_MAX_MATCHES),
  })
  .strict();

/** Find and replace across the library: search (with progress and cancel), then apply what was chosen. */
export const findChannels = {
  prepareLibraryFind: channel<null>()(noInput),
  findInLibrary: channel<LibraryFindResult>()(FindQuerySchema),
  libraryFindProgress: channel<{ done: number; total: number } | null>()(noInput),
  cancelLibraryFind: channel<boolean>()(noInput),
  replaceInLibrary: channel<ReplaceSummary>()(
    z
      .object({ query: FindQuerySchema, articles: z.array(ChoiceSchema).min(1).max(LIBRARY_FIND_MAX_MATCHES) })
      .strict()
      .refine((input) => input.articles.reduce((n, a) => n + a.matches.length, 0) <= LIBRARY_FIND_MAX_MATCHES, {
        message: `At most ${LIBRARY_FIND_MAX_MATCHES.toLocaleString('en')} replacements in one go.`,
      }),
  ),
} as const;
