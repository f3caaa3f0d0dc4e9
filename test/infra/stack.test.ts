import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { apiRoutes } from '../../infra/definitions/routes';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListingsStack, type ListingsStackProps } from '../../infra/stack';
import { buildSite } from '../../site/build';
import { CONTENT_SECURITY_POLICY } from '../../infra/definitions/site-security';
import { sourceRegistry } from '../../shared/sources/registry';
import { METRIC, METRICS_NAMESPACE, SERVICE_NAME } from '../../shared/telemetry-names';

const ENABLED = sourceRegistry.filter((s) => s.enabled).map((s) => s.name);
const CDK_HELPER_FUNCTION = /^(CustomCDKBucketDeployment|CustomS3AutoDeleteObjects)/;
const LOG_WRITES = ['logs:CreateLogStream', 'logs:PutLogEvents'];
const statementsOf = (policy: any) => policy.Properties.PolicyDocument.Statement as any[];
const actionsOf = (statement: any) => [statement.Action].flat().sort() as string[];
/** A policy's statements but the one that lets the function write its own log group. */
const withoutLogWrites = (policy: any) =>
  statementsOf(policy).filter((statement) => actionsOf(statement).join() !== LOG_WRITES.join());
const isS3 = (statement: any) => actionsOf(statement).every((action) => action.startsWith('s3:'));
const isTranslate = (statement: any) => actionsOf(statement).join() === 'translate:TranslateText';
const isXRayWrite = (statement: any) =>
  actionsOf(statement).join() === 'xray:PutTelemetryRecords,xray:PutTraceSegments';
/** A policy's statements but its log writes and its catalogue snapshot access (pinned on their own). */
const tableAndOther = (policy: any) =>
  withoutLogWrites(policy).filter((statement) => !isS3(statement) && !isXRayWrite(statement));
const SNAPSHOT_ACCESS = {
  read: [['s3:GetObject'], ['s3:ListBucket']],
  write: [['s3:GetObject', 's3:PutObject'], ['s3:ListBucket']],
};

// The site is built once for all syntheses: the stack uploads the real build.
const siteDir = mkdtempSync(join(tmpdir(), 'site-dist-'));
const siteBuilt = buildSite(siteDir);

function stackOf(stage: 'dev' | 'prod', extra: Partial<ListingsStackProps> = {}) {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [], 'aws:cdk:disable-asset-staging': true } });
  return new ListingsStack(app, 'Test', {
    stage,
    siteDir,
    env: { account: '111111111111', region: 'eu-central-1' },
    ...extra,
  });
}

function synth(stage: 'dev' | 'prod', extra: Partial<ListingsStackProps> = {}) {
  return Template.fromStack(stackOf(stage, extra));
}

/** Every cdk-nag rule acknowledged in the construct tree, with its reason. */
function acknowledgements(scope: IConstruct): { path: string; id: string; reason: string }[] {
  return scope.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id,
          reason,
        })),
      ),
  );
}

