/** Where the deployed site reaches the API: its own origin, under /api (infra/definitions/site-security.ts API_PREFIX). */
export const DEPLOYED_SERVER_URL = '/api';
