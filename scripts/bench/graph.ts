// `npm run bench:graph [-- --sizes 2000:10000,500:2500]`: for each size (organisations:relationships)
// seeds a fresh SQLite database with a synthetic network, times building the view on the server,
// then opens /admin/network in Chromium and reports the first render, the layout time and the
// longest frame while the layout ran (a long frame would be a frozen page). Needs `npm run build`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { requireBuild, root, run, startServer, stopServer } from "./server";
import { BENCH_ADMIN } from "./seed-network";

const args = process.argv.slice(2);
const sizesArg = args[args.indexOf("--sizes") + 1];
const sizes = (args.includes("--sizes") && sizesArg ? sizesArg : "2000:10000,500:2500")
  .split(",")
  .map((s) => s.split(":").map(Number) as [number, number]);
const port = 3301;
const tsx = path.join(root, "node_modules/.bin/tsx");

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
      console.log(
        `${organisations} organisations, ${relationships} relationships: server view ${server.slowestMs} ms the first time, ${server.medianMs} ms when the metrics are known (median of 5; ${server.nodes} nodes, ${server.edges} edges), ` +
          `page loaded ${pageMs} ms, first render ${Math.round(timings.firstRenderMs ?? -1)} ms, layout ${Math.round(timings.layoutMs ?? -1)} ms, ` +
          `longest frame after the first while the layout ran ${Math.round(timings.longestFrameMs ?? -1)} ms`,
      );
    } finally {
      await browser.close();
      await stopServer(app);
      fs.rmSync(file, { force: true });
    }
  }
}

void main();
