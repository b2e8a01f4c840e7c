/**
 * Draws the app icons in public/ from public/icons/icon.svg: PNGs for phones' home screens
 * (192, 512, and 180 for iOS) and favicon.ico (a 32 px PNG inside an ICO). Run it after
 * changing the SVG: node scripts/make-icons.mjs (needs Chromium: CHROMIUM_PATH or /usr/bin/chromium).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright";

const PUBLIC = path.resolve(import.meta.dirname, "../public");
const svg = readFileSync(path.join(PUBLIC, "icons/icon.svg"), "utf8");
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });

async function png(size) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  const bytes = await page.screenshot({ omitBackground: true });
  await page.close();
  return bytes;
}

for (const [name, size] of [
  ["icons/icon-192.png", 192],
  ["icons/icon-512.png", 512],
  ["icons/apple-touch-icon.png", 180],
]) {
  writeFileSync(path.join(PUBLIC, name), await png(size));
}

// An ICO holding one PNG: a 6-byte header, one 16-byte directory entry, then the PNG.
const small = await png(32);
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0); // reserved
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(1, 4); // one image
header.writeUInt8(32, 6); // width
header.writeUInt8(32, 7); // height
header.writeUInt8(0, 8); // no palette
header.writeUInt8(0, 9); // reserved
header.writeUInt16LE(1, 10); // colour planes
header.writeUInt16LE(32, 12); // bits per pixel
header.writeUInt32LE(small.length, 14); // size of the PNG
header.writeUInt32LE(22, 18); // where it starts
writeFileSync(path.join(PUBLIC, "favicon.ico"), Buffer.concat([header, small]));

await browser.close();
