// Rendering and reading back PDFs takes seconds on a busy shared machine: a longer timeout
// than Jest's 5 s keeps the specs from failing on load rather than on output.
module.exports = { ...require('../../jest.preset.js'), displayName: 'documents', rootDir: __dirname, roots: ['<rootDir>/src'], testTimeout: 30_000 };
