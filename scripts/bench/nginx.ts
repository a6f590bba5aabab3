// Runs Debian's nginx with the site configuration from deploy/nginx/wegweiser.conf in front of the
// benchmark's server processes: the same file, with its upstream ports and its listen address
// replaced by the benchmark's. nginx runs in the foreground, with a prefix directory of its own.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { root } from "./server";

export type Nginx = {
  process: ChildProcess;
  dir: string;
  stop: () => Promise<void>;
  upstreamCounts: () => Record<string, number>;
};

export const NGINX = process.env.BENCH_NGINX ?? "/usr/sbin/nginx";

/** The repository's site file, pointed at these upstream ports and this listening port. */
export function siteConfig(upstreamPorts: number[], listenPort: number): string {
  const site = fs.readFileSync(path.join(root, "deploy/nginx/wegweiser.conf"), "utf8");
  const servers = site.match(/^ *server 127\.0\.0\.1:\d+[^\n]*\n/gm);
  if (!servers?.length) throw new Error("deploy/nginx/wegweiser.conf names no upstream server 127.0.0.1:PORT");
  const options = servers[0]!.replace(/^ *server 127\.0\.0\.1:\d+/, "").trimEnd();
  const upstream = upstreamPorts.map((port) => `    server 127.0.0.1:${port}${options}\n`).join("");
  let replaced = false;
  return site
    .replace(/^ *server 127\.0\.0\.1:\d+[^\n]*\n/gm, () => (replaced ? "" : ((replaced = true), upstream)))
    .replace(/^ *listen \[::\]:80;\n/m, "")
    .replace(/^( *)listen 80;/m, `$1listen 127.0.0.1:${listenPort};`);
}

export async function startNginx(upstreamPorts: number[], listenPort: number): Promise<Nginx> {
  if (!fs.existsSync(NGINX))
    throw new Error(`nginx not found at ${NGINX}: install Debian's package (apt-get install -y nginx)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wegweiser-nginx-"));
  // nginx's workers run as an unprivileged user when started by root; they write their temporary files here.
  fs.chmodSync(dir, 0o755);
  for (const sub of ["body", "proxy", "logs"]) fs.mkdirSync(path.join(dir, sub), { mode: 0o777 });
  fs.chmodSync(path.join(dir, "logs"), 0o777);
  fs.writeFileSync(path.join(dir, "wegweiser.conf"), siteConfig(upstreamPorts, listenPort));
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 4096; }
http {
  log_format upstream '$upstream_addr';
  access_log ${dir}/logs/access.log upstream buffer=64k flush=1s;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  include ${dir}/wegweiser.conf;
}
`,
  );
  const child = spawn(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf")], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${listenPort}/api/health`);
      break;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`nginx did not start; see ${dir}/logs/error.log`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    process: child,
    dir,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => {
          fs.rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        child.kill("SIGQUIT");
      }),
    upstreamCounts: () => {
      const counts: Record<string, number> = {};
      for (const line of fs.readFileSync(path.join(dir, "logs/access.log"), "utf8").split("\n"))
        for (const address of line.split(/[, ]+/).filter(Boolean)) counts[address] = (counts[address] ?? 0) + 1;
      return counts;
    },
  };
}
