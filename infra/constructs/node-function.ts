import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { join } from 'node:path';
import { Duration, Fn, Stack, Validations } from 'aws-cdk-lib';
import { ALERTS_PARTITION } from '../../shared/alerts/alert-keys';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { API_MEMORY_MB } from '../definitions/api-runtime';
import { BUNDLE_ALIASES, SDK_PROVIDED_BY_RUNTIME } from '../definitions/bundling';
import { wildcardResourceFinding } from '../definitions/nag';

const ROOT = join(__dirname, '../..');

/** The DynamoDB actions each access level needs, and no more (no Scan, no DescribeTable). */
const TABLE_ACTIONS = {
  read: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'],
  write: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
} as const;

export interface NodeFunctionProps {
  /** Handler module relative to the repository root, exporting `handler`. */
  entry: string;
  memorySize?: number;
  timeout?: Duration;
  environment?: Record<string, string>;
}

/**
 * Every Lambda function of the service: one place for runtime, architecture, bundling, timeout, log
 * retention and tracing, and `bindTable` so that least-privilege access is the easy path.
 */
export class NodeFunction extends NodejsFunction {
  /** The function's log group (one month of retention). */
  readonly logs: LogGroup;

  constructor(scope: Construct, id: string, props: NodeFunctionProps) {
    const logs = new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.ONE_MONTH });
    // Its own role instead of AWSLambdaBasicExecutionRole (logs on "*"): it may write to its log group only.
    const role = new Role(scope, `${id}Role`, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logs.grantWrite(role);
    super(scope, id, {
      role,
      entry: join(ROOT, props.entry),
      handler: 'handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? API_MEMORY_MB,
      timeout: props.timeout ?? Duration.seconds(10),
      logGroup: logs,
      // X-Ray: each invocation traced, with its AWS SDK calls (functions/observability.ts).
      tracing: Tracing.ACTIVE,
      environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        minify: true,
        sourceMap: true,
        // The Node.js runtime carries AWS SDK v3: leaving it out keeps bundles small and cold starts short.
        // The price: the runtime's SDK version, not package-lock's, runs in the cloud (same v3 API).
        externalModules: [...SDK_PROVIDED_BY_RUNTIME],
        mainFields: ['module', 'main'],
        // Local esbuild (no Docker): the aliases' absolute paths are the host's.
        esbuildArgs: { '--alias': Object.entries(BUNDLE_ALIASES).map(([name, path]) => `${name}=${path}`) },
        banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
      },
    });
    this.logs = logs;
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'X-Ray trace writes (xray:PutTraceSegments, xray:PutTelemetryRecords) and translate:TranslateText have no resource-level permissions: "*" is their only resource',
    });
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 is the one runtime of the project (package.json engines, .nvmrc, CI, the node22 bundling target; issue 22): Node.js 24 comes with the whole toolchain, not one function at a time',
    });
  }

  /**
   * Lets the function machine-translate within a monthly character budget (issue 19): only
   * translate:TranslateText, which has no resource-level permissions (hence "*"), and the budget.
   */
  bindTranslation(charactersPerMonth: string): this {
    this.addToRolePolicy(new PolicyStatement({ actions: ['translate:TranslateText'], resources: ['*'] }));
    this.addEnvironment('TRANSLATE_CHARACTERS_PER_MONTH', charactersPerMonth);
    return this;
  }

  /**
   * Lets the function delete saved searches (an unsubscribe deletes the address with it): DeleteItem,
   * and only on items of the alerts' partition (the dynamodb:LeadingKeys condition), never a listing.
   */
  bindAlertDeletes(table: ITableV2): this {
    this.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:DeleteItem'],
        resources: [table.tableArn],
        conditions: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [ALERTS_PARTITION] } },
      }),
    );
    return this;
  }

  /** Lets the function send e-mail from the verified sender `mailFrom` (its identity, or its domain's), and nothing else of SES. */
  bindMailFrom(mailFrom: string): this {
    // The sender may be a deploy-time parameter: split it in CloudFormation, not here.
    const domain = Fn.select(1, Fn.split('@', mailFrom));
    const stack = Stack.of(this);
    this.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail'],
        resources: [
          stack.formatArn({ service: 'ses', resource: 'identity', resourceName: domain }),
          stack.formatArn({ service: 'ses', resource: 'identity', resourceName: mailFrom }),
        ],
      }),
    );
    this.addEnvironment('MAILER', 'ses');
    this.addEnvironment('MAIL_FROM', mailFrom);
    return this;
  }

  /** Grants exactly the table actions of `access` (on the table and its indexes) and names the table. */
  bindTable(table: ITableV2, access: keyof typeof TABLE_ACTIONS): this {
    table.grant(this, ...TABLE_ACTIONS[access]);
    Validations.of(this.role!).acknowledge({
      id: wildcardResourceFinding(this, `${table.tableArn}/index/*`),
      reason: "The table's own secondary indexes (the queries by source and newest), not other tables",
    });
    this.addEnvironment('TABLE_NAME', table.tableName);
    return this;
  }
}
