// The preset sits at the workspace root, outside every project (the rule sees a file outside the graph).
module.exports = { ...require('../jest.preset.js'), displayName: 'processes', rootDir: __dirname, roots: ['<rootDir>/test'] };
