'use strict';
// What function bundles get for `semver` (infra/definitions/bundling.ts, BUNDLE_ALIASES): its only
// importer there, aws-xray-sdk-core's AWS SDK v2 patcher, calls gte when a v2 SDK is captured, which
// the functions never do. Said loudly if that changes, rather than comparing versions wrongly.
exports.gte = () => {
  throw new Error(
    'semver is not bundled in the functions: AWS SDK v2 capture (captureAWS) is not supported; trace v3 clients',
  );
};
