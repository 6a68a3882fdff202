import type { Level } from '@vinh-danh/domain';
import type { LocalityEntity } from '../../localities/entities/locality.entity';
import { ChainOffices, endInstant, OPEN_ENDED, stepVariablesOf } from './chain-offices';

function unit(code: string, level: Level, parent: LocalityEntity | null, extra: Partial<LocalityEntity> = {}): LocalityEntity {
  return { id: `id-${code}`, code, name: code, level, parentId: parent?.id ?? null, validFrom: null, validTo: null, successorId: null, areaClass: null, facts: {}, ...extra };
}

const central = unit('TW', 'central', null);
const haTinh = unit('42', 'province', central);
const canLoc = unit('443', 'district', haTinh, { validTo: '2025-06-30' });
const xaCanLoc = unit('18406', 'commune', haTinh, { validFrom: '2025-07-01' });
const nghen = unit('HT-NGHEN', 'commune', canLoc, { validTo: '2025-06-30', successorId: xaCanLoc.id });
const haTinhChain = new ChainOffices([nghen, canLoc, haTinh, central], [xaCanLoc]);

describe('ChainOffices', () => {
  it('places every level at its own unit while the units are in force', () => {
    const offices = ['commune', 'district', 'province', 'central'].map((level) => haTinhChain.officeFor(level as Level, '2025-06-30'));
    expect(offices.map((office) => [office?.office.code, office?.reason])).toEqual([
      ['HT-NGHEN', 'in-force'],
      ['443', 'in-force'],
      ['42', 'in-force'],
      ['TW', 'in-force'],
    ]);
    expect(haTinhChain.closedLevels('2025-06-30')).toEqual([]);
  });

  it('sends a merged commune’s work to its successor and an ended district’s to the commune below', () => {
    expect(haTinhChain.officeFor('commune', '2025-07-01')).toMatchObject({ unit: nghen, office: xaCanLoc, reason: 'successor' });
    expect(haTinhChain.officeFor('district', '2025-07-01')).toMatchObject({ unit: canLoc, office: xaCanLoc, reason: 'level-closed' });
    expect(haTinhChain.closedLevels('2025-07-01')).toEqual(['district']);
  });

  it('tells the process when each level ends, at midnight in Vietnam after the last day', () => {
    expect(stepVariablesOf(haTinhChain, new Date('2025-07-01T02:00:00Z'))).toEqual({
      closedLevels: ['district'],
      levelEndsAt: { commune: OPEN_ENDED, district: '2025-06-30T17:00:00.000Z', province: OPEN_ENDED, central: OPEN_ENDED },
    });
    // 00:30 on 1/7 in Hà Nội is still 30/6 in UTC: the district has ended all the same.
    expect(stepVariablesOf(haTinhChain, new Date('2025-06-30T17:30:00Z')).closedLevels).toEqual(['district']);
    expect(endInstant('2024-12-31')).toBe('2024-12-31T17:00:00.000Z');
  });

  it('follows successors of the same level only, and never loops', () => {
    const a = unit('A', 'district', haTinh, { validTo: '2020-01-01' });
    const b = unit('B', 'district', haTinh, { validTo: '2021-01-01', successorId: a.id });
    a.successorId = b.id;
    const commune = unit('C', 'commune', a);
    const offices = new ChainOffices([commune, a, haTinh, central], [b]);
    expect(offices.closedLevels('2022-01-01')).toEqual(['district']);
    expect(offices.officeFor('district', '2022-01-01')).toMatchObject({ office: commune, reason: 'level-closed' });
    expect(offices.mayClose).toBe(true);
    expect(new ChainOffices([unit('07234', 'commune', null)], []).mayClose).toBe(false);
  });
});
