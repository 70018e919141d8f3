import { describe, expect, it } from 'vitest';
import type { IndexEntry } from '../core/library/indexEntry';
import { CliError } from './cliError';
import { findEntry } from './commands';

const entry = (id: string, slug: string, headline: string) => ({ id, slug, headline }) as IndexEntry;
const store = {
  list: () => [
    entry('3f2a9c10-1111-4111-8111-111111111111', 'budget-vote', 'Budget passes'),
    entry('3f2a7700-2222-4222-8222-222222222222', 'storm', 'Storm closes schools'),
    entry('9b000000-3333-4333-8333-333333333333', '3f2a', 'A slug that looks like an id'),
  ],
};
const refused = (ref: string, from: Pick<typeof store, 'list'> = store): CliError => {
  try {
    findEntry(from, ref);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error(`"${ref}" was accepted`);
};

describe('findEntry', () => {
  it('takes a whole id, a slug, or a unique start of an id in either case', () => {
    expect(findEntry(store, '3f2a7700-2222-4222-8222-222222222222').slug).toBe('storm');
    expect(findEntry(store, 'budget-vote').headline).toBe('Budget passes');
    expect(findEntry(store, '3f2a9').slug).toBe('budget-vote');
    expect(findEntry(store, '3F2A77').slug).toBe('storm');
    expect(findEntry(store, '9b00').slug).toBe('3f2a');
  });

  it('prefers an exact slug over an id prefix', () => {
    expect(findEntry(store, '3f2a').slug).toBe('3f2a');
  });

  it('names every match of an ambiguous prefix, and says what a too-short one needs', () => {
    const withoutTheSlug = { list: () => store.list().slice(0, 2) };
    const message = refused('3f2a', withoutTheSlug).message;
    expect(message).toContain('"3f2a" is the start of 2 article ids; give more of the id:');
    expect(message).toContain('3f2a9c10-1111-4111-8111-111111111111  Budget passes');
    expect(message).toContain('3f2a7700-2222-4222-8222-222222222222  Storm closes schools');
    expect(refused('3f2').message).toContain('An id prefix needs at least 4 characters.');
    expect(refused('zzzz').message).toBe('No article with the id or slug "zzzz". Run "copydesk list" to see them.');
  });
});
