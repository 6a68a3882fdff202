import { InitialSchema1795343946933 } from './1795343946933-InitialSchema';
import { AuditAppendOnlyAndDossierCodes1795343946934 } from './1795343946934-AuditAppendOnlyAndDossierCodes';
import { CalendarYears1795400000100 } from './1795400000100-CalendarYears';
import { SearchText1795400000200 } from './1795400000200-SearchText';
import { CriteriaAndMovements1795400000300 } from './1795400000300-CriteriaAndMovements';
import { LocalityHistoryAndUserAdmin1795400000400 } from './1795400000400-LocalityHistoryAndUserAdmin';
import { DossierAttachments1795400000500 } from './1795400000500-DossierAttachments';
import { NomineeOutcomes1795400000600 } from './1795400000600-NomineeOutcomes';
import { IssuedDocuments1795400000700 } from './1795400000700-IssuedDocuments';
import { MonitoringIndexes1795400000900 } from './1795400000900-MonitoringIndexes';
import { AuditChainHeadFunction1795400001000 } from './1795400001000-AuditChainHeadFunction';

/** In order. Generated ones are reviewed, and never edited once landed. */
export const MIGRATIONS = [InitialSchema1795343946933, AuditAppendOnlyAndDossierCodes1795343946934, CalendarYears1795400000100, SearchText1795400000200, CriteriaAndMovements1795400000300, LocalityHistoryAndUserAdmin1795400000400, DossierAttachments1795400000500, NomineeOutcomes1795400000600, IssuedDocuments1795400000700, MonitoringIndexes1795400000900, AuditChainHeadFunction1795400001000];
