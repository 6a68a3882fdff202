// The shared preset lives at the workspace root; it is configuration, not a library import.
module.exports = { ...require('../../jest.preset.js'), displayName: 'calendar', rootDir: __dirname, roots: ['<rootDir>/src'] };
