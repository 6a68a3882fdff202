import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DocumentDataError } from '@vinh-danh/documents';
import { Clock } from '../../../common/clock/clock';
import type { UploadedBinary } from '../../../common/upload/single-file-upload.interceptor';
import { holdsRoleAt, type AuthenticatedUser } from '../../auth/authenticated-user';
import { DossierGate } from '../../attachments/dossier-gate';
import { LocalityEntity } from '../../localities/entities/locality.entity';
import { TaskEntity } from '../../tasks/entities/task.entity';
import { DocumentAlreadySignedError, DocumentNotAvailableError, DocumentSignForbiddenError, SigningCertificateInvalidError } from '../documents.errors';
import { DocumentIssuer } from '../issuance/document-issuer';
import { IssuedDocumentsStore } from '../issuance/issued-documents.store';
import { placeName } from '../mapping/units';
import { DocumentRenderer } from '../rendering/document-renderer';
import { toIssuedDocumentView, type IssuedDocumentView } from '../views/issued-document-view';
import { readSigningCertificate } from './p12-certificate';

/**
 * A chairman of the level that decided signs the issued decision with a PKCS#12 certificate
 * (PAdES). The signed PDF is a new issued version; the unsigned one stays in the history and
 * `decision.pdf` serves the signed one from then on. Every check comes before anything is
 * written: a refusal leaves no file, no row and no event. The passphrase lives in this
 * request only.
 */
@Injectable()
export class SignDecisionUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: DossierGate,
    private readonly issuer: DocumentIssuer,
    private readonly store: IssuedDocumentsStore,
    private readonly renderer: DocumentRenderer,
    private readonly clock: Clock,
  ) {}

  async execute(user: AuthenticatedUser, dossierId: string, file: UploadedBinary | undefined, passphrase: string | undefined): Promise<IssuedDocumentView> {
    const manager = this.dataSource.manager;
    const dossier = await this.gate.readable(manager, user, dossierId);
    await this.issuer.ensureIssued(dossierId);
    const rows = await this.store.list(manager, dossierId);
    const decision = rows.filter((row) => row.kind === 'decision' && !row.signed).at(-1);
    if (!decision?.taskId) throw new DocumentNotAvailableError(`Hồ sơ ${dossier.code} chưa có quyết định khen thưởng đã ban hành để ký số`);
    const signedKey = `${decision.issueKey}:signed`;
    const task = await manager.getRepository(TaskEntity).findOneByOrFail({ id: decision.taskId });
    const unit = await manager.getRepository(LocalityEntity).findOneByOrFail({ id: task.localityId });
    if (!holdsRoleAt(user, 'chairman', task.localityId)) throw new DocumentSignForbiddenError(unit.name);
    if (rows.some((row) => row.issueKey === signedKey)) throw new DocumentAlreadySignedError();

    const now = this.clock.now();
    const p12 = file?.buffer ?? Buffer.alloc(0);
    const certificate = readSigningCertificate(p12, passphrase ?? '', now);
    const unsigned = await this.store.read(decision);
    const signed = await this.renderer
      .sign(new Uint8Array(unsigned), { p12: new Uint8Array(p12), passphrase: passphrase ?? '' }, {
        name: certificate.commonName,
        reason: `Ký Quyết định khen thưởng, hồ sơ ${dossier.code}`,
        location: placeName({ ...unit, areaClass: unit.areaClass }),
        signingTime: now,
      })
      .catch((error: unknown) => {
        if (error instanceof DocumentDataError) throw new SigningCertificateInvalidError('không ký được văn bản bằng chứng thư này');
        throw error;
      });
    const row = await this.store.save(
      { dossierId, kind: 'decision', issueKey: signedKey, level: decision.level, taskId: decision.taskId, issuedBy: user.username, issuedAt: now, signed: true, signerSubject: certificate.subject },
      signed,
      decision.pageCount,
    );
    // Two signers at once: the second one's file was discarded and it gets the first one's row.
    if (row.issuedBy !== user.username || row.issuedAt.getTime() !== now.getTime()) throw new DocumentAlreadySignedError();
    return toIssuedDocumentView(row);
  }
}
