// `npm run icons`: the app icons for the web app manifest, drawn from app/icon.svg (the browser
// tab's icon) so that there is one drawing. The PNGs are committed: builds need no image tools.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const root = path.join(__dirname, "..", "..");
const svg = readFileSync(path.join(root, "app", "icon.svg"));
const out = (name: string) => path.join(root, "public", "icons", name);
const TEAL = "#0b5c63";

async function plain(size: number, name: string) {
  await sharp(svg, { density: (72 * size) / 32 }).resize(size, size).png().toFile(out(name));
}

// A maskable icon is cropped to a circle or squircle by the phone: the drawing keeps to the inner
// 80 % ("safe zone") on a full-bleed background of the same colour.
async function maskable(size: number, name: string) {
  const inner = Math.round(size * 0.8);
  const drawing = await sharp(svg, { density: (72 * inner) / 32 }).resize(inner, inner).png().toBuffer();
  await sharp({ create: { width: size, height: size, channels: 4, background: TEAL } })
    .composite([{ input: drawing, gravity: "centre" }])
    .png()
    .toFile(out(name));
}

// Browsers and tools that ask for /favicon.ico without reading the page get the same drawing: an
// ICO file may hold a PNG as it is (a 6-byte header, one 16-byte entry, the image).
async function favicon(size: number) {
  const png = await sharp(svg, { density: (72 * size) / 32 }).resize(size, size).png().toBuffer();
  const header = Buffer.alloc(22);
  header.writeUInt16LE(1, 2); // an icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18); // where the image starts
  writeFileSync(path.join(root, "public", "favicon.ico"), Buffer.concat([header, png]));
}

async function main() {
  await plain(192, "icon-192.png");
  await plain(512, "icon-512.png");
  await plain(180, "apple-touch-icon.png");
  await maskable(512, "icon-maskable-512.png");
  await favicon(32);
  console.log("› icons written to public/icons/ and public/favicon.ico");
}

void main();
