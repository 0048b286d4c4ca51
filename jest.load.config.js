/** `npm run test:load`: the slow fault and load suite, apart from `npm test`. */
/** @type {import('jest').Config} */
module.exports = {
  ...require("./jest.config.js"),
  testMatch: ["**/test/load/**/*.load.ts"],
  testTimeout: 180000,
};
