// The JavaScript baselines of bench/complaints.mjs, run in the same browser on the same pages:
// crossfilter2 (one dimension and one count group per filterable field, as a linked dashboard
// built on it would have) and a plain typed-array loop computing the same counts.
/* global crossfilter */

const FIELDS = ['agency', 'category', 'area', 'channel', 'status'];
const PARAM = { opd: 'agency', category: 'category', area: 'area', channel: 'channel', status: 'status' };
const STATUSES = ['received', 'verified', 'in_progress', 'resolved', 'rejected'];

async function loadPages(url) {
  const start = performance.now();
  let parseMs = 0;
  const docs = [];
  let next = url;
  while (next) {
    const res = await fetch(next);
    const text = await res.text();
    const t = performance.now();
    const doc = JSON.parse(text);
    parseMs += performance.now() - t;
    docs.push(doc);
    next = doc.next ? new URL(doc.next, res.url).href : null;
  }
  return { docs, fetchParseMs: performance.now() - start, parseMs };
}

/** Columns as typed arrays; ids become row numbers of the first page's tables. */
function columns(docs) {
  const t0 = performance.now();
  const head = docs[0];
  const index = (rows) => new Map(rows.map((r, i) => [r.id, i]));
  const maps = {
    agency: index(head.agencies), category: index(head.categories), area: index(head.areas),
    channel: index(head.channels), status: new Map(STATUSES.map((s, i) => [s, i])),
  };
  const n = docs.reduce((a, d) => a + d.complaints.length, 0);
  const cols = Object.fromEntries(FIELDS.map((f) => [f, new Uint8Array(n)]));
  cols.day = new Uint16Array(n);
  let first = Infinity;
  for (const d of docs) for (const c of d.complaints) first = Math.min(first, Date.parse(c.received_at));
  const day0 = Math.floor((first + 8 * 3600e3) / 86400e3);
  let i = 0;
  for (const d of docs) {
    for (const c of d.complaints) {
      for (const f of FIELDS) cols[f][i] = maps[f].get(c[f]);
      cols.day[i] = Math.floor((Date.parse(c.received_at) + 8 * 3600e3) / 86400e3) - day0;
      i++;
    }
  }
  const sizes = Object.fromEntries(FIELDS.map((f) => [f, maps[f].size]));
  return { cols, n, sizes, maps, ms: performance.now() - t0 };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(0.95 * s.length))]; };

/** Applies the toggles one by one to a selection state and calls `apply` after each. */
function replay(changes, maps, apply) {
  const selected = Object.fromEntries(FIELDS.map((f) => [f, new Set()]));
  const times = [];
  for (const [param, value] of changes) {
    const field = PARAM[param];
    const row = maps[field].get(value);
    const set = selected[field];
    if (set.has(row)) set.delete(row); else set.add(row);
    const t = performance.now();
    apply(field, set, selected);
    times.push(performance.now() - t);
  }
  return times;
}

function crossfilterRun(data, changes) {
  const t0 = performance.now();
  const rows = new Uint32Array(data.n);
  for (let i = 0; i < data.n; i++) rows[i] = i;
  const cf = crossfilter(Array.from(rows));
  const dims = {};
  const groups = [];
  for (const f of FIELDS) {
    const col = data.cols[f];
    dims[f] = cf.dimension((i) => col[i]);
    groups.push(dims[f].group().reduceCount());
  }
  const dayCol = data.cols.day;
  const day = cf.dimension((i) => dayCol[i]);
  groups.push(day.group().reduceCount());
  const all = cf.groupAll().reduceCount();
  const buildMs = performance.now() - t0;
  const times = replay(changes, data.maps, (field, set) => {
    if (set.size === 0) dims[field].filterAll();
    else dims[field].filterFunction((v) => set.has(v));
    for (const g of groups) g.all();
    all.value();
  });
  return { buildMs, times };
}

function typedLoopRun(data, changes) {
  const { cols, n, sizes } = data;
  let days = 0;
  for (let i = 0; i < n; i++) if (cols.day[i] >= days) days = cols.day[i] + 1;
  const masks = Object.fromEntries(FIELDS.map((f) => [f, new Uint8Array(sizes[f]).fill(1)]));
  const times = replay(changes, data.maps, (field, set) => {
    const m = masks[field];
    m.fill(set.size === 0 ? 1 : 0);
    for (const v of set) m[v] = 1;
    const counts = FIELDS.map((f) => new Uint32Array(sizes[f]));
    const byDay = new Uint32Array(days);
    const [ma, mc, mr, mh, ms] = FIELDS.map((f) => masks[f]);
    const [a, c, r, h, s] = FIELDS.map((f) => cols[f]);
    const d = cols.day;
    for (let i = 0; i < n; i++) {
      const fa = ma[a[i]] ^ 1, fc = mc[c[i]] ^ 1, fr = mr[r[i]] ^ 1, fh = mh[h[i]] ^ 1, fs = ms[s[i]] ^ 1;
      const fails = fa + fc + fr + fh + fs;
      if (fails === 0) {
        counts[0][a[i]]++; counts[1][c[i]]++; counts[2][r[i]]++; counts[3][h[i]]++; counts[4][s[i]]++;
        byDay[d[i]]++;
      } else if (fails === 1) {
        if (fa) counts[0][a[i]]++; else if (fc) counts[1][c[i]]++; else if (fr) counts[2][r[i]]++;
        else if (fh) counts[3][h[i]]++; else counts[4][s[i]]++;
      }
    }
  });
  return { times };
}

window.runBaselines = async (url, changes) => {
  const loaded = await loadPages(url);
  const data = columns(loaded.docs);
  loaded.docs = null;
  const heapAfterParse = performance.memory ? performance.memory.usedJSHeapSize : 0;
  const cf = crossfilterRun(data, changes);
  const typed = typedLoopRun(data, changes);
  return {
    records: data.n,
    fetchParseMs: loaded.fetchParseMs,
    parseMs: loaded.parseMs,
    columnsMs: data.ms,
    heapAfterParse,
    crossfilter: { buildMs: cf.buildMs, median: median(cf.times), p95: p95(cf.times) },
    typed: { median: median(typed.times), p95: p95(typed.times) },
  };
};
