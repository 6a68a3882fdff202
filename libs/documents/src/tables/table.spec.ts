import { createDocument, frame, MM, PORTRAIT_MARGINS } from '../layout/document';
import { META } from '../testing/fixtures';
import { pdfWords, textIn } from '../testing/pdf';
import { drawTable, type TableRow } from './table';

const columns = [
  { header: 'STT', width: 12 * MM, align: 'center' as const },
  { header: 'Họ và tên', width: 60 * MM },
  { header: 'Ghi chú', width: 93 * MM },
];

async function render(rows: TableRow[]) {
  const { doc, bytes } = createDocument({ meta: META, title: 'Bảng thử' });
  doc.y = frame(doc).top;
  const stats = drawTable(doc, { columns, rows, size: 11 });
  doc.end();
  return { stats, bytes: await bytes };
}

/** Numbers found in the STT column of each page. */
function numbersPerPage(bytes: Uint8Array): string[][] {
  const x0 = PORTRAIT_MARGINS.left;
  return pdfWords(bytes).map((p) =>
    textIn(p, x0, x0 + 12 * MM, PORTRAIT_MARGINS.top, p.height)
      .split(' ')
      .filter((w) => /^\d+$/.test(w)),
  );
}

describe('drawTable', () => {
  it('repeats the header on every page and never loses or repeats a row at a page break', async () => {
    const rows: TableRow[] = Array.from({ length: 300 }, (_, i) => ({
      kind: 'cells',
      // Rows of 1 to 4 lines, so page breaks fall at uneven places.
      cells: [String(i + 1), `Nguyễn Thị Thu Hương ${i + 1}`, 'Giúp hộ nghèo thoát nghèo bền vững. '.repeat(1 + (i % 4) * 3)],
    }));
    const { stats, bytes } = await render(rows);
    const pages = pdfWords(bytes);
    expect(stats.pages).toBe(pages.length);
    expect(stats.pages).toBeGreaterThan(10);
    for (const p of pages) expect(p.words.filter((w) => w.text === 'STT')).toHaveLength(1);
    const seen = numbersPerPage(bytes).flat().map(Number);
    expect(seen).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
  });

  it('keeps a group heading with the row under it', async () => {
    // One-line rows are 19.2 pt: after the header and 35 rows the heading would still fit on
    // page 1, the row under it would not.
    const filler: TableRow[] = Array.from({ length: 35 }, (_, i) => ({ kind: 'cells', cells: [String(i + 1), 'Lê Văn Lộc', ''] }));
    const rows: TableRow[] = [...filler, { kind: 'span', text: 'II. HỘ GIA ĐÌNH' }, { kind: 'cells', cells: ['36', 'Hộ ông Giáp Văn Vượng', ''] }];
    const { bytes } = await render(rows);
    const pages = pdfWords(bytes);
    const pageOf = (text: string) => pages.findIndex((p) => p.words.some((w) => w.text === text));
    expect(numbersPerPage(bytes)[0]).toContain('35');
    expect(pageOf('GIA')).toBe(1);
    expect(pageOf('Vượng')).toBe(1);
  });

  it('splits only a row taller than a whole page, marking the continuation', async () => {
    const huge = 'Thành tích tiêu biểu trong phong trào. '.repeat(400);
    const { stats, bytes } = await render([
      { kind: 'cells', cells: ['1', 'Đặng Khánh Hòa', 'ngắn'] },
      { kind: 'cells', cells: ['2', 'Nguyễn Ngọc Sơn', huge] },
      { kind: 'cells', cells: ['3', 'Hoàng Thị Lan', 'ngắn'] },
    ]);
    expect(stats.splitRows).toBe(1);
    const numbers = numbersPerPage(bytes).flat();
    expect(numbers).toEqual(['1', '2', '3']);
    const continued = pdfWords(bytes).slice(1).some((p) => p.words.some((w) => w.text === '(tiếp)'));
    expect(continued).toBe(true);
  });

  it('shows a lone "Không có" line for an empty table', async () => {
    const { stats, bytes } = await render([{ kind: 'span', text: 'Không có', style: 'italic', align: 'center' }]);
    expect(stats.pages).toBe(1);
    expect(textIn(pdfWords(bytes)[0]!, 0, 1000, 0, 1000)).toContain('Không có');
  });
});
