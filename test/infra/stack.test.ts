import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { apiRoutes } from '../../infra/definitions/routes';
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

  it('routes every entry of the shared route table to its own function', () => {
    for (const routeKey of apiRoutes.map((r) => `${r.method} ${r.path}`)) {
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: routeKey });
    }
    template.resourceCountIs('AWS::Lambda::Function', apiRoutes.length + 1); // one per route, and the scraper
    template.allResourcesProperties('AWS::Lambda::Function', { Runtime: 'nodejs22.x', Architectures: ['arm64'] });
  });

  it('throttles the API and allows CORS from the configured origin', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', { DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 } });
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: Match.objectLike({ AllowOrigins: ['*'] }) });
  });

  it('gives each API function exactly its table access and no wildcard actions or resources', () => {
    const policies = Object.entries(template.findResources('AWS::IAM::Policy')).filter(([name]) => name.startsWith('Http')) as [string, any][];
    const expected = {
      read: ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query'],
      write: ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
    };

    expect(policies).toHaveLength(apiRoutes.filter((r) => r.tableAccess !== 'none').length);
    for (const route of apiRoutes.filter((r) => r.tableAccess !== 'none')) {
      const [, policy] = policies.find(([name]) => name.startsWith(`Http${route.name}`))!;
      for (const statement of policy.Properties.PolicyDocument.Statement) {
        expect(statement.Effect).toBe('Allow');
        if ([statement.Action].flat().some((a: string) => a.startsWith('secretsmanager:'))) {
          expect(route.staffOnly).toBe(true);
          continue;
        }
        if ([statement.Action].flat().includes('ses:SendEmail')) {
          expect(route.sendsMail).toBe(true);
          expect([statement.Action].flat()).toEqual(['ses:SendEmail']);
          continue;
        }
        expect([statement.Action].flat().sort()).toEqual(expected[route.tableAccess as 'read' | 'write']);
        const resources = [statement.Resource].flat().map((resource: unknown) => JSON.stringify(resource));
        expect(resources).not.toContain('"*"');
      }
    }
  });

  it('schedules one scrape per enabled source, each with a dead-letter queue', () => {
    const schedules = Object.values(template.findResources('AWS::Scheduler::Schedule')) as any[];

    expect(schedules.map((s) => JSON.parse(s.Properties.Target.Input).source).sort()).toEqual(['bezrealitky', 'idnes', 'mpsv', 'sreality', 'startupjobs', 'ulovdomov']);
    for (const schedule of schedules) {
      expect(schedule.Properties.Target.DeadLetterConfig.Arn).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ScrapingDeadLetters/), 'Arn'] });
      expect(schedule.Properties.ScheduleExpression).toMatch(/^rate\(/);
    }
  });

  it('gives the scraper only the table writes it makes, and a capped heap', () => {
    const [policy] = Object.entries(template.findResources('AWS::IAM::Policy')).filter(([name]) => name.startsWith('ScrapingScrapeFunction')) as [string, any][];
    const actions = policy![1].Properties.PolicyDocument.Statement.flatMap((s: any) => [s.Action].flat()).sort();

    expect(actions).toEqual(['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem']);
    template.hasResourceProperties('AWS::Lambda::Function', { Timeout: 900, Environment: { Variables: Match.objectLike({ NODE_OPTIONS: Match.stringLikeRegexp('max-old-space-size') }) } });
  });

  it('logs API access without query strings, and alarms the staff on bad runs, 5xx, dead letters and scrape errors', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', { AccessLogSettings: Match.objectLike({ Format: Match.stringLikeRegexp('routeKey') }) });
    const format = JSON.stringify((Object.values(template.findResources('AWS::ApiGatewayV2::Stage'))[0] as any).Properties.AccessLogSettings.Format);
    expect(format).not.toMatch(/querystring|requestBody|authorization/i);
    template.resourceCountIs('AWS::SNS::Topic', 1);
    template.resourceCountIs('AWS::CloudWatch::Alarm', 4);
    template.hasResourceProperties('AWS::Logs::MetricFilter', { FilterPattern: Match.stringLikeRegexp('source run finished') });
    for (const alarm of Object.values(template.findResources('AWS::CloudWatch::Alarm')) as any[]) {
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: expect.stringMatching(/^MonitoringAlerts/) }]);
    }
  });
});
