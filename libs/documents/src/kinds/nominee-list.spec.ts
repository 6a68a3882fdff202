import { LANDSCAPE_MARGINS, MM } from '../layout/document';
import { outcomeText } from '../layout/format';
import type { Nominee } from '../model/nominee';
import { sampleNomineeList, sampleNominees } from '../samples';
import { META, NAME_500, nfd } from '../testing/fixtures';
import { flat, missing, pdfPages, pdfStripText, pdfWords, textIn, type PageWords } from '../testing/pdf';
import { EMPTY_LIST_TEXT, listColumns, renderNomineeList } from './nominee-list';

const A4_LANDSCAPE = { width: 841.89, height: 595.28 };
const FRAME_W = A4_LANDSCAPE.width - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right;
const LEVELS = ['Cấp xã', 'Cấp huyện'];

/** Left and right edge of each column, as the renderer lays them out. */
function columnEdges(): Array<[number, number]> {
  let x = LANDSCAPE_MARGINS.left;
  return listColumns(FRAME_W, LEVELS).map((c) => [x, (x += c.width)] as [number, number]);
}

interface Row {
  no: number;
  cells: string[];
}

/**
 * Rebuilds the table from word positions: each word in the STT column opens a row (a number)
 * or a group heading; a row's cells are the words between it and the next opener.
 */
function readRows(pages: PageWords[]): Row[] {
  const edges = columnEdges();
  const [sttL, sttR] = edges[0]!;
  const rows: Row[] = [];
  for (const page of pages) {
    const openers = page.words
      .filter((w) => w.xMin >= sttL && w.xMin < sttR && w.yMin > LANDSCAPE_MARGINS.top + 30)
      .sort((a, b) => a.yMin - b.yMin);
    // The signature block under the last row starts with its date line, just above "KT.".
    const kt = page.words.find((w) => w.text === 'KT.');
    const tableEnd = kt ? kt.yMin - 20 : page.height;
    openers.forEach((w, i) => {
      if (!/^\d+$/.test(w.text)) return;
      const y0 = w.yMin - 1;
      const y1 = Math.min(tableEnd, (openers[i + 1]?.yMin ?? page.height) - 1);
      rows.push({ no: Number(w.text), cells: edges.map(([l, r]) => textIn(page, l, r, y0, y1)) });
    });
  }
  return rows;
}

describe('renderNomineeList (danh sách đề nghị)', () => {
  it('lists 500 nominees, each once, with its name and outcome at each level, across pages', async () => {
    const nominees: Nominee[] = sampleNominees(500);
    nominees[249] = { ...nominees[249]!, kind: 'collective', name: NAME_500 };
    nominees[250] = { ...nominees[250]!, name: nfd('Giáp Thị Thủy') };
    const { bytes, pageCount } = await renderNomineeList(sampleNomineeList(nominees), META);
    const pages = pdfWords(bytes);
    expect(pages).toHaveLength(pageCount);
    expect(pageCount).toBeGreaterThan(30);
    for (const p of pages) expect(p.words.filter((w) => w.text === 'STT')).toHaveLength(1);

    const rows = readRows(pages);
    expect(rows.map((r) => r.no)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));

    // The list is grouped by subject type, numbered through: the n-th row is the n-th nominee
    // of the grouped order.
    const order = ['collective', 'individual', 'household', 'enterprise'].flatMap((k) => nominees.filter((n) => n.kind === k));
    rows.forEach((row, i) => {
      const n = order[i]!;
      expect(row.cells[1]).toBe(n.name.normalize('NFC'));
      const byLevel = new Map(n.outcomes.map((o) => [o.level, o]));
      expect(row.cells[4]).toBe(outcomeText(byLevel.get('Cấp xã')));
      expect(row.cells[5]).toBe(outcomeText(byLevel.get('Cấp huyện')));
    });

    const text = flat(pdfPages(bytes).join(' '));
    const count = (k: string) => nominees.filter((n) => n.kind === k).length;
    expect(
      missing(text, [
        'DANH SÁCH ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH',
        '(Kèm theo Tờ trình số 128/TTr-UBND ngày 9/11/2020 của UBND huyện Yên Thế)',
        `I. TẬP THỂ (${count('collective')})`,
        `II. CÁ NHÂN (${count('individual')})`,
        `III. HỘ GIA ĐÌNH (${count('household')})`,
        `IV. DOANH NGHIỆP (${count('enterprise')})`,
        'Yên Thế, ngày 09 tháng 11 năm 2020',
        'Nguyễn Ngọc Sơn',
      ]),
    ).toEqual([]);
    // The signature shares its page with the last rows, never alone.
    const last = pdfPages(bytes).at(-1)!;
    expect(last).toContain('Nguyễn Ngọc Sơn');
    expect(last).toMatch(/^\s*500\s/m);
  });

  it('renders 10,000 nominees with every number exactly once', async () => {
    const nominees = sampleNominees(10_000, 7);
    const { bytes, pageCount } = await renderNomineeList(sampleNomineeList(nominees), META);
    const [l, r] = columnEdges()[0]!;
    const strips = pdfStripText(bytes, l, r - l, A4_LANDSCAPE.height);
    expect(strips).toHaveLength(pageCount);
    const numbers = strips.flatMap((s) => s.split('\n').filter((line) => /^\d+$/.test(line.trim()))).map(Number);
    expect(numbers).toHaveLength(10_000);
    expect(new Set(numbers).size).toBe(10_000);
    expect(Math.max(...numbers)).toBe(10_000);
  }, 60_000);

  it('renders an empty list with a "Không có" line', async () => {
    const { bytes, pageCount } = await renderNomineeList({ ...sampleNomineeList([]), levels: undefined }, META);
    expect(pageCount).toBe(1);
    expect(flat(pdfPages(bytes).join(' '))).toContain(EMPTY_LIST_TEXT);
  });

  it('derives the level columns from the outcomes when none are given', async () => {
    const nominees = sampleNominees(3).map((n) => ({ ...n, outcomes: [...n.outcomes, { level: 'Cấp tỉnh', status: 'pending' as const }] }));
    const { bytes } = await renderNomineeList({ ...sampleNomineeList(nominees), levels: undefined }, META);
    const text = flat(pdfPages(bytes).join(' '));
    expect(text).toContain('Kết quả cấp tỉnh');
    expect(text).toContain('Đang xét');
    expect(MM).toBeGreaterThan(2);
  });
});
