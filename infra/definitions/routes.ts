/**
 * The API's routes, declared once as plain data: the local server and the CDK stack both read them.
 * `entry` is the handler module (exporting `handler`), relative to the repository root.
 */
export interface RouteDefinition {
  /** Stable construct id of the route's function (PascalCase; renaming replaces the function). */
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  entry: string;
  /**
   * The module Lambda loads instead, when the function has work for its init phase: an ES module that
   * re-exports `entry`'s handler after a top-level await (which the local server, loading CommonJS, cannot run).
   */
  lambdaEntry?: string;
  /** What the function may do to the listings table. */
  tableAccess: 'none' | 'read' | 'write';
  /** What the function does with the catalogue snapshots: reads them (GET /listings) or publishes (lists or unlists postings). */
  catalogueAccess?: 'read' | 'write';
  /** Sends e-mail (through SES in the cloud). */
  sendsMail?: boolean;
  /** Answers the centre's staff only (reads the staff token secret). */
  staffOnly?: boolean;
  /** Needs the client's address (rate limits): trusts the viewer address CloudFront sends. */
  needsClientIp?: boolean;
  /** Deletes saved searches (an unsubscribe): DeleteItem, on the alerts' partition only. */
  deletesAlerts?: boolean;
}

export const apiRoutes: readonly RouteDefinition[] = [
  {
    name: 'GetListings',
    method: 'GET',
    path: '/listings',
    entry: 'functions/api/get-listings.ts',
    lambdaEntry: 'functions/api/get-listings-init.ts',
    tableAccess: 'none',
    catalogueAccess: 'read',
  },
  {
    name: 'GetListingsFeed',
    method: 'GET',
    path: '/listings.atom',
    entry: 'functions/api/get-listings-feed.ts',
    tableAccess: 'none',
    catalogueAccess: 'read',
  },
  {
    name: 'GetListing',
    method: 'GET',
    path: '/listings/{id}',
    entry: 'functions/api/get-listing.ts',
    tableAccess: 'read',
  },
  { name: 'GetSources', method: 'GET', path: '/sources', entry: 'functions/api/get-sources.ts', tableAccess: 'read' },
  {
    name: 'GetOpenApi',
    method: 'GET',
    path: '/openapi.json',
    entry: 'functions/api/get-openapi.ts',
    tableAccess: 'none',
  },
  {
    name: 'PostPartnerJob',
    method: 'POST',
    path: '/partner/jobs',
    entry: 'functions/api/post-partner-job.ts',
    tableAccess: 'write',
    sendsMail: true,
    needsClientIp: true,
  },
  {
    name: 'GetPartnerJob',
    method: 'GET',
    path: '/partner/jobs/{id}',
    entry: 'functions/api/get-partner-job.ts',
    tableAccess: 'read',
  },
  {
    name: 'PutPartnerJob',
    method: 'PUT',
    path: '/partner/jobs/{id}',
    entry: 'functions/api/put-partner-job.ts',
    tableAccess: 'write',
    catalogueAccess: 'write',
  },
  {
    name: 'PostPartnerJobAction',
    method: 'POST',
    path: '/partner/jobs/{id}/{action}',
    entry: 'functions/api/post-partner-job-action.ts',
    tableAccess: 'write',
    catalogueAccess: 'write',
    sendsMail: true,
  },
  {
    name: 'PostAlert',
    method: 'POST',
    path: '/alerts',
    entry: 'functions/api/post-alert.ts',
    tableAccess: 'write',
    sendsMail: true,
    needsClientIp: true,
  },
  { name: 'GetAlert', method: 'GET', path: '/alerts/{id}', entry: 'functions/api/get-alert.ts', tableAccess: 'read' },
  {
    name: 'PostAlertAction',
    method: 'POST',
    path: '/alerts/{id}/{action}',
    entry: 'functions/api/post-alert-action.ts',
    tableAccess: 'write',
    deletesAlerts: true,
  },
  // Staff routes write too: each wrong staff token is counted per address (requireStaffToken).
  {
    name: 'GetModerationPending',
    method: 'GET',
    path: '/moderation/pending',
    entry: 'functions/api/get-moderation-pending.ts',
    tableAccess: 'write',
    staffOnly: true,
    needsClientIp: true,
  },
  {
    name: 'PostModerationDecision',
    method: 'POST',
    path: '/moderation/jobs/{id}/{decision}',
    entry: 'functions/api/post-moderation-decision.ts',
    tableAccess: 'write',
    catalogueAccess: 'write',
    sendsMail: true,
    staffOnly: true,
    needsClientIp: true,
  },
];
