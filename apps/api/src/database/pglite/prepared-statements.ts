import type { PGlite, Results, parse, protocol } from '@electric-sql/pglite';

/** What the statement cache needs of a PGlite instance. */
export type PgliteSession = Pick<PGlite, 'execProtocol' | 'runExclusive' | 'isInTransaction' | 'serializers' | 'parsers'>;

/** PGlite's wire-protocol helpers, handed in because PGlite is ESM and loads at run time. */
export interface PgliteWire {
  serialize: typeof protocol.serialize;
  parseResults: typeof parse.parseResults;
}

interface PreparedStatement {
  name: string;
  /** Type OIDs PostgreSQL inferred for $1…$n: how each value is serialised. */
  parameterTypes: number[];
}

/** PostgreSQL's "cached plan must not change result type" and its kin: prepare again. */
const FEATURE_NOT_SUPPORTED = '0A000';
/** Statement names are per database session; counting process-wide keeps two caches apart. */
let statementsNamed = 0;

/** A schema change ends every prepared statement (their row shapes may have moved). */
const SCHEMA_CHANGE = /\b(CREATE|ALTER|DROP|TRUNCATE|DISCARD|DEALLOCATE)\s/i;

/**
 * Server-side prepared statements for PGlite, one per distinct SQL text, kept in a bounded
 * LRU. PGlite's own `query()` parses, describes and plans every statement anew in six calls
 * into WebAssembly; a prepared statement is bound and run in one call and PostgreSQL may
 * reuse its plan. A task completion runs a dozen statements, so this saves about 0.2 ms of
 * the api's one core per statement (measured in BENCHMARKS.md). PGlite is a single session,
 * so the statements live as long as the database is open.
 */
export class PreparedStatements {
  private readonly statements = new Map<string, PreparedStatement>();
  /** Names evicted from the LRU, closed in front of the next statement run. */
  private readonly toClose: string[] = [];

  constructor(
    private readonly db: PgliteSession,
    private readonly wire: PgliteWire,
    private readonly capacity = 256,
  ) {}

  get size(): number {
    return this.statements.size;
  }

  /** Runs `text` with `params` through a prepared statement (prepared on first use). */
  query(text: string, params: unknown[]): Promise<Results> {
    return this.db.runExclusive(async () => {
      const statement = this.statements.get(text) ?? (await this.prepare(text));
      this.touch(text, statement);
      const values = params.map((value, i) => this.serialise(value, statement.parameterTypes[i]));
      const { serialize } = this.wire;
      // Statements evicted from the LRU are closed in the same call, so the server never
      // holds more than the cache does.
      const closes = this.toClose.splice(0).map((name) => serialize.close({ type: 'S', name }));
      try {
        const { messages } = await this.db.execProtocol(
          concat([...closes, serialize.bind({ statement: statement.name, values }), serialize.describe({ type: 'P' }), serialize.execute({}), serialize.sync()]),
          { syncToFs: !this.db.isInTransaction() },
        );
        return this.wire.parseResults(messages, this.db.parsers)[0];
      } catch (error) {
        if ((error as { code?: string }).code === FEATURE_NOT_SUPPORTED) this.evict(text);
        // As PGlite's query() does: the failing statement travels with the error.
        throw Object.assign(error as object, { query: text, params });
      }
    });
  }

  /** To be told of every statement run outside this cache: a schema change forgets them all. */
  noticeUnprepared(text: string): void {
    if (!SCHEMA_CHANGE.test(text)) return;
    for (const text of [...this.statements.keys()]) this.evict(text);
  }

  private async prepare(text: string): Promise<PreparedStatement> {
    const name = `vd_${statementsNamed++}`;
    const { serialize } = this.wire;
    const { messages } = await this.db.execProtocol(concat([serialize.parse({ name, text }), serialize.describe({ type: 'S', name }), serialize.sync()]), {
      syncToFs: false,
    });
    const description = messages.find((message) => message.name === 'parameterDescription') as { dataTypeIDs?: number[] } | undefined;
    const statement = { name, parameterTypes: description?.dataTypeIDs ?? [] };
    this.statements.set(text, statement);
    return statement;
  }

  /** Map order is the LRU order: a used statement moves to the end, the first one goes. */
  private touch(text: string, statement: PreparedStatement): void {
    this.statements.delete(text);
    this.statements.set(text, statement);
    while (this.statements.size > this.capacity) this.evict(this.statements.keys().next().value as string);
  }

  private evict(text: string): void {
    const statement = this.statements.get(text);
    if (!statement) return;
    this.statements.delete(text);
    this.toClose.push(statement.name);
  }

  /** As PGlite's `query()` does it: by the parameter's type, else its text form. */
  private serialise(value: unknown, type: number | undefined): string | null {
    if (value === null || value === undefined) return null;
    const serializer = type === undefined ? undefined : this.db.serializers[type];
    return serializer ? serializer(value) : String(value);
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
