import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, MathExpression, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { FilterPattern, type ILogGroup, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRIC, METRICS_NAMESPACE } from '../../shared/telemetry-names';
import { serviceMetric } from '../definitions/service-metrics';
import type { NodeFunction } from './node-function';
import { ServiceDashboard } from './service-dashboard';

const NAMESPACE = METRICS_NAMESPACE;

export interface MonitoringProps {
  api: HttpApi;
  /** The API stage's access log group (for 429s). */
  apiAccessLogs: ILogGroup;
  /** Each enabled source's scrape function, by source name. */
  scrapeFunctions: Readonly<Record<string, NodeFunction>>;
  /** The API's functions, by route name (the dashboard's errors and durations). */
  apiFunctions: Readonly<Record<string, NodeFunction>>;
  deadLetterQueue: Queue;
  /** The daily alert digest (its failed subscriptions and its errors are alarmed). */
  digestFunction: NodeFunction;
  /** Who the alarms e-mail (the centre's staff); none when absent. */
  alertEmail?: string;
}

/**
 * Alarms for the centre's staff, on one SNS topic (TLS-only): a source's failed, blocked, incomplete or
 * suspicious run and wrong staff tokens (metrics the functions write, shared/telemetry-names), API 5xx
 * and throttling, scheduled runs that could not be delivered (dead-letter depth) and scrape function
 * errors, an alert digest that failed for a subscription or as a whole (its metric and its errors); and the
 * service's dashboard (source health, API latency and errors).
 */
export class Monitoring extends Construct {
  readonly topic: Topic;
  readonly dashboard: ServiceDashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Alerts', { displayName: 'Ostrava listings alerts', enforceSSL: true });
    if (props.alertEmail) this.topic.addSubscription(new EmailSubscription(props.alertEmail));
    const notify = new SnsAction(this.topic);

    // The subscriptions a run failed (the metric the digest function writes, EMF) and the runs that threw
    // before counting them; either missing in the day counts 0, so that the other still makes a datapoint.
    const digestFailures = new MathExpression({
      expression: 'FILL(failures, 0) + FILL(errors, 0)',
      usingMetrics: {
        failures: serviceMetric(METRIC.alertDigestFailures, { period: Duration.days(1) }),
        errors: props.digestFunction.metricErrors({ period: Duration.days(1), statistic: 'Sum' }),
      },
      period: Duration.days(1),
      label: 'Alert digest failures',
    });
    const sources = Object.keys(props.scrapeFunctions);
    const scrapeFunctions = Object.values(props.scrapeFunctions);
    // Each source's bad runs, summed: the alarm says "a run went wrong", the dashboard and logs say which.
    // A math expression in an alarm takes at most 10 metrics: plenty for the sources we have. A source
    // that did not run in the hour counts 0 (FILL), so that the others' runs still make a datapoint.
    const badRuns = new MathExpression({
      expression: sources.length > 0 ? `SUM([${sources.map((_, i) => `FILL(b${i}, 0)`).join(', ')}])` : '0',
      usingMetrics: Object.fromEntries(
        sources.map((source, i) => [`b${i}`, serviceMetric(METRIC.badScrapeRuns, { source })]),
      ),
      period: Duration.hours(1),
      label: 'Bad scrape runs',
    });
    const scrapeErrors = new MathExpression({
      expression: scrapeFunctions.map((_, i) => `e${i}`).join(' + ') || '0',
      usingMetrics: Object.fromEntries(
        scrapeFunctions.map((fn, i) => [`e${i}`, fn.metricErrors({ period: Duration.hours(1), statistic: 'Sum' })]),
      ),
      period: Duration.hours(1),
      label: 'Scrape function errors',
    });
    // Requests the stage throttled answer 429 without reaching a function (no integration status), so
    // no function can count them, and HTTP APIs have no metric for them: counted from the stage's
    // access log. The form's own 429s do not count.
    const throttled = new MetricFilter(this, 'ApiThrottled', {
      logGroup: props.apiAccessLogs,
      metricNamespace: NAMESPACE,
      metricName: 'ApiThrottled',
      filterPattern: FilterPattern.literal('{ $.status = "429" && $.integrationStatus = "-" }'),
      metricValue: '1',
      defaultValue: 0,
    });
    // Each wrong X-Staff-Token is counted by the moderation function (functions/middleware/staff.ts):
    // someone is guessing, or a colleague has an old token.
    const staffRefused = serviceMetric(METRIC.staffTokenRefused, { period: Duration.minutes(15) });
    const alarms = [
      new Alarm(this, 'StaffTokenRefused', {
        alarmDescription:
          'Moderation refused 5 or more wrong staff tokens in 15 minutes (addresses past 10 are locked out for the window)',
        metric: staffRefused,
        threshold: 5,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, 'BadScrapeRun', {
        alarmDescription: 'A source run failed, was blocked, stopped early or saw far fewer listings than before',
        metric: badRuns,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, 'Api5xx', {
        alarmDescription: 'The API answered 5xx',
        metric: props.api.metricServerError({ period: Duration.minutes(5), statistic: 'Sum' }),
        threshold: 5,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, 'ApiThrottles', {
        alarmDescription:
          'The API turned away requests over its rate limit (429): a crawler, an attack, or a limit set too low',
        metric: throttled.metric({ statistic: 'Sum', period: Duration.minutes(5) }),
        threshold: 50,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, 'DeadLetters', {
        alarmDescription: 'Scheduled scrapes could not be delivered',
        metric: props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(15) }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, 'AlertDigestFailed', {
        alarmDescription: 'The daily alert digest failed for a subscription, or could not run (the logs say which)',
        metric: digestFailures,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, 'ScrapeErrors', {
        alarmDescription: 'A scrape function threw (a bad event or an unknown source)',
        metric: scrapeErrors,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    ];
    for (const alarm of alarms) alarm.addAlarmAction(notify);

    this.dashboard = new ServiceDashboard(this, 'Dashboard', {
      api: props.api,
      apiThrottled: throttled.metric({ statistic: 'Sum', period: Duration.minutes(5), label: 'Throttled (429)' }),
      apiFunctions: props.apiFunctions,
      scrapeFunctions: props.scrapeFunctions,
      alarms,
    });
  }
}
