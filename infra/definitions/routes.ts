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
  /** What the function may do to the listings table. */
  tableAccess: 'none' | 'read' | 'write';
}

export const apiRoutes: readonly RouteDefinition[] = [
  { name: 'GetListings', method: 'GET', path: '/listings', entry: 'functions/api/get-listings.ts', tableAccess: 'read' },
  { name: 'GetListing', method: 'GET', path: '/listings/{id}', entry: 'functions/api/get-listing.ts', tableAccess: 'read' },
  { name: 'GetSources', method: 'GET', path: '/sources', entry: 'functions/api/get-sources.ts', tableAccess: 'read' },
  { name: 'GetOpenApi', method: 'GET', path: '/openapi.json', entry: 'functions/api/get-openapi.ts', tableAccess: 'none' },
];
