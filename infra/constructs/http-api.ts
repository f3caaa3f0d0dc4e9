import { CfnStage, CorsHttpMethod, HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Duration, Validations } from 'aws-cdk-lib';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { type ISecret, Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { RouteDefinition } from '../definitions/routes';
import { corsPolicy } from '../definitions/cors-policy';
import type { CatalogueBucket } from './catalogue-bucket';
import { NodeFunction } from './node-function';

export interface ListingsHttpApiProps {
  routes: readonly RouteDefinition[];
  table: ITableV2;
  /** Where the catalogue snapshots live. */
  catalogue: CatalogueBucket;
  /** Origins the browser may call from ("*" for any). */
  siteOrigins: string[];
  /** Steady requests per second and burst the whole API accepts before answering 429. */
  throttle: { rate: number; burst: number };
  /** The verified SES sender. */
  mailFrom: string;
}

/** The HTTP API: one function per route from the shared route table, each with only its table access. */
export class ListingsHttpApi extends Construct {
  readonly api: HttpApi;
  readonly functions: Record<string, NodeFunction> = {};
  readonly staffToken: Secret;
  readonly accessLogs: LogGroup;

  private readonly routes: readonly RouteDefinition[];

  constructor(scope: Construct, id: string, props: ListingsHttpApiProps) {
    super(scope, id);
    this.routes = props.routes;
    const { maxAgeSeconds, ...cors } = corsPolicy(props.siteOrigins);
    this.api = new HttpApi(this, 'Api', {
      corsPreflight: {
        ...cors,
        allowMethods: cors.allowMethods.map((method) => CorsHttpMethod[method]),
        maxAge: Duration.seconds(maxAgeSeconds),
      },
    });
    // The staff token: generated once, read only by the moderation functions; staff read it in the console.
    this.staffToken = new Secret(this, 'StaffToken', {
      description: 'X-Staff-Token for moderation',
      generateSecretString: { passwordLength: 40, excludePunctuation: true },
    });
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        "A public API: listings and sources are open to all; the partner routes check the poster's management token and moderation the X-Staff-Token in the function (functions/middleware), which API Gateway authorizers cannot express without a second secret store",
    });
    Validations.of(this.staffToken).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Staff copy the token from the console into the moderation page: a scheduled rotation would lock them out without notice. Rotate by hand (put-secret-value); the functions pick the new value up within their cache time',
    });
    const stage = this.api.defaultStage?.node.defaultChild as CfnStage;
    stage.defaultRouteSettings = {
      throttlingRateLimit: props.throttle.rate,
      throttlingBurstLimit: props.throttle.burst,
    };
    // Access logs without query strings or bodies: no searches, tokens or e-mails end up in them.
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_MONTH });
    this.accessLogs = accessLogs;
    stage.accessLogSettings = {
      destinationArn: accessLogs.logGroupArn,
      format: JSON.stringify({
        requestId: '$context.requestId',
        time: '$context.requestTime',
        route: '$context.routeKey',
        status: '$context.status',
        integrationStatus: '$context.integrationStatus',
        latencyMs: '$context.responseLatency',
        integrationError: '$context.integrationErrorMessage',
      }),
    };

    for (const route of props.routes) {
      const fn = new NodeFunction(this, route.name, {
        entry: route.lambdaEntry ?? route.entry,
        environment: {
          SITE_ORIGIN: props.siteOrigins.length === 1 ? props.siteOrigins[0]! : '*',
          MAILER: 'ses',
          MAIL_FROM: props.mailFrom,
          ...(route.staffOnly ? { STAFF_TOKEN_SECRET_ARN: this.staffToken.secretArn } : {}),
        },
      });
      if (route.staffOnly) this.staffToken.grantRead(fn);
      if (route.tableAccess !== 'none') fn.bindTable(props.table, route.tableAccess);
      if (route.catalogueAccess) props.catalogue.bind(fn, route.catalogueAccess);
      if (route.sendsMail) fn.bindMailFrom(props.mailFrom);
      if (route.deletesAlerts) fn.bindAlertDeletes(props.table);
      this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${route.name}Integration`, fn),
      });
      this.functions[route.name] = fn;
    }
  }

  /** Points every function at the site's public URL (links in e-mails), once the site exists. */
  useSiteUrl(url: string): void {
    for (const fn of Object.values(this.functions)) fn.addEnvironment('SITE_URL', url);
  }

  /**
   * Lets the routes that need the client's address believe the viewer address CloudFront sends: they
   * read the origin secret at run time (functions/secrets.ts), so that its value is in no template
   * or environment; only they may read it.
   */
  trustViewerAddressFrom(originSecret: ISecret): void {
    for (const route of this.routes.filter((r) => r.needsClientIp)) {
      const fn = this.functions[route.name]!;
      fn.addEnvironment('ORIGIN_VERIFY_SECRET_ARN', originSecret.secretArn);
      originSecret.grantRead(fn);
    }
  }
}
