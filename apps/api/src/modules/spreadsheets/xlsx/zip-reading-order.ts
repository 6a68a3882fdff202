import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';

/** Where one zip entry (local header, data, data descriptor) sits in the archive. */
export interface ZipEntrySpan {
  name: string;
  start: number;
  end: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_ENTRIES = 10_000;

/**
 * The entries of a zip archive held in memory, from its central directory, in the order
 * they are stored; null when the bytes are not a plain (non-ZIP64, single-disk) zip.
 */
export function zipEntrySpans(archive: Buffer): ZipEntrySpan[] | null {
  const end = findEndOfDirectory(archive);
  if (end < 0) return null;
  const count = archive.readUInt16LE(end + 10);
  const directorySize = archive.readUInt32LE(end + 12);
  const directoryStart = archive.readUInt32LE(end + 16);
  if (count === 0xffff || directoryStart === 0xffffffff || count > MAX_ENTRIES || directoryStart + directorySize > end) return null;
  const entries: Array<{ name: string; start: number }> = [];
  let at = directoryStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || archive.readUInt32LE(at) !== DIRECTORY_ENTRY) return null;
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const start = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    if (start + 30 > directoryStart || archive.readUInt32LE(start) !== LOCAL_HEADER) return null;
    entries.push({ name, start });
    at += 46 + nameLength + extraLength + commentLength;
  }
  entries.sort((a, b) => a.start - b.start);
  return entries.map((entry, index) => ({ ...entry, end: entries[index + 1]?.start ?? directoryStart }));
}

/**
 * The archive as a stream whose entries come in the order exceljs's streaming reader can
 * parse without help: relationships and shared strings before the worksheets. Excel and
 * exceljs itself store worksheets first, and the reader then unpacks each whole worksheet
 * into a temporary file (never removed before the process exits) before reading a row; in
 * this order it reads rows straight from the zip, and stops unpacking when we stop reading.
 * A workbook without shared strings gets an empty table, for the same reason.
 */
export function streamInReadingOrder(archive: Buffer, spans: ZipEntrySpan[]): Readable {
  const sheetNumber = (name: string) => Number(/^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name)?.[1] ?? NaN);
  const others = spans.filter((span) => Number.isNaN(sheetNumber(span.name)));
  const sheets = spans.filter((span) => !Number.isNaN(sheetNumber(span.name))).sort((a, b) => sheetNumber(a.name) - sheetNumber(b.name));
  const parts = [...others, ...sheets].map((span) => archive.subarray(span.start, span.end));
  if (!spans.some((span) => span.name === 'xl/sharedStrings.xml')) parts.unshift(storedEntry('xl/sharedStrings.xml', EMPTY_SHARED_STRINGS));
  return new Utf8XmlEntriesSource(parts);
}

/**
 * exceljs 4.4.0 decodes every chunk of an XML part on its own (`lib/utils/parse-sax.js`:
 * `textDecoder.decode(chunk)` without `stream: true`), so a Vietnamese letter whose bytes fall
 * on both sides of a chunk boundary comes out as "Nguyễn V��n Ấn". Its reader pipes this
 * source into an unzipper parser; the hook below sets each XML entry stream to UTF-8 as the
 * parser hands it out, so the entry yields whole characters (Node's StringDecoder) and exceljs
 * passes strings through untouched. The round-trip specs fail if this ever stops working.
 */
class Utf8XmlEntriesSource extends Readable {
  private next = 0;

  constructor(private readonly parts: Buffer[]) {
    super();
  }

  override _read(): void {
    this.push(this.next < this.parts.length ? this.parts[this.next++] : null);
  }

  override pipe<T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T {
    decodeXmlEntriesAsUtf8(destination);
    return super.pipe(destination, options);
  }
}

interface ZipEntryStream {
  path: string;
  setEncoding(encoding: BufferEncoding): unknown;
}

function decodeXmlEntriesAsUtf8(parser: object): void {
  const target = parser as { push?: (chunk: unknown, encoding?: BufferEncoding) => boolean };
  const push = target.push;
  if (typeof push !== 'function') return;
  target.push = function (this: unknown, chunk: unknown, encoding?: BufferEncoding): boolean {
    if (isXmlEntry(chunk)) chunk.setEncoding('utf8');
    return push.call(this, chunk, encoding);
  };
}

function isXmlEntry(chunk: unknown): chunk is ZipEntryStream {
  const candidate = chunk as Partial<ZipEntryStream> | null;
  return typeof candidate?.path === 'string' && typeof candidate.setEncoding === 'function' && /\.(xml|rels)$/.test(candidate.path);
}

const EMPTY_SHARED_STRINGS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
  'utf8',
);

function storedEntry(name: string, data: Buffer): Buffer {
  const fileName = Buffer.from(name, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL_HEADER, 0);
  header.writeUInt16LE(10, 4);
  header.writeUInt32LE(crc32(data), 14);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(data.length, 22);
  header.writeUInt16LE(fileName.length, 26);
  return Buffer.concat([header, fileName, data]);
}

function findEndOfDirectory(archive: Buffer): number {
  const lowest = Math.max(0, archive.length - 22 - 0xffff);
  for (let at = archive.length - 22; at >= lowest; at--) {
    if (archive.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}
