#!/usr/bin/env node
/**
 * `npm run web`: serves dist/web/ (built by `npm run build:web`) on http://127.0.0.1:<port>/ with node:http
 * only, and prints the address. Local only (bound to 127.0.0.1); files are read from dist/web and nothing
 * else; Ctrl+C stops it. PORT=8080 npm run web picks the port (default 5178; 0 = any free port).
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'web');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png' };

export function serveWeb(port = 5178) {
  if (!existsSync(join(root, 'index.html'))) throw new Error('dist/web is not built: run `npm run build:web` first.');
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const server = await serveWeb(Number(process.env.PORT ?? 5178));
  const { port } = server.address();
  console.log(`vnse web page: http://127.0.0.1:${port}/  (Ctrl+C to stop; the page also opens from dist/web/index.html)`);
}
