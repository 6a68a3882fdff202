import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { dirname, join } from 'node:path';
import { DocumentDataError } from '../model/errors';

/**
 * Decree 30 prescribes Times New Roman. Tinos (Google, OFL) is metric-compatible with it, so
 * line breaks fall where they would in the office's Word template, and it covers Vietnamese
 * fully. It comes as TTF from @expo-google-fonts/tinos (fontsource ships only split WOFF2,
 * which fontkit cannot merge per glyph). DejaVu Serif is the fallback if that package is gone.
 * Both are read from node_modules at first use, never downloaded.
 */
export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

export const FONT_STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

export interface FontSet {
  family: string;
  files: Record<FontStyle, Buffer>;
}

/** Options every render accepts; the fonts default to Tinos (DejaVu Serif if it is missing). */
export interface RenderOptions {
  fonts?: FontSet;
}

const TINOS: Record<FontStyle, string> = {
  regular: '400Regular/Tinos_400Regular.ttf',
  bold: '700Bold/Tinos_700Bold.ttf',
  italic: '400Regular_Italic/Tinos_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/Tinos_700Bold_Italic.ttf',
};

const DEJAVU: Record<FontStyle, string> = {
  regular: 'ttf/DejaVuSerif.ttf',
  bold: 'ttf/DejaVuSerif-Bold.ttf',
  italic: 'ttf/DejaVuSerif-Italic.ttf',
  boldItalic: 'ttf/DejaVuSerif-BoldItalic.ttf',
};

function loadPackage(pkg: string, family: string, files: Record<FontStyle, string>): FontSet {
  const root = dirname(require.resolve(`${pkg}/package.json`));
  const read = (style: FontStyle) => readFileSync(join(root, files[style]));
  return { family, files: { regular: read('regular'), bold: read('bold'), italic: read('italic'), boldItalic: read('boldItalic') } };
}

let cached: FontSet | undefined;

/** The serif set used by every document, loaded once per process (about 2 MB). */
export function defaultFonts(): FontSet {
  if (cached) return cached;
  const errors: string[] = [];
  for (const [pkg, family, files] of [
    ['@expo-google-fonts/tinos', 'Tinos', TINOS],
    ['dejavu-fonts-ttf', 'DejaVu Serif', DEJAVU],
  ] as const) {
    try {
      cached = loadPackage(pkg, family, files);
      return cached;
    } catch (e) {
      errors.push(`${pkg}: ${(e as Error).message}`);
    }
  }
  throw new DocumentDataError('FONT_MISSING', `Không tải được phông chữ: ${errors.join('; ')}`);
}

/** DejaVu Serif alone, for tests that check the fallback renders Vietnamese too. */
export function dejavuFonts(): FontSet {
  return loadPackage('dejavu-fonts-ttf', 'DejaVu Serif', DEJAVU);
}

const parsed = new WeakMap<FontSet, Record<FontStyle, Font>>();

function parseSet(set: FontSet): Record<FontStyle, Font> {
  const one = (style: FontStyle): Font => {
    const f = create(set.files[style]);
    if (!('layout' in f)) throw new DocumentDataError('FONT_MISSING', `${set.family} ${style}: tệp phông là một bộ sưu tập`);
    return f;
  };
  return { regular: one('regular'), bold: one('bold'), italic: one('italic'), boldItalic: one('boldItalic') };
}

/**
 * A per-document view of a parsed font: it shares the parsed tables (cmap, glyf offsets, GSUB —
 * the 60 ms a fresh parse of four TTFs costs) but has its own glyph cache and layout engine.
 * Sharing those is wrong: fontkit caches a glyph with the code points of its first request, and
 * the subsetter requests accent components (the O of Ố) with none, so a later document would
 * write a ToUnicode map without them and "BÁO CÁO" would be extracted as "BÁ CÁ".
 */
