import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { apiRoutes } from '../../infra/definitions/routes';
import { ListingsStack } from '../../infra/stack';
import { sourceRegistry } from '../../shared/sources/registry';

const ENABLED = sourceRegistry.filter((s) => s.enabled).map((s) => s.name);

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
    template.resourceCountIs('AWS::Lambda::Function', apiRoutes.length + ENABLED.length); // one per route, one per source
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

  it('schedules one scrape per enabled source on its own function, each with a dead-letter queue', () => {
    const schedules = Object.values(template.findResources('AWS::Scheduler::Schedule')) as any[];
    const functions = template.findResources('AWS::Lambda::Function');

    expect(ENABLED.sort()).toEqual(['bezrealitky', 'idnes', 'mpsv', 'sreality', 'startupjobs', 'ulovdomov']);
    expect(schedules.map((s) => JSON.parse(s.Properties.Target.Input).source).sort()).toEqual(ENABLED);
    for (const schedule of schedules) {
      const source = JSON.parse(schedule.Properties.Target.Input).source;
      expect(schedule.Properties.Target.DeadLetterConfig.Arn).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ScrapingDeadLetters/), 'Arn'] });
      expect(schedule.Properties.ScheduleExpression).toMatch(/^rate\(/);
      // The schedule invokes the function that runs exactly its source.
      const [fnId] = schedule.Properties.Target.Arn['Fn::GetAtt'];
      expect((functions[fnId] as any).Properties.Environment.Variables.SCRAPE_SOURCE).toBe(source);
    }
  });

  it("gives each source's function the memory and timeout its runs need", () => {
    const scrapers = Object.values(template.findResources('AWS::Lambda::Function')).filter((f: any) => f.Properties.Environment?.Variables?.SCRAPE_SOURCE) as any[];
    const bySource = Object.fromEntries(scrapers.map((f) => [f.Properties.Environment.Variables.SCRAPE_SOURCE, { memory: f.Properties.MemorySize, timeout: f.Properties.Timeout }]));

    expect(bySource.mpsv).toEqual({ memory: 1536, timeout: 900 });
    for (const source of ENABLED.filter((s) => s !== 'mpsv')) expect(bySource[source]).toEqual({ memory: 512, timeout: 720 });
  });

  it('gives the scraper only the table writes it makes, and a capped heap', () => {
    const policies = Object.entries(template.findResources('AWS::IAM::Policy')).filter(([name]) => name.startsWith('ScrapingScrape')) as [string, any][];

    expect(policies).toHaveLength(ENABLED.length);
    for (const [, policy] of policies) {
      const actions = policy.Properties.PolicyDocument.Statement.flatMap((s: any) => [s.Action].flat()).sort();
      expect(actions).toEqual(['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem']);
    }
    template.hasResourceProperties('AWS::Lambda::Function', { Timeout: 900, Environment: { Variables: Match.objectLike({ NODE_OPTIONS: Match.stringLikeRegexp('max-old-space-size') }) } });
  });

  it('logs API access without query strings, and alarms the staff on bad runs, 5xx, throttling, dead letters and scrape errors', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', { AccessLogSettings: Match.objectLike({ Format: Match.stringLikeRegexp('routeKey') }) });
    const format = JSON.stringify((Object.values(template.findResources('AWS::ApiGatewayV2::Stage'))[0] as any).Properties.AccessLogSettings.Format);
    expect(format).not.toMatch(/querystring|requestBody|authorization/i);
    template.resourceCountIs('AWS::SNS::Topic', 1);
    template.resourceCountIs('AWS::CloudWatch::Alarm', 5);
    // Every source's log group feeds the bad-run metric; 429s in the access log feed the throttle alarm.
    const filters = Object.values(template.findResources('AWS::Logs::MetricFilter')) as any[];
    expect(filters.filter((f) => /source run finished/.test(f.Properties.FilterPattern))).toHaveLength(ENABLED.length);
    template.hasResourceProperties('AWS::Logs::MetricFilter', { FilterPattern: Match.stringLikeRegexp('429'), MetricTransformations: [Match.objectLike({ MetricName: 'ApiThrottled' })] });
    for (const alarm of Object.values(template.findResources('AWS::CloudWatch::Alarm')) as any[]) {
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: expect.stringMatching(/^MonitoringAlerts/) }]);
    }
  });
});
