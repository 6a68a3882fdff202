import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RenderMeta } from '@vinh-danh/documents';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { AwardTypeEntity } from '../../award-types/entities/award-type.entity';
import { DossierGate } from '../../attachments/dossier-gate';
import type { DossierEntity } from '../../dossiers/entities/dossier.entity';
import { DocumentKindUnknownError, DocumentNomineeNotFoundError, DocumentNotAvailableError, IssuedDocumentNotFoundError } from '../documents.errors';
import type { DocumentQueryDto } from '../dto/document-query.dto';
import type { IssuedDocumentEntity } from '../entities/issued-document.entity';
import { DocumentIssuer } from '../issuance/document-issuer';
import { IssuedDocumentsStore } from '../issuance/issued-documents.store';
import { documentFileName, isDossierKind, isIssuedKind, type DocumentKind, type DossierKind } from '../kinds/document-kind';
import { achievementReportInput, certificatesInput, decisionInput, minutesInput, nomineeListInput, submissionInput } from '../mapping/document-inputs';
import { noDecisionReason, noMinutesReason, openDecisionTask } from '../planning/papers';
import { DocumentRenderer } from '../rendering/document-renderer';
import type { DossierSnapshot } from '../snapshot/dossier-snapshot';
import { DossierSnapshotReader } from '../snapshot/dossier-snapshot.reader';
import { toIssuedDocumentView, type IssuedDocumentView } from '../views/issued-document-view';
import { BundleAssembler } from './bundle-assembler';

/**
 * A PDF ready to send. `issued`: the stored bytes of a paper issued at a step, never drawn
 * again. `draft`: a paper not issued yet, drawn from the data as it stands and marked
 * "DỰ THẢO". `live`: a view of the dossier as it stands (list, report, bundle), unmarked.
 */
export interface ServedDocument {
  fileName: string;
  status: 'issued' | 'draft' | 'live';
  sha256: string;
  size: number;
  signed: boolean;
  stream: () => Promise<Readable>;
}

