/**
 * Reading rendered PDFs back the way a person or a search index would: poppler's pdftotext
 * (text, and words with their boxes), pdfinfo, pdffonts, and zbarimg for the QR code.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PageWords {
  width: number;
  height: number;
  words: Word[];
}

function withFile<T>(bytes: Uint8Array, run: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'vd-docs-'));
  const file = join(dir, 'doc.pdf');
  writeFileSync(file, bytes);
  try {
    return run(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30 });

/** Text of each page (pdftotext splits pages with a form feed). */
export function pdfPages(bytes: Uint8Array, layout = true): string[] {
  const out = withFile(bytes, (f) => run('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', f, '-']));
  const pages = out.split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

export function pdfText(bytes: Uint8Array): string {
  return pdfPages(bytes).join('\n');
}

/** Text with every run of white space collapsed: for phrases that may wrap anywhere. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'" };

/** Every word with its box, per page, from `pdftotext -bbox`. */
export function pdfWords(bytes: Uint8Array): PageWords[] {
  const html = withFile(bytes, (f) => run('pdftotext', ['-bbox', '-enc', 'UTF-8', f, '-']));
  const pages: PageWords[] = [];
  const re = /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of html.matchAll(re)) {
    if (m[1]) pages.push({ width: Number(m[1]), height: Number(m[2]), words: [] });
    else
      pages[pages.length - 1]?.words.push({
        text: (m[7] ?? '').replace(/&[a-z#0-9]+;/g, (e) => ENTITIES[e] ?? e),
        xMin: Number(m[3]),
        yMin: Number(m[4]),
        xMax: Number(m[5]),
        yMax: Number(m[6]),
      });
  }
  return pages;
}

/** Words whose centre lies in the box, in reading order, joined by spaces. */
export function textIn(page: PageWords, x0: number, x1: number, y0: number, y1: number): string {
  return page.words
    .filter((w) => {
      const cx = (w.xMin + w.xMax) / 2;
      const cy = (w.yMin + w.yMax) / 2;
      return cx >= x0 && cx < x1 && cy >= y0 && cy < y1;
    })
    .sort((a, b) => (Math.abs(a.yMin - b.yMin) > 2 ? a.yMin - b.yMin : a.xMin - b.xMin))
    .map((w) => w.text)
    .join(' ');
}

export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out = withFile(bytes, (f) => run('pdfinfo', ['-enc', 'UTF-8', f]));
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

/** Width and height in points of every page, from pdfinfo. */
export function pdfPageSizes(bytes: Uint8Array): Array<{ width: number; height: number }> {
  const out = withFile(bytes, (f) => run('pdfinfo', ['-f', '1', '-l', '1000000', f]));
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

export function pdfFonts(bytes: Uint8Array): string {
  return withFile(bytes, (f) => run('pdffonts', [f]));
}

/** zbarimg is installed on demand (apt zbar-tools); QR checks are skipped where it is missing. */
export function hasZbar(): boolean {
  return existsSync('/usr/bin/zbarimg');
}

/** Decodes the QR codes on one page (rasterised at 200 dpi); needs zbar-tools. */
export function decodeQr(bytes: Uint8Array, page: number): string[] {
  return withFile(bytes, (f) => {
    const png = f.replace(/\.pdf$/, '');
    run('pdftoppm', ['-png', '-r', '200', '-f', String(page), '-l', String(page), '-singlefile', f, png]);
    const out = execFileSync('zbarimg', ['-q', '--raw', `${png}.png`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.split('\n').filter((l) => l.length > 0);
  });
}

/** Text inside one vertical strip of every page (cheap for a thousand pages), split per page. */
export function pdfStripText(bytes: Uint8Array, x: number, width: number, pageHeight: number): string[] {
  const args = ['-x', String(Math.floor(x)), '-y', '0', '-W', String(Math.ceil(width)), '-H', String(Math.ceil(pageHeight)), '-r', '72'];
  const out = withFile(bytes, (f) => run('pdftotext', [...args, '-enc', 'UTF-8', f, '-']));
  const pages = out.split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

/** The phrases absent from `text`: `expect(missing(t, [...])).toEqual([])` fails with just those. */
export function missing(text: string, phrases: string[]): string[] {
  return phrases.filter((p) => !text.includes(p));
}
