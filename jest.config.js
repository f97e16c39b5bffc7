/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  // office-addin-mock pulls ESM-only strip-bom and uuid in through @microsoft/app-manifest.
  transformIgnorePatterns: ['/node_modules/(?!(?:[^/]+/node_modules/)?(strip-bom|uuid|@microsoft/app-manifest)/)'],
  testTimeout: 60000,
};
