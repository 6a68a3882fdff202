import { POVERTY_MOVEMENT_2016_2020 } from '@vinh-danh/domain';
import type { ChainDriver } from '../../../testing/chain-driver';
import { lineOf, movementId } from '../../../testing/criteria-lines';
import { useTestApp, type TestApp } from '../../../testing/test-app';

/**
 * PATCH /api/localities/{id}/area-class: admins of the unit or above set its khu vực, which
 * the measured criteria read their thresholds by; anyone else is refused and nothing moves.
 */
describe('setting a unit’s area class', () => {
  const app = useTestApp();
  let t: TestApp;
  let driver: ChainDriver;

  beforeAll(() => {
    ({ t, driver } = app);
  });

  const patch = async (code: string, username: string, body: unknown) =>
    t
      .http()
      .patch(`/api/localities/${await driver.localityId(code)}/area-class`)
      .set(await t.as(username))
      .send(body as object);
  const stored = async (code: string) => (await t.dataSource.query(`SELECT area_class FROM localities WHERE code = $1`, [code]))[0].area_class as string | null;
  const changes = async () =>
    (await t.dataSource.query(`SELECT actor, payload FROM audit_events WHERE type = 'locality.area-class.changed' ORDER BY id`)) as Array<{ actor: string; payload: Record<string, unknown> }>;

  it('lets the district’s admin reclassify a commune under it, audited with the old and new class', async () => {
    const response = await patch('07246', 'admin.215', { areaClass: 'II' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ code: '07246', areaClass: 'II' });
    expect(await stored('07246')).toBe('II');
    expect((await changes()).at(-1)).toEqual({ actor: 'admin.215', payload: expect.objectContaining({ code: '07246', from: 'III', to: 'II' }) });
  });

  it('moves the thresholds of measured criteria with it: a 4%/yr reduction now passes at Canh Nậu', async () => {
    const movement = await movementId(t, POVERTY_MOVEMENT_2016_2020.code);
    const line = lineOf('commune', 'Xã Canh Nậu', { XA_GIAM_TY_LE_HO_NGHEO: { value: 4, evidence: ['Báo cáo rà soát hộ nghèo 2016-2020'] } });
    const created = await t
      .http()
      .post('/api/dossiers')
      .set(await t.as('clerk.07246'))
      .send({ awardTypeCode: 'BK-CT-TINH', localityId: await driver.localityId('07246'), title: 'Đề nghị khen thưởng xã đạt chuẩn giảm nghèo', movementId: movement, nominees: [line] })
      .expect(201);
    const evaluate = async () => (await t.http().post(`/api/dossiers/${created.body.id}/evaluation`).set(await t.as('clerk.07246')).expect(200)).body;
    expect(await evaluate()).toMatchObject({ areaClass: 'II', ok: true });
    await patch('07246', 'admin.24', { areaClass: 'III' }).then((response) => expect(response.status).toBe(200));
    expect(await evaluate()).toMatchObject({ areaClass: 'III', ok: false });
  });

  it('lets an admin clear the class with null, and the commune’s own admin set it', async () => {
    expect((await patch('07234', 'admin.07234', { areaClass: null })).body.areaClass).toBeNull();
    expect(await stored('07234')).toBeNull();
    expect((await patch('07234', 'admin', { areaClass: 'II' })).status).toBe(200);
  });

  it.each([
    ['another province’s admin', 'admin.01'],
    ['a sibling commune’s admin', 'admin.07246'],
    ['the district’s clerk', 'clerk.215'],
    ['the province’s supervisor', 'supervisor.24'],
  ])('refuses %s with 403 and changes nothing', async (_who, username) => {
    const before = await changes();
    const response = await patch('07234', username, { areaClass: 'III' });
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 403, code: 'LOCALITY_ADMIN_FORBIDDEN' });
    expect(await stored('07234')).toBe('II');
    expect(await changes()).toEqual(before);
  });

  it.each([['IV'], ['ii'], [3], [''], [undefined]])('refuses the value %p with 422 and changes nothing', async (value) => {
    const before = await changes();
    const response = await patch('07234', 'admin.24', value === undefined ? {} : { areaClass: value });
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 422, code: 'LOCALITY_AREA_CLASS_INVALID' });
    expect(response.body.message).toMatch(/chỉ nhận I, II, III/);
    expect(await stored('07234')).toBe('II');
    expect(await changes()).toEqual(before);
  });

  it('answers 404 for a unit that does not exist and 400 for fields it does not know', async () => {
    const missing = await t.http().patch('/api/localities/00000000-0000-4000-8000-000000000000/area-class').set(await t.as('admin')).send({ areaClass: 'I' });
    expect({ status: missing.status, code: missing.body.code }).toEqual({ status: 404, code: 'LOCALITY_NOT_FOUND' });
    const extra = await patch('07234', 'admin', { areaClass: 'I', name: 'Đổi tên' });
    expect({ status: extra.status, code: extra.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  });
});
