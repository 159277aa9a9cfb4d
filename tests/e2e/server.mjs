// A tiny static server for dist/ on 127.0.0.1, with the index.html fallback that yew-router's
// deep links need, correct MIME types (wasm streaming compilation needs application/wasm), and
// per-path overrides so tests can serve fixture feeds, failures and hangs.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.geojson': 'application/geo+json', '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts serving `root`. `overrides` maps a URL path to a handler (req, res) => void.
 * Returns { url, close, overrides, hits } where hits counts requests per path.
 */
export async function serve(rootDir, { port = 0, headers = {}, gzip = false } = {}) {
  const root = path.resolve(rootDir);
  // Compressed bodies by file and modification time (`gzip`: as a deployment would serve them,
  // for the benchmarks).
  const compressed = new Map();
  const overrides = new Map();
  const hits = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const pathname = decodeURIComponent(url.pathname);
    hits.set(pathname, (hits.get(pathname) || 0) + 1);
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    const override = overrides.get(pathname);
    if (override) return override(req, res);
    let file = path.join(root, path.normalize(pathname));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      // Only extension-less paths are app routes; a missing file is a 404.
      if (path.extname(pathname)) { res.writeHead(404).end('not found'); return; }
      file = path.join(root, 'index.html');
    }
    const body = fs.readFileSync(file);
    const etag = `"${fs.statSync(file).mtimeMs.toString(16)}-${body.length.toString(16)}"`;
    if (req.headers['if-none-match'] === etag) { res.writeHead(304, { ETag: etag }).end(); return; }
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] || '') && !/font|image\/png/.test(type)) {
      if (!compressed.has(etag)) compressed.set(etag, zlib.gzipSync(body, { level: 6 }));
      const packed = compressed.get(etag);
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': packed.length, 'Content-Encoding': 'gzip', ETag: etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' });
      res.end(packed);
      return;
    }
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': body.length,
      ETag: etag,
      'Cache-Control': 'no-cache',
    });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}`,
    overrides,
    hits,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}

// `node tests/e2e/server.mjs DIR PORT`: serve a folder by hand (used by make screenshots).
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] || 'dist';
  const port = Number(process.argv[3] || 8080);
  serve(root, { port }).then((s) => console.log(`serving ${root} at ${s.url}`));
}
