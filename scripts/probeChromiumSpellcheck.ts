/**
 * Does the installed Chromium underline misspellings by itself when a bundled .bdic is placed where it
 * looks (`<profile>/Dictionaries/en-US-10-1.bdic`) and its preferences ask for en-US? The evidence behind
 * docs/spelling.md. Types "tset of teh speling" into a contenteditable with spellcheck on and again with it
 * off; identical screenshots mean Chromium drew no underline.
 *
 *   npx tsx scripts/probeChromiumSpellcheck.ts            # headless
 *   xvfb-run -a npx tsx scripts/probeChromiumSpellcheck.ts --headed
 */
import { chromium } from '@playwright/test';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../hosts/browser/findBinaries';

const headed = process.argv.includes('--headed');
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found (Debian: apt-get install chromium).');

const profile = mkdtempSync(join(tmpdir(), 'copydesk-spell-probe-'));
try {
  mkdirSync(join(profile, 'Dictionaries'));
  copyFileSync(resolve(import.meta.dirname, '../assets/dictionaries/en-US.bdic'), join(profile, 'Dictionaries', 'en-US-10-1.bdic'));
  mkdirSync(join(profile, 'Default'));
  const preferences = { spellcheck: { dictionaries: ['en-US'], use_spelling_service: false }, browser: { enable_spellchecking: true } };
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(preferences));
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: !headed, args: CHROMIUM_ARGS });
  const page = context.pages()[0] ?? (await context.newPage());
  const shots: Buffer[] = [];
  for (const spellcheck of ['true', 'false']) {
    await page.setContent(
      `<div id="e" contenteditable spellcheck="${spellcheck}" style="font:24px sans-serif;padding:20px;width:600px"></div>`,
    );
    await page.click('#e');
    await page.keyboard.type('tset of teh speling here ');
    await page.click('body', { position: { x: 5, y: 200 } });
    // Chromium checks on idle after typing; give it far longer than it needs on a quiet machine.
    await page.waitForTimeout(3_000);
    shots.push(await page.locator('#e').screenshot());
  }
  await context.close();
  const underlined = !shots[0]!.equals(shots[1]!);
  console.log(
    `Chromium ${headed ? 'headed' : 'headless'}: misspellings ${underlined ? 'UNDERLINED' : 'not underlined'} with the bundled .bdic.`,
  );
} finally {
  rmSync(profile, { recursive: true, force: true });
}
