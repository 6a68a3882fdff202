import { juelToFeel } from './juel-to-feel';

const juel = (source: string) => juelToFeel(source, { convertSingleQuotes: true });

describe('juelToFeel', () => {
  it.each([
    ['outcome == "approve"', 'outcome = "approve"'],
    ['outcome === "approve"', 'outcome = "approve"'],
    ['outcome != "approve"', 'outcome != "approve"'],
    ['outcome !== "approve"', 'outcome != "approve"'],
    ['a > 1 && b < 2', 'a > 1  and  b < 2'],
    ['a || b', 'a  or  b'],
    ['!approved', 'not(approved = true)'],
    ['! data.complete', 'not(data.complete = true)'],
    ['!(a && (b || c))', 'not((a  and  (b  or  c)) = true)'],
    ['!(note == ")")', 'not((note = ")") = true)'],
    ['x >= 3', 'x >= 3'],
  ])('%s → %s', (source, expected) => {
    expect(juel(source)).toBe(expected);
  });

  it('leaves operators inside string literals alone', () => {
    expect(juel('note == "a == b && !c"')).toBe('note = "a == b && !c"');
  });

  it('turns single quoted JUEL strings into FEEL strings, escaping double quotes', () => {
    expect(juel(`outcome == 'approve'`)).toBe('outcome = "approve"');
    expect(juel(`title == 'say "hi" && go'`)).toBe('title = "say \\"hi\\" && go"');
  });

  it('keeps single quotes in FEEL (=...) expressions', () => {
    expect(juelToFeel(`x == 'a'`, { convertSingleQuotes: false })).toBe(`x = 'a'`);
  });
});
