import { useTestApp } from '../../../testing/test-app';
import { insertDraftDossier } from './insert-draft-dossier';

describe('insertDraftDossier', () => {
  const app = useTestApp();

  async function fileAt(instant: string) {
    const { t, driver } = app;
    const [clerk] = await t.dataSource.query(`SELECT id FROM users WHERE username = 'clerk.07234'`);
    const localityId = await driver.localityId('07234');
    return t.dataSource.transaction((manager) =>
      insertDraftDossier(manager, { title: 'Hồ sơ thử', awardTypeCode: 'GK-CT-XA', localityId, movementId: null, createdBy: clerk.id }, new Date(instant)),
    );
  }

  it("numbers a dossier by the year in Vietnam, not in UTC", async () => {
    const newYearsEve = await fileAt('2025-12-31T18:00:00Z'); // 01:00 on 1/1/2026 in Hà Nội
    const midday = await fileAt('2025-12-31T04:00:00Z');
    expect(newYearsEve.code).toMatch(/^HS-2026-\d{6}$/);
    expect(midday.code).toMatch(/^HS-2025-\d{6}$/);
  });

  it('gives every draft its own code and stores it as a draft', async () => {
    const [first, second] = [await fileAt('2026-03-02T03:00:00Z'), await fileAt('2026-03-02T03:00:00Z')];
    expect(first.code).not.toBe(second.code);
    const [row] = await app.t.dataSource.query('SELECT status, code FROM dossiers WHERE id = $1', [first.id]);
    expect(row).toEqual({ status: 'draft', code: first.code });
  });
});
