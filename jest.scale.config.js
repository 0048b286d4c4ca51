/** `npm run test:scale`: three built replicas behind HAProxy with one redis-server; slow, apart from `npm test`. */
/** @type {import('jest').Config} */
module.exports = {
  ...require("./jest.config.js"),
  testMatch: ["**/test/scale/**/*.scale.ts"],
  testTimeout: 300000,
};
