import { EventEmitter } from 'node:events';
import type { PGlite } from '@electric-sql/pglite';
import { PreparedStatements, type PgliteSession, type PgliteWire } from './prepared-statements';

/** What the pool needs of PGlite (its extension-typed instance is not assignable to the class). */
type PgliteDatabase = Pick<PGlite, 'exec' | 'close'> & PgliteSession;

/**
 * A `pg`-compatible Pool over one PGlite instance that lends its single connection to one
 * TypeORM query runner at a time. typeorm-pglite hands the same connection to every
 * runner at once, so two concurrent transactions interleave and one's COMMIT commits the
 * other's half-done writes; queueing at `connect()` makes each transaction exclusive.
 */
type Callback = (error: Error | null, result?: unknown) => void;
type ConnectCallback = (error: Error | null, client: PgliteClient | null, release: (error?: unknown) => void) => void;

interface Waiter {
  grant: () => void;
  timer: NodeJS.Timeout;
}

export class PgliteClient extends EventEmitter {
  private readonly statements: PreparedStatements;

  constructor(
    private readonly db: PgliteDatabase,
    wire: PgliteWire,
  ) {
    super();
    this.statements = new PreparedStatements(db, wire);
  }

  query(text: string, paramsOrCallback?: unknown[] | Callback, maybeCallback?: Callback): Promise<unknown> {
    const callback = typeof paramsOrCallback === 'function' ? paramsOrCallback : maybeCallback;
    const params = Array.isArray(paramsOrCallback) ? paramsOrCallback : undefined;
    // Statements without parameters may hold several commands (migrations): exec runs them all.
    const run =
      params && params.length > 0
        ? this.statements.query(text, params)
        : this.runUnprepared(text);
    return run.then(
      (result) => {
        const shaped = { ...result, rowCount: (result as { affectedRows?: number }).affectedRows ?? result.rows.length };
        callback?.(null, shaped);
        return shaped;
      },
      (error: Error) => {
        callback?.(error);
        throw error;
      },
    );
  }

  private async runUnprepared(text: string) {
    this.statements.noticeUnprepared(text);
    const results = await this.db.exec(text);
    return results[results.length - 1] ?? { rows: [], fields: [], affectedRows: 0 };
  }
}

export class SerializedPglitePool extends EventEmitter {
  private busy = false;
  private readonly waiters: Waiter[] = [];
  private readonly client: PgliteClient;

  constructor(
    private readonly db: PgliteDatabase,
    wire: PgliteWire,
    private readonly onClosed: () => void = () => undefined,
    private readonly acquireTimeoutMs = 30_000,
  ) {
    super();
    this.client = new PgliteClient(db, wire);
  }

  connect(callback: ConnectCallback): void {
    const grant = () => {
      this.busy = true;
      let released = false;
      callback(null, this.client, () => {
        if (released) return;
        released = true;
        this.handOver();
      });
    };
    if (!this.busy) return grant();
    // A runner that asks for the connection while it already holds it (a nested query
    // outside its transaction) would wait forever; fail loudly instead.
    const waiter: Waiter = {
      grant,
      timer: setTimeout(() => {
        const index = this.waiters.indexOf(waiter);
        if (index >= 0) this.waiters.splice(index, 1);
        callback(new Error(`PGlite connection not released within ${this.acquireTimeoutMs} ms`), null, () => undefined);
      }, this.acquireTimeoutMs),
    };
    this.waiters.push(waiter);
  }

  query(text: string, params?: unknown[] | Callback, callback?: Callback): Promise<unknown> {
    return this.client.query(text, params, callback);
  }

  end(callback?: (error: Error | null) => void): Promise<void> {
    return this.db.close().then(
      () => {
        this.onClosed();
        callback?.(null);
      },
      (error: Error) => callback?.(error),
    );
  }

  private handOver(): void {
    const next = this.waiters.shift();
    if (!next) {
      this.busy = false;
      return;
    }
    clearTimeout(next.timer);
    next.grant();
  }
}

/** The module object TypeORM's postgres driver expects in place of `pg`. */
export function pgliteDriverModule(db: PgliteDatabase, wire: PgliteWire, onClosed?: () => void): { Pool: new () => SerializedPglitePool } {
  return {
    Pool: class extends SerializedPglitePool {
      constructor() {
        super(db, wire, onClosed);
      }
    },
  };
}
