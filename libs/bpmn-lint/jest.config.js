module.exports = { ...require('../../jest.preset.js'), displayName: 'bpmn-lint', rootDir: __dirname, roots: ['<rootDir>/src'] };
