#!/usr/bin/env node
/**
 * The floor: the smallest pdfkit program that writes the same text as our renderer — the same
 * TTF files, the same strings at the same sizes and positions on the same number of pages —
 * with no layout logic, no lines or borders, no QR code, no merging. The runs were recorded
 * from our own render (record.mjs) and are read from a JSON file before the clock starts.
 * Cold and warm like ours.mjs; prints one JSON line.
 *
 *   node floor.mjs runs.json
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { mib, timed } from './measure.mjs';

const require = createRequire(import.meta.url);
const PDFDocument = require('pdfkit');
const tinos = dirname(require.resolve('@expo-google-fonts/tinos/package.json'));
const dejavu = dirname(require.resolve('dejavu-fonts-ttf/package.json'));
const FILES = {
  'Tinos-Regular': join(tinos, '400Regular/Tinos_400Regular.ttf'),
  'Tinos-Bold': join(tinos, '700Bold/Tinos_700Bold.ttf'),
  'Tinos-Italic': join(tinos, '400Regular_Italic/Tinos_400Regular_Italic.ttf'),
  'Tinos-BoldItalic': join(tinos, '700Bold_Italic/Tinos_700Bold_Italic.ttf'),
  'DejaVuSerif': join(dejavu, 'ttf/DejaVuSerif.ttf'),
  'DejaVuSerif-Bold': join(dejavu, 'ttf/DejaVuSerif-Bold.ttf'),
  'DejaVuSerif-Italic': join(dejavu, 'ttf/DejaVuSerif-Italic.ttf'),
  'DejaVuSerif-BoldItalic': join(dejavu, 'ttf/DejaVuSerif-BoldItalic.ttf'),
};

const pages = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const used = [...new Set(pages.flatMap((p) => p.runs.map((r) => r[0])))];

function write() {
  const doc = new PDFDocument({ autoFirstPage: false });
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (const name of used) doc.registerFont(name, readFileSync(FILES[name]));
  for (const page of pages) {
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    for (const [font, size, text, x, y] of page.runs) doc.font(font).fontSize(size).text(text, x, y, { lineBreak: false });
  }
  doc.end();
  return done;
}

const baseRss = mib(process.memoryUsage().rss);
const cold = await timed(write);
const peakRss = mib(process.resourceUsage().maxRSS * 1024);
const warm = await timed(write);
console.log(JSON.stringify({ coldMs: cold.ms, coldCpuMs: cold.cpuMs, warmMs: warm.ms, warmCpuMs: warm.cpuMs, baseRss, peakRss, pages: pages.length, bytes: cold.result.length }));