function view(font: Font): Font {
  const layoutEngine = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(font) as object, '_layoutEngine')?.get;
  if (!layoutEngine) return create((font as unknown as { stream: { buffer: Buffer } }).stream.buffer) as Font;
  const v = Object.create(font) as Font & { _glyphs: Record<number, unknown> };
  v._glyphs = {};
  layoutEngine.call(v); // fontkit's cached getter stores a fresh engine bound to the view
  return v;
}

/**
 * What every document drawn with one font set can share: pdfkit's shaped words (a GSUB/GPOS
 * layout per word is the single largest cost of drawing text) and our word widths. pdfkit
 * keeps its layout cache per document, so a bundle of hundreds of small documents shaped the
 * same words hundreds of times. A cached run holds glyph objects created during layout, with
 * their code points, so sharing it cannot cause the ToUnicode loss described above; the
 * subsetter's glyph requests still go to each document's own view.
 */
export interface SharedMetrics {
  /** pdfkit's EmbeddedFont.layoutCache, one per style: word → shaped run. */
  layout: Record<FontStyle, Record<string, unknown>>;
  /** Advance width at size 1 of a word, per style. */
  widths: Record<FontStyle, Map<string, number>>;
  /**
   * Wrapped and balanced lines (layout/wrap.ts), keyed by kind, style, size, width and text.
   * A bundle of 500 reports wraps 35,000 texts of which 4,500 differ (the forms' own cells,
   * signing capacities and titles repeat in every report), and a balanced heading is a search
   * of about ten trial wraps.
   */
  wrapped: Map<string, readonly string[]>;
  /** Body paragraphs broken into lines (layout/body.ts), keyed by their options, width and text. */
  paragraphs: Map<string, unknown>;
  /** Whole lines as shaped words with their sums (layout/emit.ts), per style: line → shape. */
  lines: Record<FontStyle, Map<string, unknown>>;
  documents: number;
}

/**
 * Entries one cache may hold while a single document is drawn (a 10,000-row list has as many
 * distinct names); past it that cache starts over. Between documents MAX_SHARED_WORDS applies.
 */
const MAX_ENTRIES = 50_000;

/** Stores a value in one of the shared caches, emptying it first when it is full. */
export function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, value);
  return value;
}

/** Past this many words the caches start over, so arbitrary input cannot grow them for ever. */
const MAX_SHARED_WORDS = 100_000;

const shared = new WeakMap<FontSet, SharedMetrics>();

function emptyMetrics(): SharedMetrics {
  const layout = { regular: Object.create(null), bold: Object.create(null), italic: Object.create(null), boldItalic: Object.create(null) };
  const widths = { regular: new Map(), bold: new Map(), italic: new Map(), boldItalic: new Map() };
  const lines = { regular: new Map(), bold: new Map(), italic: new Map(), boldItalic: new Map() };
  return { layout, widths, wrapped: new Map(), paragraphs: new Map(), lines, documents: 0 };
}

/** The set's shared caches, emptied now and then (checked every 64 documents, cheaply). */
export function sharedMetrics(set: FontSet): SharedMetrics {
  const m = shared.get(set) ?? emptyMetrics();
  shared.set(set, m);
  if (++m.documents % 64 === 0) {
    const words = FONT_STYLES.reduce((n, s) => n + m.widths[s].size + Object.keys(m.layout[s]).length + m.lines[s].size, m.wrapped.size + m.paragraphs.size);
    if (words > MAX_SHARED_WORDS) {
      const fresh = emptyMetrics();
      shared.set(set, fresh);
      return fresh;
    }
  }
  return m;
}

/** The set's fonts for one document: parsed once per process, viewed once per document. */
export function documentFonts(set: FontSet): Record<FontStyle, Font> {
  let fonts = parsed.get(set);
  if (!fonts) parsed.set(set, (fonts = parseSet(set)));
  return { regular: view(fonts.regular), bold: view(fonts.bold), italic: view(fonts.italic), boldItalic: view(fonts.boldItalic) };
}
