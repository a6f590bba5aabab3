// GET /serwist/sw.js: the service worker, bundled at build time from lib/offline/service-worker.ts
// with esbuild (already installed; nothing is downloaded). Only the app icons are fetched when it
// installs: build files are kept as the pages a reader opens use them, so installing never
// downloads the map or the back office on a slow connection.
import { createSerwistRoute } from "@serwist/turbopack";

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "lib/offline/service-worker.ts",
  useNativeEsbuild: true,
  globPatterns: ["public/icons/*.png"],
  // A classic worker script: module service workers are newer than some phones' browsers.
  esbuildOptions: { format: "iife", define: { "process.env.NODE_ENV": '"production"' } },
});
