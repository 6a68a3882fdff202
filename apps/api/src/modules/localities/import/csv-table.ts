/**
 * A small RFC 4180 reader: quoted fields (with "" for a quote and line breaks inside),
 * CRLF or LF, comma or semicolon (Vietnamese Excel saves CSV with semicolons). The
 * delimiter is the one the header line uses more, outside quotes.
 */
export interface CsvRecord {
  /** 1-based record number; the header is record 1. */
  line: number;
  cells: string[];
}

export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/** Parses `text` into records, stopping (and returning `truncated`) after `maxRecords`. */
export function parseCsv(text: string, maxRecords = Number.POSITIVE_INFINITY): { records: CsvRecord[]; truncated: boolean } {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = detectDelimiter(source);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  const endRecord = () => {
    cells.push(field);
    records.push({ line: records.length + 1, cells });
    cells = [];
    field = '';
    fieldStarted = false;
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
      continue;
    }
    if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (char === delimiter) {
      cells.push(field);
      field = '';
      fieldStarted = false;
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      endRecord();
      if (records.length > maxRecords) return { records: records.slice(0, maxRecords), truncated: true };
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (fieldStarted || field || cells.length) endRecord();
  return { records: records.slice(0, maxRecords), truncated: records.length > maxRecords };
}
