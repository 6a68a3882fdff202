import type { PGlite } from '@electric-sql/pglite';
import { PreparedStatements, type PgliteSession, type PgliteWire } from './prepared-statements';
import { PgliteClient } from './serialized-pglite-pool';

/**
 * The statement cache against a real in-memory PGlite: it must answer exactly as PGlite's
 * own query() does, stay within its bound on the server too, and survive schema changes
 * and failed statements.
 */
describe('PreparedStatements (PGlite)', () => {
  // What the spec uses of it (a Pick: PGlite's own class type differs between the ESM
  // import here and the CommonJS view of its types).
  let db: PgliteSession & Pick<PGlite, 'exec' | 'query' | 'close' | 'waitReady'>;
  let wire: PgliteWire;

  beforeAll(async () => {
    const pglite = await import('@electric-sql/pglite');
    const memory = new pglite.PGlite();
    await memory.waitReady;
    db = memory;
    wire = { serialize: pglite.protocol.serialize, parseResults: pglite.parse.parseResults };
    await db.exec(`
      CREATE TABLE hồ_sơ (id int PRIMARY KEY, title text NOT NULL, tags text[], facts jsonb, due timestamptz, done boolean);
      INSERT INTO hồ_sơ VALUES (1, 'Giấy khen Chủ tịch UBND xã', '{hộ gia đình,thôn}', '{"điểm": 95}', '2026-07-01T00:00:00Z', false);
    `);
  });

  afterAll(() => db.close());

  const serverStatements = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_prepared_statements')).rows[0].n;

  it('answers as PGlite query() does: rows, types, Vietnamese text, NULLs and row counts', async () => {
    const statements = new PreparedStatements(db, wire);
    const select = 'SELECT * FROM hồ_sơ WHERE id = $1 OR title = $2';
    const params = [1, 'không có'];
    const prepared = await statements.query(select, params);
    const plain = await db.query(select, params);
    expect(prepared.rows).toEqual(plain.rows);
    expect(prepared.rows[0]).toMatchObject({ title: 'Giấy khen Chủ tịch UBND xã', tags: ['hộ gia đình', 'thôn'], facts: { điểm: 95 }, done: false });
    expect((prepared.rows[0] as { due: Date }).due).toEqual(new Date('2026-07-01T00:00:00Z'));

    const insert = 'INSERT INTO hồ_sơ (id, title, tags, facts, due, done) VALUES ($1, $2, $3, $4, $5, $6)';
    const inserted = await statements.query(insert, [2, 'Bằng khen Thủ tướng', ['doanh nghiệp'], JSON.stringify({ điểm: 88 }), new Date('2026-08-01T00:00:00Z'), null]);
    expect(inserted.affectedRows).toBe(1);
    const read = await db.query('SELECT * FROM hồ_sơ WHERE id = 2');
    expect(read.rows[0]).toMatchObject({ title: 'Bằng khen Thủ tướng', tags: ['doanh nghiệp'], facts: { điểm: 88 }, done: null });

    const updated = await statements.query('UPDATE hồ_sơ SET done = $1 WHERE id > $2', [true, 0]);
    expect(updated.affectedRows).toBe(2);
  });

  it('prepares a statement once and reuses it', async () => {
    const statements = new PreparedStatements(db, wire);
    const before = await serverStatements();
    for (let id = 1; id <= 5; id++) await statements.query('SELECT title FROM hồ_sơ WHERE id = $1', [id]);
    expect(statements.size).toBe(1);
    expect((await serverStatements()) - before).toBe(1);
  });

  it('keeps at most its capacity, also on the server (evicted statements are closed)', async () => {
    const statements = new PreparedStatements(db, wire, 2);
    const before = await serverStatements();
    for (let n = 1; n <= 6; n++) {
      expect((await statements.query(`SELECT $1::int + ${n} AS sum`, [n])).rows).toEqual([{ sum: 2 * n }]);
      expect(statements.size).toBe(Math.min(n, 2));
      expect((await serverStatements()) - before).toBe(Math.min(n, 2));
    }
  });

  it('forgets its statements when the schema changes, so a changed row type is read anew', async () => {
    const client = new PgliteClient(db, wire);
    await client.query('CREATE TABLE đơn_vị (id int PRIMARY KEY, quota int)');
    await client.query('INSERT INTO đơn_vị VALUES ($1, $2)', [1, 3]);
    const read = 'SELECT * FROM đơn_vị WHERE id = $1';
    expect(((await client.query(read, [1])) as { rows: unknown[] }).rows).toEqual([{ id: 1, quota: 3 }]);
    // Without forgetting, PostgreSQL refuses: "cached plan must not change result type".
    await client.query('ALTER TABLE đơn_vị ALTER COLUMN quota TYPE text');
    expect(((await client.query(read, [1])) as { rows: unknown[] }).rows).toEqual([{ id: 1, quota: '3' }]);
  });

  it('surfaces a failing statement with its code and stays usable after the rollback', async () => {
    const client = new PgliteClient(db, wire);
    const insert = 'INSERT INTO hồ_sơ (id, title) VALUES ($1, $2)';
    await client.query('BEGIN');
    await expect(client.query(insert, [1, 'trùng khoá'])).rejects.toMatchObject({ code: '23505', query: insert });
    await expect(client.query('SELECT title FROM hồ_sơ WHERE id = $1', [1])).rejects.toMatchObject({ code: '25P02' });
    await client.query('ROLLBACK');
    await client.query(insert, [3, 'Cờ thi đua']);
    expect(((await client.query('SELECT title FROM hồ_sơ WHERE id = $1', [3])) as { rows: unknown[] }).rows).toEqual([{ title: 'Cờ thi đua' }]);
  });

  it('does not keep a statement that failed to prepare', async () => {
    const statements = new PreparedStatements(db, wire);
    await expect(statements.query('SELECT nothing FROM hồ_sơ WHERE id = $1', [1])).rejects.toMatchObject({ code: '42703' });
    expect(statements.size).toBe(0);
  });
});