describe('ListingsStack', () => {
  let template: Template;
  const alarmNamed = (prefix: string) =>
    Object.entries(template.findResources('AWS::CloudWatch::Alarm')).find(([id]) =>
      id.startsWith(`Monitoring${prefix}`),
    )![1] as any;
  /** The dashboard's body, with the stack's tokens (Fn::Join of references) flattened to placeholders. */
  const dashboardBody = () => {
    const [dashboard] = Object.values(template.findResources('AWS::CloudWatch::Dashboard')) as any[];
    const parts = dashboard.Properties.DashboardBody['Fn::Join'][1] as unknown[];
    return JSON.parse(parts.map((part) => (typeof part === 'string' ? part : 'TOKEN')).join(''));
  };
  beforeAll(async () => {
    await siteBuilt;
    template = synth('dev');
  });
  afterAll(() => rmSync(siteDir, { recursive: true, force: true }));

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

  it('declares only the sparse GSIs production queries: newest (catalogue builds, moderation) and by source (expiry)', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      GlobalSecondaryIndexes: [
        Match.objectLike({
          IndexName: 'ActiveByNewest',
          KeySchema: [
            { AttributeName: 'newestPk', KeyType: 'HASH' },
            { AttributeName: 'newestSk', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        }),
        Match.objectLike({
          IndexName: 'ActiveBySource',
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['contentHash'] },
        }),
      ],
    });
    const table = Object.values(template.findResources('AWS::DynamoDB::GlobalTable'))[0] as any;
    expect(table.Properties.AttributeDefinitions.map((a: { AttributeName: string }) => a.AttributeName).sort()).toEqual(
      ['newestPk', 'newestSk', 'pk', 'sk', 'sourcePk', 'sourceSk'],
    );
  });

  it('keeps the catalogue snapshots in a private, encrypted, versioned bucket, retained in prod', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      VersioningConfiguration: { Status: 'Enabled' },
      LifecycleConfiguration: { Rules: [Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 7 } })] },
    });
    synth('prod').hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ VersioningConfiguration: { Status: 'Enabled' } }),
    });
  });

  it('lets every scrape function and the routes that list or unlist postings publish the catalogue, and GET /listings only read it', () => {
    const policies = Object.entries(template.findResources('AWS::IAM::Policy')) as [string, any][];
    const functions = Object.entries(template.findResources('AWS::Lambda::Function')) as [string, any][];
    const access = (prefix: string) => {
      const [, policy] = policies.find(([name]) => name.startsWith(prefix))!;
      const statements = withoutLogWrites(policy).filter(isS3);
      for (const statement of statements) expect(JSON.stringify(statement.Resource)).toMatch(/CatalogueSnapshots/);
      const objects = statements.find((statement) => !actionsOf(statement).includes('s3:ListBucket'));
      if (objects) expect(JSON.stringify(objects.Resource)).toContain('/catalogue/*.jsonl.gz');
      return statements.map(actionsOf);
    };

    for (const route of apiRoutes)
      expect({ route: route.name, access: access(`Http${route.name}Role`) }).toEqual({
        route: route.name,
        access: route.catalogueAccess ? SNAPSHOT_ACCESS[route.catalogueAccess] : [],
      });
    expect(apiRoutes.find((r) => r.name === 'GetListings')).toMatchObject({
      tableAccess: 'none',
      catalogueAccess: 'read',
    });
    expect(
      apiRoutes
        .filter((r) => r.catalogueAccess === 'write')
        .map((r) => r.name)
        .sort(),
    ).toEqual(['PostModerationDecision', 'PostPartnerJobAction', 'PutPartnerJob']);
    for (const source of ENABLED) expect(access(`ScrapingScrape${source}`)).toEqual(SNAPSHOT_ACCESS.write);
    const withBucket = functions.filter(([, fn]) => fn.Properties.Environment?.Variables?.CATALOGUE_BUCKET);
    expect(access('AlertDigestsSendAlertDigestsRole')).toEqual(SNAPSHOT_ACCESS.read);
    expect(withBucket).toHaveLength(ENABLED.length + apiRoutes.filter((r) => r.catalogueAccess).length + 1); // + the alert digest
    for (const [, fn] of withBucket)
      expect(fn.Properties.Environment.Variables.CATALOGUE_BUCKET).toEqual({
        Ref: expect.stringMatching(/^CatalogueSnapshots/),
      });
  });

  it('retains the table and protects it from deletion in prod only', () => {
    synth('prod').hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ Replicas: [Match.objectLike({ DeletionProtectionEnabled: true })] }),
    });
    template.hasResource('AWS::DynamoDB::GlobalTable', { DeletionPolicy: 'Delete' });
  });

  it('routes every entry of the shared route table to its own function', () => {
    for (const routeKey of apiRoutes.map((r) => `${r.method} ${r.path}`)) {
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: routeKey });
    }
    const functions = Object.entries(template.findResources('AWS::Lambda::Function')) as [string, any][];
    const ours = functions.filter(([id]) => !CDK_HELPER_FUNCTION.test(id));
    expect(ours).toHaveLength(apiRoutes.length + ENABLED.length + 1); // one per route, one per source, the alert digest
    for (const [, fn] of ours) expect(fn.Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'] });
    // Besides ours, only CDK's site upload and (dev) bucket emptying helpers.
    expect(functions.length - ours.length).toBeLessThanOrEqual(2);
  });

  it('throttles the API, and lets other origins only read (no write or moderation preflight passes)', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
    });
    // Browsers keep the preflight answer 10 minutes instead of asking again before every call.
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: {
        AllowOrigins: ['*'],
        AllowMethods: ['GET', 'OPTIONS'],
        AllowHeaders: ['if-none-match'],
        MaxAge: 600,
      },
    });
  });

  it('gives each API function exactly its table access and no wildcard actions or resources', () => {
    const policies = Object.entries(template.findResources('AWS::IAM::Policy')).filter(([name]) =>
      name.startsWith('Http'),
    ) as [string, any][];
    const expected = {
      read: ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query'],
      write: ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
    };

    expect(policies).toHaveLength(apiRoutes.length);
    for (const route of apiRoutes.filter((r) => r.tableAccess === 'none')) {
      const [, policy] = policies.find(([name]) => name.startsWith(`Http${route.name}Role`))!;
      expect(tableAndOther(policy)).toEqual([]);
    }
    for (const route of apiRoutes.filter((r) => r.tableAccess !== 'none')) {
      const [, policy] = policies.find(([name]) => name.startsWith(`Http${route.name}Role`))!;
      for (const statement of tableAndOther(policy)) {
        expect(statement.Effect).toBe('Allow');
        if ([statement.Action].flat().some((a: string) => a.startsWith('secretsmanager:'))) {
          // The staff token for moderation; the origin secret for the routes that believe CloudFront's viewer address.
          const secret = JSON.stringify(statement.Resource);
          const reads = /HttpStaffToken/.test(secret)
            ? 'staff token'
            : /SiteOriginVerify/.test(secret)
              ? 'origin secret'
              : secret;
          expect({ route: route.name, reads }).toEqual({
            route: route.name,
            reads:
              reads === 'staff token' && route.staffOnly
                ? 'staff token'
                : reads === 'origin secret' && route.needsClientIp
                  ? 'origin secret'
                  : 'only its own secrets',
          });
          continue;
        }
        if ([statement.Action].flat().includes('dynamodb:DeleteItem')) {
          expect(route.deletesAlerts).toBe(true);
          expect(statement).toMatchObject({
            Action: 'dynamodb:DeleteItem',
            Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['ALERTS'] } },
          });
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
    const schedules = (Object.entries(template.findResources('AWS::Scheduler::Schedule')) as [string, any][])
      .filter(([id]) => id.startsWith('Scraping'))
      .map(([, s]) => s);
    const functions = template.findResources('AWS::Lambda::Function');

    expect(ENABLED.sort()).toEqual(['bezrealitky', 'idnes', 'mpsv', 'sreality', 'startupjobs', 'ulovdomov']);
    expect(schedules.map((s) => JSON.parse(s.Properties.Target.Input).source).sort()).toEqual(ENABLED);
    for (const schedule of schedules) {
      const source = JSON.parse(schedule.Properties.Target.Input).source;
      expect(schedule.Properties.Target.DeadLetterConfig.Arn).toEqual({
        'Fn::GetAtt': [expect.stringMatching(/^ScrapingDeadLetters/), 'Arn'],
      });
      expect(schedule.Properties.ScheduleExpression).toMatch(/^rate\(/);
      // The schedule invokes the function that runs exactly its source.
      const [fnId] = schedule.Properties.Target.Arn['Fn::GetAtt'];
      expect((functions[fnId] as any).Properties.Environment.Variables.SCRAPE_SOURCE).toBe(source);
    }
  });

  it("gives each source's function the memory and timeout its runs need", () => {
    const scrapers = Object.values(template.findResources('AWS::Lambda::Function')).filter(
      (f: any) => f.Properties.Environment?.Variables?.SCRAPE_SOURCE,
    ) as any[];
    const bySource = Object.fromEntries(
      scrapers.map((f) => [
        f.Properties.Environment.Variables.SCRAPE_SOURCE,
        { memory: f.Properties.MemorySize, timeout: f.Properties.Timeout },
      ]),
    );

    expect(bySource.mpsv).toEqual({ memory: 1536, timeout: 900 });
    for (const source of ENABLED.filter((s) => s !== 'mpsv'))
      expect(bySource[source]).toEqual({ memory: 512, timeout: 720 });
  });

  it('gives the scraper only the table writes it makes, and a capped heap', () => {
    const policies = Object.entries(template.findResources('AWS::IAM::Policy')).filter(([name]) =>
      name.startsWith('ScrapingScrape'),
    ) as [string, any][];

    expect(policies).toHaveLength(ENABLED.length);
    for (const [, policy] of policies) {
      const actions = tableAndOther(policy)
        .filter((statement) => !isTranslate(statement))
        .flatMap(actionsOf)
        .sort();
      expect(actions).toEqual([
        'dynamodb:BatchGetItem',
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:Query',
        'dynamodb:UpdateItem',
      ]);
    }
    template.hasResourceProperties('AWS::Lambda::Function', {
      Timeout: 900,
      Environment: { Variables: Match.objectLike({ NODE_OPTIONS: Match.stringLikeRegexp('max-old-space-size') }) },
    });
  });

  it('logs API access without query strings, and alarms the staff on bad runs, 5xx, throttling, dead letters, scrape errors, wrong staff tokens and failed alert digests', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      AccessLogSettings: Match.objectLike({ Format: Match.stringLikeRegexp('routeKey') }),
    });
    const format = JSON.stringify(
      (Object.values(template.findResources('AWS::ApiGatewayV2::Stage'))[0] as any).Properties.AccessLogSettings.Format,
    );
    expect(format).not.toMatch(/querystring|requestBody|authorization/i);
    template.resourceCountIs('AWS::SNS::Topic', 1);
    template.resourceCountIs('AWS::CloudWatch::Alarm', 7);
    // The digest's failed subscriptions (the metric it writes, EMF, with its service dimension) and its errors.
    const digest = alarmNamed('AlertDigestFailed');
    const digestQueries = digest.Properties.Metrics as any[];
    expect(digest.Properties.Threshold).toBe(1);
    expect(digestQueries.find((q) => q.Id === 'failures').MetricStat).toEqual({
      Metric: {
        Namespace: METRICS_NAMESPACE,
        MetricName: METRIC.alertDigestFailures,
        Dimensions: [{ Name: 'service', Value: SERVICE_NAME }],
      },
      Period: 86400,
      Stat: 'Sum',
    });
    expect(digestQueries.find((q) => q.Id === 'errors').MetricStat.Metric).toMatchObject({
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: expect.stringMatching(/^AlertDigestsSendAlertDigests/) } }],
    });
    expect(digestQueries.find((q) => q.Expression).Expression).toBe('FILL(failures, 0) + FILL(errors, 0)');
    // Refused staff tokens: the metric the moderation functions write (EMF), with the service dimension they write it with.
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: METRIC.staffTokenRefused,
      Namespace: METRICS_NAMESPACE,
      Dimensions: [{ Name: 'service', Value: SERVICE_NAME }],
      Threshold: 5,
      Period: 900,
      Statistic: 'Sum',
    });
    // Bad runs: every enabled source's BadScrapeRuns, summed; none is read from log text any more.
    const badRun = alarmNamed('BadScrapeRun');
    const queries = badRun.Properties.Metrics as any[];
    const perSource = queries.filter((q) => q.MetricStat);
    expect(
      perSource.map((q) => q.MetricStat.Metric.Dimensions.find((d: any) => d.Name === 'source').Value).sort(),
    ).toEqual([...ENABLED].sort());
    for (const q of perSource) {
      expect(q.MetricStat.Metric).toMatchObject({ Namespace: METRICS_NAMESPACE, MetricName: METRIC.badScrapeRuns });
      expect(q.ReturnData).toBe(false);
    }
    expect(queries.find((q) => q.Expression).Expression).toMatch(/^SUM\(\[FILL\(b0, 0\)/);
    // From logs only the stage's throttled 429s, which reach no function (the access log).
    const filters = Object.values(template.findResources('AWS::Logs::MetricFilter')) as any[];
    expect(filters.map((f) => f.Properties.FilterPattern)).toEqual([
      '{ $.status = "429" && $.integrationStatus = "-" }',
    ]);
    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      MetricTransformations: [Match.objectLike({ MetricName: 'ApiThrottled' })],
    });
    for (const alarm of Object.values(template.findResources('AWS::CloudWatch::Alarm')) as any[]) {
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: expect.stringMatching(/^MonitoringAlerts/) }]);
    }
  });

  it('sends alerts over TLS only', () => {
    const [policy] = Object.values(template.findResources('AWS::SNS::TopicPolicy')) as any[];
    expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
  });

  it('traces every function with X-Ray (active tracing; the functions capture their SDK clients)', () => {
    const functions = Object.entries(template.findResources('AWS::Lambda::Function')).filter(
      ([id]) => !CDK_HELPER_FUNCTION.test(id),
    ) as [string, any][];
    expect(functions.length).toBe(apiRoutes.length + ENABLED.length + 1); // + the alert digest
    for (const [id, fn] of functions)
      expect({ id, tracing: fn.Properties.TracingConfig }).toEqual({ id, tracing: { Mode: 'Active' } });
  });

  it('has a dashboard of the alarms, API latency and answers, and a widget per source: runs, bad runs, listings seen', () => {
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    const body = dashboardBody();
    const widgets = body.widgets as any[];
    expect(widgets.filter((w) => w.type === 'alarm')).toHaveLength(1);
    expect(
      widgets.find((w) => w.properties.title === 'API latency (ms)').properties.metrics.map((m: any) => m.at(-1).stat),
    ).toEqual(['p50', 'p90', 'p99']);
    const answers = JSON.stringify(widgets.find((w) => w.properties.title === 'API answers').properties.metrics);
    for (const name of ['Count', '4xx', '5xx', 'ApiThrottled']) expect(answers).toContain(`"${name}"`);
    for (const source of ENABLED) {
      const widget = widgets.find((w) => w.properties.title === `Source ${source}`);
      expect(widget).toBeDefined();
      const names = (widget.properties.metrics as any[]).filter((m) => m[0] === METRICS_NAMESPACE).map((m) => m[1]);
      expect(names).toEqual([METRIC.scrapeRuns, METRIC.badScrapeRuns, METRIC.listingsSeen]);
      for (const metric of (widget.properties.metrics as any[]).filter((m) => m[0] === METRICS_NAMESPACE))
        expect(metric.slice(2, 6)).toEqual(['service', SERVICE_NAME, 'source', source]);
    }
  });

  describe('cdk-nag (AwsSolutions)', () => {
    it.each([
      ['dev, on the CloudFront domain', () => stackOf('dev')],
      [
        'prod, on a custom domain',
        () =>
          stackOf('prod', {
            domain: {
              name: 'jobs.expats-ostrava.cz',
              certificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/abc',
            },
            alertEmail: 'staff@example.org',
          }),
      ],
    ])(
      'finds no error or warning left in %s: each finding is fixed or acknowledged in code with its reason',
      (_, make) => {
        const stack = make();
        const report = new AwsSolutionsChecks().validateScope(stack);
        expect(
          report.violations.map(
            (v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`,
          ),
        ).toEqual([]);
        for (const { path, id, reason } of acknowledgements(stack)) {
          expect({ path, id, reason: reason.length >= 40 }).toEqual({ path, id, reason: true });
        }
      },
    );

    it('fixes rather than acknowledges: TLS-only alerts, and TLS 1.2 at least on a custom domain', () => {
      const custom = stackOf('prod', {
        domain: {
          name: 'jobs.expats-ostrava.cz',
          certificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/abc',
        },
      });
      const ids = acknowledgements(custom).map((a) => a.id.replace(/^annotation::/i, ''));
      expect(ids).not.toContain('AwsSolutions-SNS3');
      expect(ids).not.toContain('AwsSolutions-CFR4');
      Template.fromStack(custom).hasResourceProperties('AWS::CloudFront::Distribution', {
        DistributionConfig: Match.objectLike({
          ViewerCertificate: Match.objectLike({ MinimumProtocolVersion: 'TLSv1.2_2021' }),
        }),
      });
      // Without a custom domain, CloudFront's default certificate decides: the one finding acknowledged for that reason.
      expect(
        acknowledgements(stackOf('dev'))
          .filter((a) => /CFR4/.test(a.id))
          .map((a) => a.path),
      ).toEqual(['Test/Site/Distribution']);
    });
  });

  it('lets no role do "*" or act on "*", and every function write only its own log group', () => {
    const policies = Object.entries(template.findResources('AWS::IAM::Policy')) as [string, any][];
    for (const [name, policy] of policies) {
      for (const statement of statementsOf(policy)) {
        expect({ name, actions: actionsOf(statement).filter((a) => a === '*' || a.endsWith(':*')) }).toEqual({
          name,
          actions: [],
        });
        // TranslateText and the X-Ray writes have no resource-level permissions: "*" is their only resource
        // (TranslateText for the scrape functions alone, pinned below).
        if (isTranslate(statement) || isXRayWrite(statement)) continue;
        expect({ name, resource: [statement.Resource].flat().filter((r) => r === '*') }).toEqual({
          name,
          resource: [],
        });
      }
    }
    const roles = Object.entries(template.findResources('AWS::IAM::Role')) as [string, any][];
    for (const [name, role] of roles.filter(([id]) => /^(Http|Scraping)/.test(id))) {
      // No AWSLambdaBasicExecutionRole (logs on "*"): the log statement names the function's own group.
      expect({ name, managed: role.Properties.ManagedPolicyArns ?? [] }).toEqual({ name, managed: [] });
    }
    for (const [name, policy] of policies.filter(([id]) => /^(Http|Scraping)/.test(id))) {
      const logStatement = statementsOf(policy).find((statement) => actionsOf(statement).join() === LOG_WRITES.join());
      expect({ name, logGroup: logStatement?.Resource['Fn::GetAtt']?.[0] }).toEqual({
        name,
        logGroup: expect.stringMatching(/Logs[0-9A-F]{8}$/),
      });
    }
  });

  it('lets the scrape functions alone call translate:TranslateText, within the monthly budget taken as a stack parameter', () => {
    expect(template.toJSON().Parameters.TranslateCharactersPerMonth).toMatchObject({
      Type: 'Number',
      Default: 25_000_000,
      MinValue: 0,
    });
    const policies = Object.entries(template.findResources('AWS::IAM::Policy')) as [string, any][];
    const translators = policies.filter(([, policy]) =>
      statementsOf(policy).some((statement) => actionsOf(statement).some((action) => action.startsWith('translate:'))),
    );

    expect(translators.map(([name]) => name.replace(/Role.*/, '')).sort()).toEqual(
      ENABLED.map((source) => `ScrapingScrape${source}`).sort(),
    );
    for (const [, policy] of translators) {
      const statement = statementsOf(policy).find((s) =>
        actionsOf(s).some((action) => action.startsWith('translate:')),
      );
      expect({ actions: actionsOf(statement), effect: statement.Effect, resource: statement.Resource }).toEqual({
        actions: ['translate:TranslateText'],
        effect: 'Allow',
        resource: '*',
      });
    }
    const scrapers = Object.values(template.findResources('AWS::Lambda::Function')).filter(
      (f: any) => f.Properties.Environment?.Variables?.SCRAPE_SOURCE,
    ) as any[];
    for (const fn of scrapers)
      expect(fn.Properties.Environment.Variables.TRANSLATE_CHARACTERS_PER_MONTH).toEqual({
        Ref: 'TranslateCharactersPerMonth',
      });
    const others = Object.values(template.findResources('AWS::Lambda::Function')).filter(
      (f: any) => !f.Properties.Environment?.Variables?.SCRAPE_SOURCE,
    ) as any[];
    for (const fn of others)
      expect(fn.Properties.Environment?.Variables?.TRANSLATE_CHARACTERS_PER_MONTH).toBeUndefined();
  });

  it('takes the SES sender as a stack parameter, and lets the mailing functions send only as it', () => {
    expect(template.toJSON().Parameters.MailFrom).toMatchObject({ Type: 'String', Default: 'jobs@example.org' });
    const policies = Object.entries(template.findResources('AWS::IAM::Policy')) as [string, any][];
    const senders = policies.filter(([, policy]) =>
      statementsOf(policy).some((statement) => actionsOf(statement).includes('ses:SendEmail')),
    );
    expect(senders.map(([name]) => name.replace(/Role.*/, '')).sort()).toEqual(
      [...apiRoutes.filter((r) => r.sendsMail).map((r) => `Http${r.name}`), 'AlertDigestsSendAlertDigests'].sort(),
    );
    for (const [, policy] of senders) {
      const ses = statementsOf(policy).find((statement) => actionsOf(statement).includes('ses:SendEmail'));
      expect(JSON.stringify(ses.Resource)).toContain('{"Ref":"MailFrom"}');
    }
  });

  it('runs the alert digest daily at 07:00 Prague time, with only the grants it uses: read the catalogue, read and update subscriptions (no delete), send as the sender', () => {
    const [scheduleId, schedule] = (
      Object.entries(template.findResources('AWS::Scheduler::Schedule')) as [string, any][]
    ).find(([id]) => id.startsWith('AlertDigests'))!;
    const functions = template.findResources('AWS::Lambda::Function');
    const [fnId] = schedule.Properties.Target.Arn['Fn::GetAtt'];
    const [, policy] = (Object.entries(template.findResources('AWS::IAM::Policy')) as [string, any][]).find(([id]) =>
      id.startsWith('AlertDigestsSendAlertDigestsRole'),
    )!;
    const statements = withoutLogWrites(policy).filter((statement) => !isXRayWrite(statement));

    expect(scheduleId).toMatch(/^AlertDigestsDaily/);
    expect(schedule.Properties).toMatchObject({
      ScheduleExpression: 'cron(0 7 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Prague',
      State: 'ENABLED',
    });
    expect(schedule.Properties.Target.DeadLetterConfig.Arn).toEqual({
      'Fn::GetAtt': [expect.stringMatching(/^ScrapingDeadLetters/), 'Arn'],
    });
    expect(fnId).toMatch(/^AlertDigestsSendAlertDigests/);
    expect((functions[fnId] as any).Properties.Environment.Variables).toMatchObject({
      MAILER: 'ses',
      MAIL_FROM: { Ref: 'MailFrom' },
      CATALOGUE_BUCKET: expect.anything(),
      TABLE_NAME: expect.anything(),
      SITE_URL: expect.anything(),
    });
    expect(statements.map(actionsOf)).toEqual([
      ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
      ['ses:SendEmail'],
      ...SNAPSHOT_ACCESS.read,
    ]);
    expect(JSON.stringify(statements[1].Resource)).toContain('{"Ref":"MailFrom"}');
    expect(JSON.stringify(statements[0].Resource)).toMatch(/ListingsTable/);
  });

  it('lets only the unsubscribe route delete, and only saved searches (the alerts partition), never a listing', () => {
    const policies = Object.entries(template.findResources('AWS::IAM::Policy')) as [string, any][];
    const deleters = policies.filter(([, policy]) =>
      statementsOf(policy).some((statement) => actionsOf(statement).includes('dynamodb:DeleteItem')),
    );

    expect(deleters.map(([name]) => name.replace(/Role.*/, ''))).toEqual(['HttpPostAlertAction']);
    const statement = statementsOf(deleters[0]![1]).find((s) => actionsOf(s).includes('dynamodb:DeleteItem'));
    expect(statement).toEqual({
      Action: 'dynamodb:DeleteItem',
      Effect: 'Allow',
      Resource: { 'Fn::GetAtt': [expect.stringMatching(/^ListingsTable/), 'Arn'] },
      Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['ALERTS'] } },
    });
  });

  describe('the site on CloudFront', () => {
    const distributionConfig = () =>
      (Object.values(template.findResources('AWS::CloudFront::Distribution'))[0] as any).Properties.DistributionConfig;

    it('keeps the files in a private bucket that only this distribution may read, through origin access control', () => {
      template.hasResourceProperties('AWS::S3::Bucket', {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
      });
      template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
      const s3Origin = distributionConfig().Origins.find((origin: any) => origin.S3OriginConfig);
      expect(s3Origin.OriginAccessControlId).toBeDefined();
      const [, sitePolicy] = (Object.entries(template.findResources('AWS::S3::BucketPolicy')) as [string, any][]).find(
        ([id]) => id.startsWith('SiteFiles'),
      )!;
      const bucketPolicy = sitePolicy.Properties.PolicyDocument.Statement as any[];
      const reads = bucketPolicy.filter(
        (statement) => statement.Effect === 'Allow' && actionsOf(statement).includes('s3:GetObject'),
      );
      expect(reads).toHaveLength(1);
      expect(reads[0].Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
      expect(JSON.stringify(reads[0].Condition)).toMatch(/SiteDistribution/);
      expect(
        bucketPolicy.some(
          (statement) => statement.Effect === 'Deny' && statement.Condition?.Bool?.['aws:SecureTransport'] === 'false',
        ),
      ).toBe(true);
    });

    it('serves the API on the same domain under /api: never cached, every method, the prefix stripped', () => {
      const api = distributionConfig().CacheBehaviors.find((behavior: any) => behavior.PathPattern === '/api/*');
      expect(api.AllowedMethods).toEqual(expect.arrayContaining(['GET', 'POST', 'PUT', 'OPTIONS']));
      expect(api.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad'); // Managed-CachingDisabled
      expect(api.ViewerProtocolPolicy).toBe('https-only');
      expect(api.FunctionAssociations).toEqual([{ EventType: 'viewer-request', FunctionARN: expect.anything() }]);
      const apiOrigin = distributionConfig().Origins.find((origin: any) => origin.Id === api.TargetOriginId);
      expect(JSON.stringify(apiOrigin.DomainName)).toMatch(/HttpApi.*execute-api/);
      expect(apiOrigin.CustomOriginConfig.OriginProtocolPolicy).toBe('https-only');
      const code = (Object.values(template.findResources('AWS::CloudFront::Function'))[0] as any).Properties
        .FunctionCode as string;
      // The edge function's code, run as CloudFront would: /api/listings?… reaches the API as /listings,
      // with the viewer's address in place of whatever the client claimed.
      type EdgeRequest = { uri: string; headers: Record<string, { value: string }> };
      const toApi = new Function(`${code}; return handler;`)() as (event: {
        request: EdgeRequest;
        viewer: { ip: string };
      }) => EdgeRequest;
      const viewer = { ip: '89.24.1.7' };
      expect(toApi({ request: { uri: '/api/listings', headers: {} }, viewer }).uri).toBe('/listings');
      expect(toApi({ request: { uri: '/api/partner/jobs/job%3Apartner%3A1', headers: {} }, viewer }).uri).toBe(
        '/partner/jobs/job%3Apartner%3A1',
      );
      expect(
        toApi({ request: { uri: '/api/partner/jobs', headers: { 'x-viewer-ip': { value: '1.2.3.4' } } }, viewer })
          .headers['x-viewer-ip'],
      ).toEqual({ value: '89.24.1.7' });
    });

    it('proves to the API that a request came through it, and only the rate-limited route believes its viewer address', () => {
      const api = distributionConfig().CacheBehaviors.find((behavior: any) => behavior.PathPattern === '/api/*');
      const apiOrigin = distributionConfig().Origins.find((origin: any) => origin.Id === api.TargetOriginId);
      const header = apiOrigin.OriginCustomHeaders.find((h: any) => h.HeaderName === 'x-origin-verify');
      // A CloudFormation dynamic reference to a generated secret: the value is in no template.
      expect(JSON.stringify(header.HeaderValue)).toMatch(/resolve:secretsmanager:.*SiteOriginVerify/);
      // The functions that believe it are told where the secret is, and read it at run time: its value
      // is in no function's environment.
      const originSecret = Object.keys(template.findResources('AWS::SecretsManager::Secret')).find((id) =>
        id.startsWith('SiteOriginVerify'),
      )!;
      const holders = Object.entries(template.findResources('AWS::Lambda::Function')).filter(
        ([, fn]: [string, any]) => fn.Properties.Environment?.Variables?.ORIGIN_VERIFY_SECRET_ARN,
      );
      expect(holders.map(([id]) => id.replace(/[0-9A-F]{8}$/, ''))).toEqual(
        apiRoutes.filter((r) => r.needsClientIp).map((r) => `Http${r.name}`),
      );
      for (const [, fn] of holders as [string, any][])
        expect(fn.Properties.Environment.Variables.ORIGIN_VERIFY_SECRET_ARN).toEqual({ Ref: originSecret });
      // Only they may read it.
      const readers = (Object.entries(template.findResources('AWS::IAM::Policy')) as [string, any][])
        .filter(([, policy]) =>
          statementsOf(policy).some(
            (statement) => JSON.stringify(statement.Resource) === JSON.stringify({ Ref: originSecret }),
          ),
        )
        .map(([id]) => id.replace(/RoleDefaultPolicy[0-9A-F]{8}$/, ''));
      expect(readers.sort()).toEqual(holders.map(([id]) => id.replace(/[0-9A-F]{8}$/, '')).sort());
    });

    it('puts no secret value, and no reference that CloudFormation would resolve to one, in any function environment', () => {
      for (const [id, fn] of Object.entries(template.findResources('AWS::Lambda::Function')) as [string, any][]) {
        const environment = JSON.stringify(fn.Properties.Environment ?? {});
        expect({ id, resolvesSecret: /resolve:secretsmanager|SecretString/.test(environment) }).toEqual({
          id,
          resolvesSecret: false,
        });
        expect({
          id,
          names: Object.keys(fn.Properties.Environment?.Variables ?? {}).filter((name) =>
            /SECRET$|TOKEN$|PASSWORD/.test(name),
          ),
        }).toEqual({ id, names: [] });
      }
    });

    it('sends the security headers on the site and the API', () => {
      template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
        ResponseHeadersPolicyConfig: Match.objectLike({
          SecurityHeadersConfig: {
            ContentSecurityPolicy: { ContentSecurityPolicy: CONTENT_SECURITY_POLICY, Override: true },
            StrictTransportSecurity: { AccessControlMaxAgeSec: 63_072_000, IncludeSubdomains: true, Override: true },
            ContentTypeOptions: { Override: true },
            ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
            FrameOptions: { FrameOption: 'DENY', Override: true },
          },
        }),
      });
      expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
      const config = distributionConfig();
      const policyId = config.DefaultCacheBehavior.ResponseHeadersPolicyId;
      expect(policyId).toBeDefined();
      expect(
        config.CacheBehaviors.every(
          (behavior: any) => JSON.stringify(behavior.ResponseHeadersPolicyId) === JSON.stringify(policyId),
        ),
      ).toBe(true);
      expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    });

    it('uploads the page uncached and the hashed files for ever, without an invalidation', () => {
      const uploads = Object.values(template.findResources('Custom::CDKBucketDeployment')) as any[];
      expect(uploads.map((upload) => upload.Properties.SystemMetadata['cache-control']).sort()).toEqual([
        'no-cache',
        'public, max-age=31536000, immutable',
      ]);
      for (const upload of uploads) {
        expect(upload.Properties.Prune).toBe(false);
        expect(upload.Properties.DistributionId).toBeUndefined();
      }
    });

    it('points e-mailed links at the site, takes a custom domain with its certificate, and the crawler contact page', () => {
      const postJob = Object.entries(template.findResources('AWS::Lambda::Function')).find(([id]) =>
        id.startsWith('HttpPostPartnerJob'),
      )![1] as any;
      expect(JSON.stringify(postJob.Properties.Environment.Variables.SITE_URL)).toMatch(/SiteDistribution.*DomainName/);

      const custom = synth('prod', {
        domain: {
          name: 'jobs.expats-ostrava.cz',
          certificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/abc',
        },
      });
      custom.hasResourceProperties('AWS::CloudFront::Distribution', {
        DistributionConfig: Match.objectLike({
          Aliases: ['jobs.expats-ostrava.cz'],
          ViewerCertificate: Match.objectLike({
            AcmCertificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/abc',
          }),
        }),
      });
      const customPost = Object.entries(custom.findResources('AWS::Lambda::Function')).find(([id]) =>
        id.startsWith('HttpPostPartnerJob'),
      )![1] as any;
      const crawler = synth('dev', { crawlerInfoUrl: 'https://expats-ostrava.cz/crawler' });
      for (const fn of Object.values(crawler.findResources('AWS::Lambda::Function')).filter(
        (f: any) => f.Properties.Environment?.Variables?.SCRAPE_SOURCE,
      ) as any[]) {
        expect(fn.Properties.Environment.Variables.CRAWLER_INFO_URL).toBe('https://expats-ostrava.cz/crawler');
      }
      expect(customPost.Properties.Environment.Variables.SITE_URL).toBe('https://jobs.expats-ostrava.cz');
      custom.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Retain' });
    });
  });
});
