import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../../config/app-config';
import type { DocumentRenderer } from '../rendering/document-renderer';
import type { DossierSnapshotReader } from '../snapshot/dossier-snapshot.reader';
import { DocumentIssuer } from './document-issuer';
import type { IssuedDocumentsStore } from './issued-documents.store';

function issuer(issueAfterSteps: boolean): { issuer: DocumentIssuer; ensured: string[] } {
  const config = { documents: { dir: '/nowhere', issueAfterSteps, warmUp: false } } as AppConfig;
  const subject = new DocumentIssuer({} as DataSource, {} as DossierSnapshotReader, {} as DocumentRenderer, {} as IssuedDocumentsStore, config);
  const ensured: string[] = [];
  jest.spyOn(subject, 'ensureIssued').mockImplementation(async (dossierId: string) => {
    ensured.push(dossierId);
    return { issued: [], failed: new Map() };
  });
  return { issuer: subject, ensured };
}

describe('DocumentIssuer.afterStep', () => {
  it('issues the papers of a council vote and of a decision, and of nothing else', () => {
    const { issuer: subject, ensured } = issuer(true);
    subject.afterStep({ dossierId: 'council', formKey: 'vd:council-vote', outcome: 'record' });
    subject.afterStep({ dossierId: 'decided', formKey: 'vd:decision', outcome: 'decide' });
    subject.afterStep({ dossierId: 'forwarded', formKey: 'vd:decision', outcome: 'forward' });
    subject.afterStep({ dossierId: 'appraised', formKey: 'vd:appraisal', outcome: 'approve' });
    subject.afterStep({ dossierId: 'submitted' });
    expect(ensured).toEqual(['council', 'decided', 'submitted']);
  });

  it('leaves every paper to the first read when DOCUMENTS_ISSUE_AFTER_STEPS is false', () => {
    const { issuer: subject, ensured } = issuer(false);
    subject.afterStep({ dossierId: 'council', formKey: 'vd:council-vote', outcome: 'record' });
    subject.afterStep({ dossierId: 'submitted' });
    expect(ensured).toEqual([]);
  });
});
