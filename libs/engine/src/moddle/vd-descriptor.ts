import { VD_NAMESPACE } from '../contract';
import type { ModdlePackageDescriptor } from './moddle-types';

/**
 * Moddle descriptor of the `vd:` extension: what Camunda's attributes lack for the
 * commendation chain. Declared on `bpmn:Activity` so that a sub-process or call activity
 * can carry a level and a time limit too, not only user tasks.
 */
export const vdModdleDescriptor: ModdlePackageDescriptor = {
  name: 'VinhDanh',
  uri: VD_NAMESPACE,
  prefix: 'vd',
  xml: { tagAlias: 'lowerCase' },
  associations: [],
  enumerations: [],
  types: [
    {
      name: 'ActivityAttributes',
      isAbstract: true,
      extends: ['bpmn:Activity'],
      properties: [
        /** The tier whose office acts: commune, district, province, central. */
        { name: 'level', isAttr: true, type: 'String' },
        /** Time limit in working days from the activity's start. */
        { name: 'limitWorkingDays', isAttr: true, type: 'Integer' },
        /** Legal citation of that limit. */
        { name: 'legalBasis', isAttr: true, type: 'String' },
        /** Comma separated outcome values a completion may carry. */
        { name: 'outcomes', isAttr: true, type: 'String' },
      ],
    },
    {
      name: 'EndEventAttributes',
      isAbstract: true,
      extends: ['bpmn:EndEvent'],
      properties: [
        /** What ending here means for the dossier: granted, rejected, withdrawn, expired, submitted… */
        { name: 'result', isAttr: true, type: 'String' },
      ],
    },
  ],
};
