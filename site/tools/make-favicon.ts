/**
 * Writes site/favicon.ico from site/favicon.svg: browsers and feed readers ask for /favicon.ico whatever
 * the page links, and a 404 there fills logs. Run by hand after changing the SVG
 * (`npx tsx site/tools/make-favicon.ts`); the build only copies the committed file.
 *
 * The ICO holds 16, 32 and 48 px PNG images (PNG inside ICO: Windows Vista and every current browser),
 * rendered by Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48];

/** ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the PNGs. */
function icoOf(pngs: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size % 256, at); // 0 means 256
    header.writeUInt8(size % 256, at + 1);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map(({ png }) => png)]);
}

async function main(): Promise<void> {
  const svg = readFileSync(join(__dirname, '..', 'favicon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const pngs = [];
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
      );
      pngs.push({
        size,
        png: await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }),
      });
      await page.close();
    }
    writeFileSync(join(__dirname, '..', 'favicon.ico'), icoOf(pngs));
  } finally {
    await browser.close();
  }
}

void main();
