// Shared Jest setup. @swc/jest compiles TypeScript and the ESM-only dependencies
// (NestJS 12, bpmn-engine) to CommonJS; ts-jest cannot load NestJS 12.
const path = require('node:path');

const libs = ['domain', 'engine', 'bpmn-lint', 'calendar', 'documents'];

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j|mj)sx?$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  // Tests import libraries from their sources, so a test run never needs a build first.
  moduleNameMapper: Object.fromEntries(
    libs.map((lib) => [`^@vinh-danh/${lib}$`, path.join(__dirname, 'libs', lib, 'src', 'index.ts')]),
  ),
};
