import type { BundleAttachment, BundleInput } from '../model/inputs';
import type { Nominee } from '../model/nominee';
import {
  SAMPLE_DOSSIER,
  YEN_THE,
  sampleCertificates,
  sampleDecision,
  sampleMinutes,
  sampleNomineeList,
  sampleReport,
  sampleSubmission,
} from './documents';
import { awardedNominees } from './nominees';

/** Every document of one dossier; reports for the first `reports` nominees only, to stay small. */
export function sampleBundle(nominees: Nominee[], attachments: BundleAttachment[], reports = 3): BundleInput {
  const awarded = awardedNominees(nominees);
  return {
    dossier: SAMPLE_DOSSIER,
    body: YEN_THE,
    submission: sampleSubmission(nominees),
    nomineeList: sampleNomineeList(nominees),
    achievementReports: nominees.slice(0, reports).map(sampleReport),
    minutes: sampleMinutes(nominees),
    decision: sampleDecision(awarded),
    certificates: sampleCertificates(awarded),
    attachments,
  };
}
