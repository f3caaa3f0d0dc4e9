import { startDynalite } from '../../infra/local/embedded-dynamo';
import { dynamoStoreContract } from '../support/dynamo-store-harness';

describe('DynamoListingStore on dynalite', () => {
  dynamoStoreContract(() => startDynalite());
});

// Filtered queries go to the search projection by default; this runs them as DynamoDB FilterExpressions.
describe('DynamoListingStore on dynalite, without the search projection', () => {
  dynamoStoreContract(() => startDynalite(), { searchProjection: false });
});
