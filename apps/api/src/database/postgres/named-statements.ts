import * as pg from 'pg';

/** PostgreSQL's "cached plan must not change result type" and its kin: name the text anew. */
const FEATURE_NOT_SUPPORTED = '0A000';

/**
 * Names for statement texts, one per text for the whole process, so each pooled connection
 * prepares a statement the first time it runs that text and only binds it afterwards. The
 * first `capacity` distinct texts get a name; later ones run unnamed, which bounds what each
 * server session holds (statement texts vary only where a list's length is spelled out).
 */
export class StatementNames {
  private readonly names = new Map<string, string>();
  private nextId = 0;

  constructor(private readonly capacity = 256) {}

  get size(): number {
    return this.names.size;
  }

  nameOf(text: string): string | undefined {
    let name = this.names.get(text);
    if (name === undefined && this.names.size < this.capacity) {
      name = `vd_${this.nextId++}`;
      this.names.set(text, name);
    }
    return name;
  }

  /** After a schema change broke a prepared statement: the next use prepares it under a new name. */
  forget(text: string): void {
    this.names.delete(text);
  }
}

type Query = (...args: unknown[]) => unknown;

/**
 * The `pg` module TypeORM gets in place of `pg` itself: its clients run every statement
 * with parameters as a named prepared statement. node-postgres prepares a named statement
 * once per connection and then sends only Bind/Execute; PostgreSQL skips parsing and, once
 * it has seen the statement a few times, planning. TypeORM never names its statements, and
 * a task completion runs a dozen of them.
 */
export function pgWithNamedStatements(names = new StatementNames()): typeof pg {
  class NamingClient extends pg.Client {
    // pg types query() as a dozen overloads; `never` is assignable to each of their returns,
    // and the value returned is always what pg's own query() returns for the same call.
    override query(...args: unknown[]): never {
      const [text, values, callback] = args;
      const query = super.query.bind(this) as Query;
      // Only the (text, values) promise form TypeORM uses; config objects and callbacks pass through.
      const name = typeof text === 'string' && Array.isArray(values) && values.length > 0 && callback === undefined ? names.nameOf(text) : undefined;
      if (name === undefined) return query(...args) as never;
      return (query({ name, text, values }) as Promise<unknown>).catch((error: unknown) => {
        if ((error as { code?: string }).code === FEATURE_NOT_SUPPORTED) names.forget(text as string);
        throw error;
      }) as never;
    }
  }
  class NamingPool extends pg.Pool {
    constructor(options?: pg.PoolConfig) {
      super({ ...options, Client: NamingClient });
    }
  }
  return { ...pg, Client: NamingClient, Pool: NamingPool } as typeof pg;
}
