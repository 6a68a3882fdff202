import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ValidationFailedError } from '../../../common/errors/app-error';
import { canonicalJson } from '../../audit/audit-hash';
import { row } from '../../../database/typeorm-rows';
import { IdempotencyRecordEntity } from '../entities/idempotency-record.entity';
import { IdempotencyKeyReusedError } from '../tasks.errors';

export interface IdempotentRequest {
  recordId: string;
  requestHash: string;
}

export interface StoredResponse {
  statusCode: number;
  body: unknown;
}

/** Remembers the first answer per (user, Idempotency-Key) so a retried request replays it. */
@Injectable()
export class IdempotencyStore {
  describe(userId: string, key: string | undefined, request: unknown): IdempotentRequest | undefined {
    if (key === undefined) return undefined;
    if (!/^[\w.:-]{8,200}$/.test(key)) {
      throw new ValidationFailedError('Idempotency-Key phải dài 8–200 ký tự, gồm chữ, số và . : _ -');
    }
    return { recordId: `${userId}:${key}`, requestHash: createHash('sha256').update(canonicalJson(request)).digest('hex') };
  }

  async find(manager: EntityManager, request: IdempotentRequest): Promise<StoredResponse | undefined> {
    const found = await manager.getRepository(IdempotencyRecordEntity).findOneBy({ id: request.recordId });
    if (!found) return undefined;
    if (found.requestHash !== request.requestHash) throw new IdempotencyKeyReusedError();
    return { statusCode: found.statusCode, body: found.responseBody };
  }

  async save(manager: EntityManager, request: IdempotentRequest, response: StoredResponse, now: Date): Promise<void> {
    await manager.getRepository(IdempotencyRecordEntity).insert(
      row<IdempotencyRecordEntity>({ id: request.recordId, requestHash: request.requestHash, statusCode: response.statusCode, responseBody: response.body, createdAt: now }),
    );
  }
}
