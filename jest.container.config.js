/** `npm run test:container`: the Dockerfile built with podman and its image's command run; slow, apart from `npm test`. */
/** @type {import('jest').Config} */
module.exports = {
  ...require("./jest.config.js"),
  testMatch: ["**/test/container/**/*.container.ts"],
  testTimeout: 60000,
};
