export * from './subject-types';
export * from './criterion';
export * from './evaluate-nominee';
export * from './quota';
export * from './definition-problems';
export * from './catalogue/movement-definition';
export * from './catalogue/poverty-movement-2016-2020';
export * from './catalogue/poverty-movement-2021-2025';
