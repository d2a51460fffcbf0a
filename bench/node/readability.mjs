// Mozilla Readability 0.6 on jsdom over a benchmark split, for bench/extraction.
// Usage: node readability.mjs <dataDir> <outFile> [timedPasses]
// Writes {"version": ..., "predictions": {id: textContent}, "failed": n, "passSeconds": [...]}:
// one untimed warm-up pass (its output is the prediction), then timed passes on one thread.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const [dataDir, outFile, passesArg] = process.argv.slice(2);
const passes = Number(passesArg ?? 3);
const truth = JSON.parse(readFileSync(join(dataDir, 'ground-truth.json'), 'utf8'));
const pages = Object.entries(truth).map(([id, v]) => ({
  id, url: v.url, html: gunzipSync(readFileSync(join(dataDir, 'html', `${id}.html.gz`))).toString('utf8'),
}));
const quiet = new VirtualConsole(); // page scripts do not run; silence CSS/markup warnings

function extract(page) {
  const dom = new JSDOM(page.html, { url: page.url || undefined, virtualConsole: quiet });
  try {
    const article = new Readability(dom.window.document).parse();
    return article?.textContent ?? '';
  } finally {
    dom.window.close();
  }
}

const predictions = {};
let failed = 0;
for (const page of pages) {
  try { predictions[page.id] = extract(page); } catch (e) { predictions[page.id] = ''; failed++; }
}
const passSeconds = [];
for (let p = 0; p < passes; p++) {
  const start = process.hrtime.bigint();
  for (const page of pages) {
    try { extract(page); } catch (e) { /* counted in the warm-up pass */ }
  }
  passSeconds.push(Number(process.hrtime.bigint() - start) / 1e9);
}
const version = JSON.parse(readFileSync(new URL('./node_modules/@mozilla/readability/package.json', import.meta.url))).version;
const jsdomVersion = JSON.parse(readFileSync(new URL('./node_modules/jsdom/package.json', import.meta.url))).version;
writeFileSync(outFile, JSON.stringify({ version, jsdomVersion, predictions, failed, passSeconds }));
