// `npm run icons`: the app icons for the web app manifest, drawn from app/icon.svg (the browser
// tab's icon) so that there is one drawing. The PNGs are committed: builds need no image tools.
import { readFileSync } from "node:fs";
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

async function main() {
  await plain(192, "icon-192.png");
  await plain(512, "icon-512.png");
  await plain(180, "apple-touch-icon.png");
  await maskable(512, "icon-maskable-512.png");
  console.log("› icons written to public/icons/");
}

void main();
