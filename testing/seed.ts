import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SEED_PATH = resolve(import.meta.dirname, 'fixtures/seed/putin-maduro.txt');
export const seedText = (): string => readFileSync(SEED_PATH, 'utf8');

export const SEED = {
  section: 'WORLD',
  headline: 'Putin backs Maduro against US pressure, pledges deeper economic and energy ties',
  standfirst:
    'The two leaders hold a phone call after the US seized an oil tanker off the Venezuelan coast, the latest point of several points of friction between the two countries.',
  // As the app shows them after import: in the house's curly quotes (core/text/curlQuotes.ts).
  caption: '“Vladimir Putin expressed solidarity with the Venezuelan people,” the Kremlin says.',
  credit: 'Reuters',
  related: 'Russia maintains ‘constant contact’ with Venezuela as Caribbean tensions mount',
  source: 'TRTWorld and agencies',
};
