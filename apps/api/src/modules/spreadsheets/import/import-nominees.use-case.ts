import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { fromBuffer } from 'file-type';
import { DataSource, type EntityManager } from 'typeorm';
import { NOMINEE_SHEET_MAX_ROWS } from '@vinh-danh/domain';
import { Clock } from '../../../common/clock/clock';
import type { UploadedBinary } from '../../../common/upload/single-file-upload.interceptor';
import { AuditLog } from '../../audit/audit-log';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { DossierGate } from '../../attachments/dossier-gate';
import { sanitizeFileName } from '../../attachments/files/file-name';
import { AwardTypeEntity } from '../../award-types/entities/award-type.entity';
import { NomineesNotEligibleError } from '../../dossiers/dossiers.errors';
import type { DossierEntity } from '../../dossiers/entities/dossier.entity';
import { NomineeEntity, type NomineeKind } from '../../dossiers/entities/nominee.entity';
import { NomineeImportEmptyError, NomineeImportFileRequiredError, NomineeImportInvalidError, NomineeImportNotXlsxError } from '../spreadsheets.errors';
import { readNomineeSheet, type NomineeSheetContent } from '../xlsx/nominee-sheet-reader';

export interface NomineeImportResult {
  dossierId: string;
  imported: number;
  replaced: number;
}

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters. */
const INSERT_CHUNK = 1000;

/**
 * Replaces a draft's nominee list with the rows of an XLSX in the template's layout, all or
 * nothing: every row is checked first (row numbers and Vietnamese messages in the answer),
 * then the old list is deleted and the new one written in one transaction. Attachments tied
 * to a removed nominee stay on the dossier, untied (foreign key ON DELETE SET NULL).
 */
@Injectable()
export class ImportNomineesUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: DossierGate,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute(user: AuthenticatedUser, dossierId: string, file: UploadedBinary | undefined): Promise<NomineeImportResult> {
    if (!file) throw new NomineeImportFileRequiredError();
    const dossier = await this.mayImport(this.dataSource.manager, user, dossierId, false);
    if ((await fromBuffer(file.buffer))?.ext !== 'xlsx') throw new NomineeImportNotXlsxError();
    const sheet = await readNomineeSheet(file.buffer, NOMINEE_SHEET_MAX_ROWS);
    if (sheet.problemCount > 0) throw new NomineeImportInvalidError(sheet.problems, sheet.problemCount);
    if (sheet.nominees.length === 0) throw new NomineeImportEmptyError();
    await this.checkEligible(dossier, sheet);

    return this.dataSource.transaction(async (manager) => {
      await this.mayImport(manager, user, dossierId, true);
      const nominees = manager.getRepository(NomineeEntity);
      const replaced = await nominees.countBy({ dossierId });
      await nominees.delete({ dossierId });
      const rows = sheet.nominees.map(({ nominee }, index) =>
        nominees.create({ id: randomUUID(), dossierId, position: index + 1, kind: nominee.kind as NomineeKind, fullName: nominee.fullName, title: nominee.title, achievements: nominee.achievements }),
      );
      for (let start = 0; start < rows.length; start += INSERT_CHUNK) await nominees.insert(rows.slice(start, start + INSERT_CHUNK));
      // The list changed: anyone holding the dossier's previous version must reload it.
      await manager.query('UPDATE dossiers SET version = version + 1 WHERE id = $1', [dossierId]);
      await this.audit.append(manager, [
        {
          dossierId,
          type: 'nominees.imported',
          actor: user.username,
          occurredAt: this.clock.now(),
          payload: { imported: rows.length, replaced, fileName: sanitizeFileName(file.originalname), sha256: createHash('sha256').update(file.buffer).digest('hex') },
        },
      ]);
      return { dossierId, imported: rows.length, replaced };
    });
  }

  private async mayImport(manager: EntityManager, user: AuthenticatedUser, dossierId: string, lock: boolean): Promise<DossierEntity> {
    const dossier = await this.gate.readable(manager, user, dossierId, { lock });
    this.gate.requireClerk(user, dossier, 'nhập danh sách đối tượng');
    this.gate.requireDraft(dossier);
    return dossier;
  }

  /** The same rule as creating a dossier: every line's kind must be one the award is given to. */
  private async checkEligible(dossier: DossierEntity, sheet: NomineeSheetContent): Promise<void> {
    const awardType = await this.dataSource.manager.getRepository(AwardTypeEntity).findOneByOrFail({ code: dossier.awardTypeCode });
    const ineligible = sheet.nominees.filter(({ nominee }) => !awardType.subjectTypes.includes(nominee.kind)).map(({ row }) => row);
    if (ineligible.length > 0) throw new NomineesNotEligibleError(awardType.name, ineligible, awardType.subjectTypes);
  }
}
