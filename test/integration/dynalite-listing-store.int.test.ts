import { startDynaliteProcess } from '../../infra/local/embedded-dynamo';
import { dynamoStoreContract } from '../support/dynamo-store-harness';

// dynalite in its own process, as npm start runs it: a test that times out and leaves requests in
// flight cannot crash the jest worker when the emulator closes under them.
describe('DynamoListingStore on dynalite', () => {
  dynamoStoreContract(() => startDynaliteProcess());
});