@Injectable()
export class DocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: DossierGate,
    private readonly issuer: DocumentIssuer,
    private readonly store: IssuedDocumentsStore,
    private readonly reader: DossierSnapshotReader,
    private readonly renderer: DocumentRenderer,
    private readonly bundles: BundleAssembler,
  ) {}

  /** The dossier's issued documents, oldest first (a signed decision after the one it signs). */
  async list(user: AuthenticatedUser, dossierId: string): Promise<IssuedDocumentView[]> {
    await this.gate.readable(this.dataSource.manager, user, dossierId);
    await this.issuer.ensureIssued(dossierId);
    return (await this.store.list(this.dataSource.manager, dossierId)).map(toIssuedDocumentView);
  }

  async dossierDocument(user: AuthenticatedUser, dossierId: string, kind: string, query: DocumentQueryDto): Promise<ServedDocument> {
    const dossier = await this.gate.readable(this.dataSource.manager, user, dossierId);
    if (!isDossierKind(kind)) throw new DocumentKindUnknownError(kind);
    const { failed } = await this.issuer.ensureIssued(dossierId);
    if (isIssuedKind(kind)) {
      const rows = (await this.store.list(this.dataSource.manager, dossierId)).filter((row) => row.kind === kind && (!query.level || row.level === query.level));
      const row = query.issuedId ? rows.find((candidate) => candidate.id === query.issuedId) : rows.at(-1);
      if (row) return this.issued(dossier, row);
      if (query.issuedId) throw new IssuedDocumentNotFoundError(kind, query.issuedId);
      // A paper the steps have made but that could not be issued: say why rather than draw a stand-in.
      const failure = [...failed].find(([key]) => key === kind || key.startsWith(`${kind}:`));
      if (failure) throw failure[1];
    } else if (query.issuedId) {
      throw new IssuedDocumentNotFoundError(kind, query.issuedId);
    }
    const snapshot = await this.snapshot(dossier);
    return this.live(snapshot, kind, query);
  }

  async achievementReport(user: AuthenticatedUser, dossierId: string, nomineeId: string): Promise<ServedDocument> {
    const dossier = await this.gate.readable(this.dataSource.manager, user, dossierId);
    const snapshot = await this.snapshot(dossier);
    const input = achievementReportInput(snapshot, nomineeId);
    if (!input) throw new DocumentNomineeNotFoundError(nomineeId);
    const rendered = await this.renderer.render('achievement-report', input, this.liveMeta(snapshot, `achievement-report/${nomineeId}`));
    return this.fromBytes(rendered.bytes, 'live', this.fileName(snapshot, 'achievement-report', false, input.nominee.name));
  }

  private async live(s: DossierSnapshot, kind: DossierKind, query: DocumentQueryDto): Promise<ServedDocument> {
    const meta = this.liveMeta(s, kind);
    switch (kind) {
      case 'submission':
        return this.draft(s, kind, (await this.renderer.render('submission', submissionInput(s), meta)).bytes, meta);
      case 'nominee-list':
        return this.fromBytes((await this.renderer.render('nominee-list', nomineeListInput(s), meta)).bytes, 'live', this.fileName(s, kind, false));
      case 'minutes': {
        const council = [...s.councils].reverse().find((record) => !query.level || record.level === query.level);
        if (!council) throw new DocumentNotAvailableError(noMinutesReason(s));
        return this.fromBytes((await this.renderer.render('minutes', minutesInput(s, council), meta)).bytes, 'live', this.fileName(s, kind, false));
      }
      case 'decision':
      case 'certificates': {
        const open = openDecisionTask(s);
        if (!open) throw new DocumentNotAvailableError(noDecisionReason(s, kind === 'decision' ? 'quyết định khen thưởng' : 'Bằng khen, Giấy khen'));
        const rendered = kind === 'decision' ? await this.renderer.render('decision', decisionInput(s, open), meta) : await this.renderer.render('certificates', certificatesInput(s, open), meta);
        return this.draft(s, kind, rendered.bytes, meta);
      }
      case 'bundle': {
        const rows = await this.store.list(this.dataSource.manager, s.dossier.id);
        const input = await this.bundles.assemble(this.dataSource.manager, s, rows);
        const { bytes } = await this.renderer.render('bundle', input, meta);
        return s.dossier.submittedAt ? this.fromBytes(bytes, 'live', this.fileName(s, kind, false)) : this.draft(s, kind, bytes, meta);
      }
    }
  }

  private async draft(s: DossierSnapshot, kind: DocumentKind, bytes: Uint8Array, meta: RenderMeta): Promise<ServedDocument> {
    return this.fromBytes(await this.renderer.markDraft(bytes, meta), 'draft', this.fileName(s, kind, true));
  }

  private async issued(dossier: DossierEntity, row: IssuedDocumentEntity): Promise<ServedDocument> {
    const certificateName = row.kind === 'certificates' ? await this.certificateName(dossier.awardTypeCode) : undefined;
    return {
      fileName: documentFileName({ kind: row.kind, dossierCode: dossier.code, signed: row.signed, certificateName }),
      status: 'issued',
      sha256: row.sha256,
      size: row.sizeBytes,
      signed: row.signed,
      stream: async () => (await this.store.open(row)).stream,
    };
  }

  private fromBytes(bytes: Uint8Array, status: ServedDocument['status'], fileName: string): ServedDocument {
    const content = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { fileName, status, sha256: createHash('sha256').update(content).digest('hex'), size: content.length, signed: false, stream: async () => Readable.from([content]) };
  }

  private fileName(s: DossierSnapshot, kind: DocumentKind, draft: boolean, nomineeName?: string): string {
    return documentFileName({ kind, dossierCode: s.dossier.code, draft, nomineeName, certificateName: certificateNameOf(s.awardType.name) });
  }

  /** Live renders are dated on the dossier's last change, so the same data gives the same bytes (and ETag). */
  private liveMeta(s: DossierSnapshot, what: string): RenderMeta {
    return { creationDate: s.asOf, documentId: `${s.dossier.id}/${what}/live` };
  }

  private snapshot(dossier: DossierEntity): Promise<DossierSnapshot> {
    return this.dataSource.transaction('REPEATABLE READ', (manager) => this.reader.read(manager, dossier));
  }

  private async certificateName(awardTypeCode: string): Promise<string> {
    const award = await this.dataSource.getRepository(AwardTypeEntity).findOneBy({ code: awardTypeCode });
    return certificateNameOf(award?.name ?? '');
  }
}

/** "Bằng khen" or "Giấy khen", as the printed certificates are called. */
function certificateNameOf(awardName: string): string {
  return awardName.startsWith('Giấy khen') ? 'Giấy khen' : awardName.startsWith('Bằng khen') ? 'Bằng khen' : KIND_CERTIFICATES;
}

const KIND_CERTIFICATES = 'Bằng khen, Giấy khen';
