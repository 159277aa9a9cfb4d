// A queue-live feed for tests: it changes when told to, honours If-None-Match and
// If-Modified-Since with 304, and can be told to fail (HTTP 503) or hang (never answer).
// Install it on a server from server.mjs with `feed.install(server)`.

export class LiveFeed {
  constructor(services = ['dukcapil-ktp', 'dukcapil-kk']) {
    this.services = services;
    this.version = 1;
    this.mode = 'ok'; // 'ok' | 'fail' | 'hang'
    this.counts = { requests: 0, ok: 0, notModified: 0, failed: 0, hung: 0, bodyBytes: 0, headerBytes: 0 };
    this.changedAt = Date.now();
    this.modified = new Date(Math.floor(Date.now() / 1000) * 1000);
    this.hanging = [];
  }

  /** Moves to a new version: the waiting counts change. */
  bump() {
    this.version += 1;
    this.changedAt = Date.now();
    this.modified = new Date(Math.max(this.modified.getTime() + 1000, Math.floor(Date.now() / 1000) * 1000));
  }

  waiting(i) {
    return 10 * this.version + i;
  }

  body() {
    const now = new Date(this.changedAt);
    const stamp = (d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
    return JSON.stringify({
      schema: 'smartcity.queue-live/1',
      generated_at: stamp(now),
      live: this.services.map((service, i) => ({
        service, waiting: this.waiting(i), serving: `A-${String(this.version).padStart(3, '0')}`,
        counters_open: 2, issued_today: 40 + this.version, updated_at: stamp(now),
      })),
    });
  }

  handle(req, res) {
    this.counts.requests += 1;
    if (this.mode === 'hang') {
      this.counts.hung += 1;
      this.hanging.push(res);
      return;
    }
    if (this.mode === 'fail') {
      this.counts.failed += 1;
      res.writeHead(503, { 'Content-Type': 'text/plain' }).end('maintenance');
      return;
    }
    const etag = `"live-${this.version}"`;
    const headers = { ETag: etag, 'Last-Modified': this.modified.toUTCString(), 'Cache-Control': 'no-cache' };
    const headerBytes = Object.entries(headers).reduce((n, [k, v]) => n + k.length + String(v).length + 4, 17);
    const since = req.headers['if-modified-since'];
    if (req.headers['if-none-match'] === etag || (!req.headers['if-none-match'] && since && new Date(since) >= this.modified)) {
      this.counts.notModified += 1;
      this.counts.headerBytes += headerBytes;
      res.writeHead(304, headers).end();
      return;
    }
    const body = this.body();
    this.counts.ok += 1;
    this.counts.bodyBytes += Buffer.byteLength(body);
    this.counts.headerBytes += headerBytes + 60;
    res.writeHead(200, { ...headers, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }).end(body);
  }

  install(server, path = '/data/queue-live.json') {
    server.overrides.set(path, (req, res) => this.handle(req, res));
  }

  release() {
    for (const res of this.hanging.splice(0)) res.destroy();
  }
}
