/**
 * Renders assets/icon.svg, the one source of the app icon, to the PNGs the packages need:
 *  - assets/icon.png (1024 px): electron-builder converts it to the macOS .icns and the Windows .ico;
 *  - assets/icons/<n>x<n>.png: the Linux icon set (AppImage and deb install them by size).
 * The PNGs are committed, so packaging needs no renderer; run this again after editing the SVG:
 *   npx tsx scripts/makeIcons.ts
 * Fonts are not loaded: the icon is drawn with paths only, so every machine renders the same pixels.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LINUX_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const;
export const MASTER_SIZE = 1024;

const assets = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');

export function renderIcon(svg: string, size: number): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } });
  return resvg.render().asPng();
}

async function main(): Promise<void> {
  const svg = await readFile(join(assets, 'icon.svg'), 'utf8');
  await writeFile(join(assets, 'icon.png'), renderIcon(svg, MASTER_SIZE));
  await mkdir(join(assets, 'icons'), { recursive: true });
  for (const size of LINUX_ICON_SIZES) await writeFile(join(assets, 'icons', `${size}x${size}.png`), renderIcon(svg, size));
  console.log(`Wrote assets/icon.png and ${LINUX_ICON_SIZES.length} sizes in assets/icons/.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
