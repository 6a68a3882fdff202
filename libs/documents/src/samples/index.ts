export * from './documents';
export { sampleAttachments } from './attachments';
export { sampleBundle } from './bundle';
export { awardedNominees, sampleNominees, SAMPLE_LEVELS } from './nominees';
export { seededRandom, YEN_THE_COMMUNES, THANH_XUAN_WARDS } from './people';
