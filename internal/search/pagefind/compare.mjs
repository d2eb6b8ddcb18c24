// compare.mjs: Pagefind beside alur's own search, on the same built site and
// the same relevance set (internal/search/testdata/kueri.yaml).
//
// Run it through compare.sh, which installs Pagefind and passes:
//   node compare.mjs <pagefind-package-dir> <site-dir> <kueri.yaml> <alur-binary> <work-dir>
//
// It indexes the site with Pagefind's Node API (timed), loads the
// generated pagefind.js the way a browser would (its fetches served from
// disk), runs every query through Pagefind and through `alur search
// --json`, and prints top-1, top-3, MRR, index size and build time.
// A hit counts when its URL is the expected service's page: the office's
// own /kelurahan/<office>/<service>/ when an office is expected, else that
// or the city page /layanan/<service>/.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const [pkgDir, siteDir, queriesFile, alurBin, workDir] = process.argv.slice(2);
if (!workDir) {
  console.error('usage: node compare.mjs PAGEFIND_PKG SITE KUERI.yaml ALUR_BIN WORKDIR');
  process.exit(2);
}

// The relevance set is a YAML list of flow mappings, one per line.
function readQueries(file) {
  const out = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = line.match(/^- \{(.*)\}\s*$/);
    if (!m) continue;
    const c = {};
    for (const part of m[1].split(/,\s*(?=[a-z]+:)/)) {
      const i = part.indexOf(':');
      c[part.slice(0, i).trim()] = part.slice(i + 1).trim();
    }
    out.push({ q: c.q, service: c.layanan, office: c.kantor || '', within: c.di || '' });
  }
  return out;
}

function matches(url, c) {
  const p = new URL(url, 'http://x/').pathname.replace(/^\/en\//, '/');
  if (p === `/kelurahan/${c.office}/${c.service}/`) return true;
  return !c.office && (p === `/layanan/${c.service}/` || new RegExp(`^/kelurahan/[^/]+/${c.service}/$`).test(p));
}

function score(ranked) {
  let top1 = 0, top3 = 0, rr = 0;
  for (const rank of ranked) {
    if (rank === 1) top1++;
    if (rank >= 1 && rank <= 3) top3++;
    if (rank > 0) rr += 1 / rank;
  }
  const n = ranked.length;
  return { top1: top1 / n, top3: top3 / n, mrr: rr / n };
}

function folderSize(dir) {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    n += e.isDirectory() ? folderSize(p) : fs.statSync(p).size;
  }
  return n;
}

const queries = readQueries(queriesFile);

// Pagefind: index the Indonesian pages (the English ones repeat them).
const pagefind = await import(pathToFileURL(path.join(pkgDir, 'lib/index.js')));
const outDir = path.join(workDir, 'pagefind');
const t0 = performance.now();
const { index } = await pagefind.createIndex({ forceLanguage: 'id' });
const added = await index.addDirectory({ path: siteDir, glob: '{index.html,kelurahan/**/*.html,layanan/**/*.html,kecamatan/**/*.html,tentang/**/*.html,bantuan/**/*.html}' });
await index.writeFiles({ outputPath: outDir });
const pagefindBuildMs = performance.now() - t0;
await pagefind.close();

// Load the generated pagefind.js as a browser would; its fetches read files.
// Paths are taken relative to the work folder, as a site root.
globalThis.fetch = async (url) => {
  const u = new URL(String(url), pathToFileURL(workDir + '/'));
  return new Response(fs.readFileSync(fileURLToPath(u)));
};
globalThis.document = {
  currentScript: null,
  documentElement: { lang: 'id' },
  querySelector: () => ({ getAttribute: () => 'id' }),
};
const pf = await import(pathToFileURL(path.join(outDir, 'pagefind.js')));
await pf.init();

async function pagefindRank(c) {
  const r = await pf.search(c.q);
  // raw_url is the page's path; url has the file: base prefixed here.
  let urls = (await Promise.all(r.results.slice(0, 200).map((x) => x.data()))).map((d) => d.raw_url);
  if (c.within) urls = urls.filter((u) => u.startsWith(`/kelurahan/${c.within}/`));
  const i = urls.slice(0, 10).findIndex((u) => matches(u, c));
  return i + 1;
}

function alurRank(c) {
  const args = ['search', '--site', siteDir, '--json', '--lang', 'id'];
  if (c.within) args.push('--office', c.within);
  args.push(c.q);
  const hits = JSON.parse(execFileSync(alurBin, args, { encoding: 'utf8' }));
  return hits.findIndex((h) => matches(h.url, c)) + 1;
}

const pfRanks = [], alurRanks = [], misses = [];
for (const c of queries) {
  const a = alurRank(c), p = await pagefindRank(c);
  alurRanks.push(a);
  pfRanks.push(p);
  if (p !== 1) misses.push(`  ${JSON.stringify(c.q).padEnd(38)} pagefind rank ${p || '-'}   alur rank ${a || '-'}`);
}

const alurIndex = path.join(siteDir, '_search', 'index.bleve');
const fmt = (s) => `top-1 ${s.top1.toFixed(3)}  top-3 ${s.top3.toFixed(3)}  MRR ${s.mrr.toFixed(3)}`;
console.log(`${queries.length} queries from ${path.basename(queriesFile)} over ${siteDir}`);
console.log(`alur     ${fmt(score(alurRanks))}  index ${(folderSize(alurIndex) / 1048576).toFixed(2)} MiB (built by alur build; see its summary for time)`);
console.log(`pagefind ${fmt(score(pfRanks))}  index ${(folderSize(outDir) / 1048576).toFixed(2)} MiB  build ${(pagefindBuildMs / 1000).toFixed(2)} s  (${added.page_count} pages)`);
console.log('Queries Pagefind did not rank first:');
console.log(misses.join('\n'));
process.exit(0);
