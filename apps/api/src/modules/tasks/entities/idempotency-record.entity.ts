import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The first answer to a request sent with an `Idempotency-Key`, replayed to its retries. */
@Entity({ name: 'idempotency_records' })
export class IdempotencyRecordEntity {
  /** `<user id>:<key>`: keys are scoped per user so nobody can read another's answer. */
  @PrimaryColumn({ type: 'varchar', length: 300 })
  id!: string;

  /** Hash of method, path and body: the same key with another request is refused. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash!: string;

  @Column({ name: 'status_code', type: 'integer' })
  statusCode!: number;

  @Column({ name: 'response_body', type: 'jsonb' })
  responseBody!: unknown;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
