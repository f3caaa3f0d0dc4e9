/*
 * What Lambda loads for GET /listings (RouteDefinition.lambdaEntry): get-listings' handler, once the
 * init phase has loaded the catalogues. An ES module, so that it can await at its top level; the local
 * server, which loads CommonJS, imports get-listings.ts itself and loads on the first request.
 *
 * Why during init (issue 17): an on-demand function's init phase runs on a whole vCPU, where the
 * handler later gets its memory's share of one (0.29 at 512 MB) ("On-demand Lambda functions use a
 * full vCPU (non-throttled) but is limited to 10 seconds during its initialization phase", AWS,
 * serverlessland.com/content/service/lambda/guides/effectively-running-java-on-serverless/init-heavy-lifting);
 * Lambda invokes the handler only after a top-level await has settled (AWS Compute Blog, "Using
 * Node.js ES modules and top-level await in AWS Lambda"); and an init that takes more than 10 s is
 * retried during the first invocation, within the function's timeout (Lambda Developer Guide,
 * "Understanding the Lambda execution environment lifecycle"). So the load waits at most
 * INIT_LOAD_WAIT_MS; one not done by then goes on while the first requests wait for it, as without this.
 */
import { listingKinds } from '../../shared/listing/schema';
import { catalogueReader } from '../catalogue-deps';

export { handler } from './get-listings';

/** Well inside the init phase's 10 s, which also holds the runtime's start and the imports. */
export const INIT_LOAD_WAIT_MS = 7000;

await catalogueReader().warm(listingKinds, INIT_LOAD_WAIT_MS);
