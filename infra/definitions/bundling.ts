/**
 * Packages the Lambda Node.js runtime provides: every function bundle leaves them out, and the bench
 * bundles the same way so its sizes are the deployed ones.
 */
export const SDK_PROVIDED_BY_RUNTIME = ['@aws-sdk/*', '@smithy/*'] as const;
