import * as documents from './index';

describe('entry point (src/index.ts)', () => {
  it('exposes one render function per document kind, the bundle, and the sample data', () => {
    for (const fn of ['renderSubmission', 'renderNomineeList', 'renderAchievementReport', 'renderMinutes', 'renderDecision', 'renderCertificates', 'writeCertificates', 'renderBundle'] as const) {
      expect(typeof documents[fn]).toBe('function');
    }
    expect(documents.samples.sampleNominees(3)).toHaveLength(3);
    expect(new documents.DocumentDataError('NO_AWARDEES', 'x').code).toBe('NO_AWARDEES');
  });
});
