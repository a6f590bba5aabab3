// `npm run bench:first-load [-- /de/offers /de]`: loads pages in Chromium against a production
// server on the demo database and prints the JavaScript each page loads, gzip-compressed. The
// budget for the offer list is 150 KB.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { requireBuild, root, run, startServer, stopServer } from "./server";

const BUDGET_KB = 150;
const port = 3301;
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ["/de/offers", "/de", "/de/offers?view=map"];

async function main() {
  requireBuild();
  const file = path.join(root, "data/bench-first-load.db");
  fs.rmSync(file, { force: true });
  const env = { DATABASE_URL: `file:${file}` };
  await run("node_modules/.bin/prisma", ["migrate", "deploy"], env);
  await run("node_modules/.bin/tsx", ["--conditions", "react-server", "prisma/seed.ts"], env);
  const server = await startServer(port, env);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  let overBudget = false;
  try {
    for (const pathname of pages) {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const scripts: Array<{ url: string; gzip: number }> = [];
      page.on("response", async (response) => {
        if (response.request().resourceType() !== "script") return;
        const body = await response.body().catch(() => null);
        if (body) scripts.push({ url: new URL(response.url()).pathname, gzip: gzipSync(body).length });
      });
      await page.goto(`http://127.0.0.1:${port}${pathname}`, { waitUntil: "networkidle" });
      const total = scripts.reduce((sum, s) => sum + s.gzip, 0) / 1024;
      console.log(`\n${pathname}: ${total.toFixed(1)} KB JavaScript (gzip) in ${scripts.length} files`);
      for (const s of scripts.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${(s.gzip / 1024).toFixed(1).padStart(6)} KB  ${s.url}`);
      if (pathname === "/de/offers" && total > BUDGET_KB) overBudget = true;
      await page.close();
    }
  } finally {
    await browser.close();
    await stopServer(server);
    fs.rmSync(file, { force: true });
  }
  if (overBudget) {
    console.error(`\n/de/offers is over its budget of ${BUDGET_KB} KB`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
