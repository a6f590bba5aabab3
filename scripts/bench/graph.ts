// `npm run bench:graph [-- --sizes 2000:10000,500:2500]`: for each size (organisations:relationships)
// seeds a fresh SQLite database with a synthetic network, times building the view on the server,
// then opens /admin/network in Chromium and reports the first render, the layout time, the
// longest frame while the layout ran (a long frame would be a frozen page), and the longest frame
// while a coordinator pans (drags) and zooms (mouse wheel) the arranged graph, software-rendered
// as on a laptop without a GPU. Needs `npm run build`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { requireBuild, root, run, startServer, stopServer } from "./server";
import { BENCH_ADMIN } from "./seed-network";

const args = process.argv.slice(2);
const sizesArg = args[args.indexOf("--sizes") + 1];
const sizes = (args.includes("--sizes") && sizesArg ? sizesArg : "2000:10000,500:2500")
  .split(",")
  .map((s) => s.split(":").map(Number) as [number, number]);
const port = 3301;
const tsx = path.join(root, "node_modules/.bin/tsx");

declare global {
  interface Window {
    __benchFrames?: { longest: number; last: number; running: boolean };
  }
}

/** The longest gap between two frames while `gesture` runs and for half a second after it. */
async function longestFrameDuring(page: Page, gesture: () => Promise<void>): Promise<number> {
  // A string, not a function: tsx would wrap a named function in a helper the page does not have.
  await page.evaluate(`(() => {
    const frames = (window.__benchFrames = { longest: 0, last: 0, running: true });
    const tick = (now) => {
      if (frames.last) frames.longest = Math.max(frames.longest, now - frames.last);
      frames.last = now;
      if (frames.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await gesture();
  await page.waitForTimeout(500);
  return page.evaluate(() => {
    window.__benchFrames!.running = false;
    return Math.round(window.__benchFrames!.longest);
  });
}

async function panAndZoom(page: Page) {
  const box = (await page.getByTestId("network-graph").boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const pan = await longestFrameDuring(page, async () => {
    for (const dx of [250, -250]) {
      await page.mouse.move(centre.x, centre.y);
      await page.mouse.down();
      await page.mouse.move(centre.x + dx, centre.y + dx / 3, { steps: 30 });
      await page.mouse.up();
    }
  });
  const zoom = await longestFrameDuring(page, async () => {
    await page.mouse.move(centre.x, centre.y);
    for (const delta of [-120, -120, -120, -120, 120, 120, 120, 120]) {
      await page.mouse.wheel(0, delta);
      await page.waitForTimeout(120);
    }
  });
  return { pan, zoom };
}

async function main() {
  requireBuild();
  for (const [organisations, relationships] of sizes) {
    const file = path.join(root, `data/bench-graph-${organisations}.db`);
    fs.rmSync(file, { force: true });
    const env = { DATABASE_URL: `file:${file}` };
    await run("npx", ["prisma", "migrate", "deploy"], env);
    await run(
      tsx,
      ["--conditions", "react-server", "scripts/bench/seed-network.ts", String(organisations), String(relationships)],
      env,
    );
    const server = JSON.parse(
      execFileSync(tsx, ["--conditions", "react-server", "scripts/bench/graph-build.ts"], {
        cwd: root,
        env: { ...process.env, ...env },
      }).toString(),
    );

    const app = await startServer(port, {
      ...env,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      MAP_TILE_URL: "http://127.0.0.1:9/{z}/{x}/{y}.png",
    });
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--use-gl=angle", "--use-angle=swiftshader"],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "de-DE" });
      await page.goto(`http://127.0.0.1:${port}/admin/login`);
      await page.getByLabel("E-Mail").fill(BENCH_ADMIN.email);
      await page.getByLabel("Passwort").fill(BENCH_ADMIN.password);
      await page.getByRole("button", { name: "Anmelden" }).click();
      await page.waitForURL((url) => !url.pathname.includes("login"));
      const started = Date.now();
      await page.goto(`http://127.0.0.1:${port}/admin/network`);
      const pageMs = Date.now() - started;
      await page.waitForFunction(() => window.__networkTimings?.layoutMs !== undefined, null, { timeout: 120_000 });
      const timings = await page.evaluate(() => window.__networkTimings!);
      // The end of the layout redraws every node and line once (the arranged places); panning
      // and zooming are measured on the arranged picture, after that redraw.
      await page.waitForTimeout(1000);
      const moving = await panAndZoom(page);
      console.log(
        `${organisations} organisations, ${relationships} relationships: server view ${server.slowestMs} ms the first time, ${server.medianMs} ms when the metrics are known (median of 5; ${server.nodes} nodes, ${server.edges} edges), ` +
          `page loaded ${pageMs} ms, first render ${Math.round(timings.firstRenderMs ?? -1)} ms, layout ${Math.round(timings.layoutMs ?? -1)} ms, ` +
          `longest frame after the first while the layout ran ${Math.round(timings.longestFrameMs ?? -1)} ms, ` +
          `longest frame while panning ${moving.pan} ms, while zooming ${moving.zoom} ms`,
      );
    } finally {
      await browser.close();
      await stopServer(app);
      fs.rmSync(file, { force: true });
    }
  }
}

void main();
