import type { Pool, PoolClient } from 'pg';
import { copyTemplate, serverUrl } from '../../testing/test-database';
import { pgWithNamedStatements, StatementNames } from './named-statements';

/**
 * The named-statement `pg` module against a real PostgreSQL server (the PostgreSQL pass of
 * the tests; PGlite has its own statement cache, see database/pglite).
 */
const onPostgres = serverUrl() ? describe : describe.skip;

onPostgres('pgWithNamedStatements (PostgreSQL)', () => {
  let database: Awaited<ReturnType<typeof copyTemplate>>;

  beforeAll(async () => {
    database = await copyTemplate();
  });
  afterAll(() => database.drop());

  async function withClient<T>(names: StatementNames, work: (client: PoolClient) => Promise<T>): Promise<T> {
    const pg = pgWithNamedStatements(names);
    const pool: Pool = new pg.Pool({ connectionString: database.env['DATABASE_URL'], max: 1 });
    const client = await pool.connect();
    try {
      return await work(client);
    } finally {
      client.release();
      await pool.end();
    }
  }

  const preparedOn = async (client: PoolClient) =>
    (await client.query<{ name: string; statement: string }>('SELECT name, statement FROM pg_prepared_statements ORDER BY name')).rows;

  it('prepares each statement text once per connection and answers as an unnamed query does', async () => {
    const names = new StatementNames();
    await withClient(names, async (client) => {
      const text = 'SELECT $1::text AS title, $2::int + 1 AS next';
      for (let i = 0; i < 3; i++) expect((await client.query(text, ['Giấy khen Chủ tịch UBND xã', i])).rows).toEqual([{ title: 'Giấy khen Chủ tịch UBND xã', next: i + 1 }]);
      expect(await preparedOn(client)).toEqual([{ name: names.nameOf(text), statement: text }]);
      // Statements without parameters are not named.
      await client.query('SELECT 1');
      expect(await preparedOn(client)).toHaveLength(1);
    });
  });

  it('names at most its capacity of texts; the rest run unnamed', async () => {
    const names = new StatementNames(2);
    await withClient(names, async (client) => {
      for (let n = 1; n <= 4; n++) expect((await client.query(`SELECT $1::int * ${n} AS product`, [n])).rows).toEqual([{ product: n * n }]);
      expect(names.size).toBe(2);
      expect(await preparedOn(client)).toHaveLength(2);
    });
  });

  it('after a schema change breaks a prepared statement, the next use prepares it anew', async () => {
    const names = new StatementNames();
    await withClient(names, async (client) => {
      await client.query('CREATE TABLE đơn_vị (id int PRIMARY KEY, quota int)');
      await client.query('INSERT INTO đơn_vị VALUES ($1, $2)', [1, 3]);
      const read = 'SELECT * FROM đơn_vị WHERE id = $1';
      expect((await client.query(read, [1])).rows).toEqual([{ id: 1, quota: 3 }]);
      await client.query('ALTER TABLE đơn_vị ALTER COLUMN quota TYPE text');
      await expect(client.query(read, [1])).rejects.toMatchObject({ code: '0A000' });
      expect((await client.query(read, [1])).rows).toEqual([{ id: 1, quota: '3' }]);
    });
  });
});
