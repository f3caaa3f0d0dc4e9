import { join } from 'node:path';

/**
 * Packages the Lambda Node.js runtime provides: every function bundle leaves them out, and the bench
 * bundles the same way so its sizes are the deployed ones.
 */
export const SDK_PROVIDED_BY_RUNTIME = ['@aws-sdk/*', '@smithy/*'] as const;

/**
 * Modules every function bundle takes from elsewhere (esbuild `alias`: name → absolute path).
 * `semver`: its one importer in the functions is aws-xray-sdk-core's AWS SDK v2 patcher
 * (patchers/aws_p.js, captureAWS), which the X-Ray SDK loads eagerly and calls semver.gte in only when
 * a v2 SDK is captured; the functions trace the v3 clients (captureAWSv3Client), and the Node.js 22
 * runtime carries no v2 SDK. Whole, semver is 28 KB of the GET /listings bundle (esbuild metafile,
 * issue 22). test/infra/function-bundles.test.ts fails if anything else in a function imports it.
 */
export const BUNDLE_ALIASES: Readonly<Record<string, string>> = {
  semver: join(__dirname, 'semver-for-xray-v2-patcher.cjs'),
};
