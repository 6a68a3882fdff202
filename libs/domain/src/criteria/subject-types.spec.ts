import { subjectTypeOf } from './subject-types';

describe('subjectTypeOf', () => {
  it('defaults each kind of line to its own subject type', () => {
    expect(['individual', 'household', 'enterprise', 'collective'].map((kind) => subjectTypeOf(kind))).toEqual(['individual', 'household', 'enterprise', 'collective']);
  });

  it('lets a collective line stand for a village, commune, district or department, and nothing else', () => {
    expect(subjectTypeOf('collective', 'village')).toBe('village');
    expect(subjectTypeOf('collective', 'department')).toBe('department');
    expect(subjectTypeOf('individual', 'commune')).toBeUndefined();
    expect(subjectTypeOf('robot')).toBeUndefined();
  });
});
