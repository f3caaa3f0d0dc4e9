import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { ListingsStack } from '../../infra/stack';

function synth(stage: 'dev' | 'prod') {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [], 'aws:cdk:disable-asset-staging': true } });
  return Template.fromStack(new ListingsStack(app, 'Test', { stage, env: { account: '111111111111', region: 'eu-central-1' } }));
}

describe('ListingsStack', () => {
  const template = synth('dev');

  it('declares one on-demand table with the shared keys, TTL and point-in-time recovery', () => {
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })],
    });
  });

  it('declares the sparse GSIs with numeric price and distance sort keys', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      GlobalSecondaryIndexes: [
        Match.objectLike({ IndexName: 'ActiveByNewest', Projection: { ProjectionType: 'ALL' } }),
        Match.objectLike({ IndexName: 'ActiveByPrice', KeySchema: [{ AttributeName: 'pricePk', KeyType: 'HASH' }, { AttributeName: 'priceSk', KeyType: 'RANGE' }] }),
        Match.objectLike({ IndexName: 'ActiveByDistance' }),
        Match.objectLike({ IndexName: 'ActiveBySource', Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['contentHash'] } }),
      ],
      AttributeDefinitions: Match.arrayWith([
        { AttributeName: 'priceSk', AttributeType: 'N' },
        { AttributeName: 'distanceSk', AttributeType: 'N' },
      ]),
    });
  });

  it('retains the table and protects it from deletion in prod only', () => {
    synth('prod').hasResource('AWS::DynamoDB::GlobalTable', { DeletionPolicy: 'Retain', Properties: Match.objectLike({ Replicas: [Match.objectLike({ DeletionProtectionEnabled: true })] }) });
    template.hasResource('AWS::DynamoDB::GlobalTable', { DeletionPolicy: 'Delete' });
  });
});
