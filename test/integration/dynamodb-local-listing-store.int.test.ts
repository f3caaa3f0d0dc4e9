import { dynamoStoreContract } from '../support/dynamo-store-harness';
import { DYNAMODB_LOCAL_START_MS, startDynamoDbLocal, stopDynamoDbLocals } from '../support/dynamodb-local';

// AWS's own DynamoDB Local (Java): what passes on dynalite is shown to hold on DynamoDB's semantics.
describe('DynamoListingStore on DynamoDB Local', () => {
  dynamoStoreContract(() => startDynamoDbLocal(), { startTimeoutMs: DYNAMODB_LOCAL_START_MS + 10_000 });
  afterAll(() => stopDynamoDbLocals());
});
