// compare.mjs: Pagefind beside alur's own search, on the same built site and
// the same relevance sets (internal/search/testdata/kueri.yaml and the
// grouped kueri-kelompok.yaml).
//
// Run it through compare.sh, which installs Pagefind and passes:
//   node compare.mjs <pagefind-package-dir> <site-dir> <alur-binary> <work-dir> <kueri.yaml>...
//
// It indexes the site with Pagefind's Node API (timed), loads the
// generated pagefind.js the way a browser would (its fetches served from
// disk), runs every query through Pagefind and through `alur search
// --json`, and prints top-1, top-3, MRR per file and group, index size and
// build time.
// A hit counts when its URL is the expected page: for a service the
// office's own /kelurahan/<office>/<service>/ when an office is expected,
// else that or the city page /layanan/<service>/; an office's or a
// kecamatan's page. A "not here" case counts for alur when it answers
// "elsewhere" naming the agency first; Pagefind cannot answer so and never
// counts. A "nothing fits" case counts when there is no hit (and, for alur,
// no agency).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const [pkgDir, siteDir, alurBin, workDir, ...queryFiles] = process.argv.slice(2);
if (!queryFiles.length) {
  console.error('usage: node compare.mjs PAGEFIND_PKG SITE ALUR_BIN WORKDIR KUERI.yaml...');
  process.exit(2);
}

// A relevance set is YAML flow mappings, one per line, either a plain list
// or lists under group names ("gabung:"); cases of a plain list are in the
// group named after the file.
function readQueries(file) {
  const out = [];
  let group = path.basename(file, '.yaml');
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const g = line.match(/^([a-z0-9-]+):/);
    if (g) { group = g[1]; continue; }
    const m = line.match(/^\s*- \{(.*)\}\s*$/);
    if (!m) continue;
    const c = {};
    for (const part of m[1].split(/,\s*(?=[a-z_]+:)/)) {
      const i = part.indexOf(':');
      c[part.slice(0, i).trim()] = part.slice(i + 1).trim().replace(/^"(.*)"$/, '$1');
    }
    out.push({
      group, q: c.q, service: c.layanan || '', office: c.kantor || '', kecamatan: c.kecamatan || '',
      agency: c.instansi || '', none: c.tidak_ada === 'true', within: c.di || '',
    });
  }
  return out;
}

function matches(url, c) {
  const p = new URL(url, 'http://x/').pathname.replace(/^\/en\//, '/');
  if (c.kecamatan) return p === `/kecamatan/${c.kecamatan}/`;
  if (!c.service) return p === `/kelurahan/${c.office}/`;
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

const queries = queryFiles.flatMap(readQueries);

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
  if (c.none) return urls.length === 0 ? 1 : 0;
  if (c.agency) return 0;
  const i = urls.slice(0, 10).findIndex((u) => matches(u, c));
  return i + 1;
}

function alurRank(c) {
  const args = ['search', '--site', siteDir, '--json', '--lang', 'id'];
  if (c.within) args.push('--office', c.within);
  args.push(c.q);
  const res = JSON.parse(execFileSync(alurBin, args, { encoding: 'utf8' }));
  if (c.none) return res.answer === 'none' ? 1 : 0;
  if (c.agency) return res.answer === 'elsewhere' ? (res.elsewhere || []).findIndex((a) => a.id === c.agency) + 1 : 0;
  if (res.answer === 'elsewhere') return 0; // sends the resident the wrong way
  return res.hits.findIndex((h) => matches(h.url, c)) + 1;
}

const byGroup = new Map(), misses = [];
for (const c of queries) {
  const a = alurRank(c), p = await pagefindRank(c);
  if (!byGroup.has(c.group)) byGroup.set(c.group, { alur: [], pagefind: [] });
  byGroup.get(c.group).alur.push(a);
  byGroup.get(c.group).pagefind.push(p);
  if (p !== 1) misses.push(`  ${c.group.padEnd(22)} ${JSON.stringify(c.q).slice(0, 60).padEnd(62)} pagefind rank ${p || '-'}   alur rank ${a || '-'}`);
}

const alurIndex = path.join(siteDir, '_search', 'index.bleve');
const fmt = (s) => `top-1 ${s.top1.toFixed(3)}  top-3 ${s.top3.toFixed(3)}  MRR ${s.mrr.toFixed(3)}`;
console.log(`${queries.length} queries from ${queryFiles.map((f) => path.basename(f)).join(', ')} over ${siteDir}`);
console.log(`alur index ${(folderSize(alurIndex) / 1048576).toFixed(2)} MiB (built by alur build; see its summary for time)`);
console.log(`pagefind index ${(folderSize(outDir) / 1048576).toFixed(2)} MiB  build ${(pagefindBuildMs / 1000).toFixed(2)} s  (${added.page_count} pages)`);
for (const [group, r] of byGroup) {
  console.log(`${group.padEnd(22)} ${String(r.alur.length).padStart(3)} queries`);
  console.log(`  alur     ${fmt(score(r.alur))}`);
  console.log(`  pagefind ${fmt(score(r.pagefind))}`);
}
console.log('Queries Pagefind did not rank first:');
console.log(misses.join('\n'));
process.exit(0);
