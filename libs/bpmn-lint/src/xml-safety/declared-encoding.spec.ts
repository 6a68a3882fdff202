import { ISSUE_CODES } from '../issue-codes';
import { findEncodingConflict } from './declared-encoding';

describe('findEncodingConflict', () => {
  it.each([
    ['no declaration', '<a>Thẩm định</a>'],
    ['a declaration without encoding', '<?xml version="1.0"?><a>Thẩm định</a>'],
    ['UTF-8 in any case', '<?xml version="1.0" encoding="utf-8"?><a>Thẩm định</a>'],
    ['ISO-8859-1 over pure ASCII, as other tools export', '<?xml version="1.0" encoding="ISO-8859-1" standalone="yes"?><a>x</a>'],
  ])('accepts %s', (_label, xml) => {
    expect(findEncodingConflict(xml)).toBeUndefined();
  });

  it.each([
    ['ISO-8859-1 with non-ASCII text', "<?xml version='1.0' encoding='ISO-8859-1'?><a>Thẩm định</a>", 'ISO-8859-1'],
    ['UTF-16', '<?xml version="1.0" encoding="UTF-16"?><a/>', 'UTF-16'],
  ])('refuses %s', (_label, xml, encoding) => {
    expect(findEncodingConflict(xml)).toEqual({
      code: ISSUE_CODES.xmlNotUtf8,
      message: `Tệp khai báo mã hoá "${encoding}"; chỉ chấp nhận UTF-8 (only UTF-8 is accepted)`,
    });
  });
});
