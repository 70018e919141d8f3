import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The .aff and .dic of an npm Hunspell package (dictionary-en…), for tests of the spelling worker's code. */
export function hunspellFiles(pkg: 'dictionary-en' | 'dictionary-en-gb'): { aff: string; dic: string } {
  const dir = dirname(createRequire(import.meta.url).resolve(pkg));
  return { aff: readFileSync(join(dir, 'index.aff'), 'utf8'), dic: readFileSync(join(dir, 'index.dic'), 'utf8') };
}
