// The shared preset sits outside every project; the boundary rule is about imports between
// projects, not test configuration.
module.exports = { ...require('../../jest.preset.js'), displayName: 'bpmn-lint', rootDir: __dirname, roots: ['<rootDir>/src'] };
