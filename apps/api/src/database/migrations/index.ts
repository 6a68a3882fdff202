import { InitialSchema1795343946933 } from './1795343946933-InitialSchema';
import { AuditAppendOnlyAndDossierCodes1795343946934 } from './1795343946934-AuditAppendOnlyAndDossierCodes';

/** In order. Generated ones are reviewed, and never edited once landed. */
export const MIGRATIONS = [InitialSchema1795343946933, AuditAppendOnlyAndDossierCodes1795343946934];
