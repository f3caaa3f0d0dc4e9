import { dynamoStoreContract } from '../support/dynamo-store-harness';
import { startDynamoDbLocal } from '../support/dynamodb-local';

// AWS's own DynamoDB Local (Java): what passes on dynalite is shown to hold on DynamoDB's semantics.
describe('DynamoListingStore on DynamoDB Local', () => {
  dynamoStoreContract(() => startDynamoDbLocal());
});
