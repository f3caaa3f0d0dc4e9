import { startDynalite } from '../../infra/local/embedded-dynamo';
import { dynamoStoreContract } from '../support/dynamo-store-harness';

describe('DynamoListingStore on dynalite', () => {
  dynamoStoreContract(() => startDynalite());
});
