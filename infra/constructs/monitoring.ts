import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, MathExpression, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { FilterPattern, type ILogGroup, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { STAFF_TOKEN_REFUSED } from '../../shared/partner/staff-access';
import type { NodeFunction } from './node-function';

const NAMESPACE = 'OstravaListings';

export interface MonitoringProps {
  api: HttpApi;
  /** The API stage's access log group (for 429s). */
  apiAccessLogs: ILogGroup;
  scrapeFunctions: readonly NodeFunction[];
  /** The moderation functions (their refused staff tokens are counted). */
  staffFunctions: readonly NodeFunction[];
  deadLetterQueue: Queue;
  /** The daily alert digest (its failed subscriptions and its errors are alarmed). */
  digestFunction: NodeFunction;
  /** Who the alarms e-mail (the centre's staff); none when absent. */
  alertEmail?: string;
}

/**
 * Alarms for the centre's staff, on one SNS topic: a source's failed, blocked, incomplete or suspicious
 * run (from the runner's structured "source run finished" log line), API 5xx and throttling, scheduled
 * runs that could not be delivered (dead-letter depth), scrape function errors, wrong staff tokens, and
 * an alert digest that failed for a subscription or as a whole.
 */
export class Monitoring extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Alerts', { displayName: 'Ostrava listings alerts' });
    if (props.alertEmail) this.topic.addSubscription(new EmailSubscription(props.alertEmail));
    const notify = new SnsAction(this.topic);

    // One metric fed by every source's function: the alarm says "a run went wrong", the logs say which.
    for (const fn of props.scrapeFunctions) {
      new MetricFilter(this, `BadRuns-${fn.node.id}`, {
        logGroup: fn.logs,
        metricNamespace: NAMESPACE,
        metricName: 'BadScrapeRuns',
        filterPattern: FilterPattern.literal('{ $.message = "source run finished" && ($.outcome != "complete" || $.suspicious IS TRUE) }'),
        metricValue: '1',
        defaultValue: 0,
      });
    }
    new MetricFilter(this, 'DigestFailures', {
      logGroup: props.digestFunction.logs,
      metricNamespace: NAMESPACE,
      metricName: 'AlertDigestFailures',
      filterPattern: FilterPattern.literal('{ $.message = "alert digest failed" || $.message = "alert digests not sent: the catalogue could not be read" }'),
      metricValue: '1',
      defaultValue: 0,
    });
    const digestFailures = new MathExpression({
      expression: 'failures + errors',
      usingMetrics: {
        failures: new Metric({ namespace: NAMESPACE, metricName: 'AlertDigestFailures', statistic: 'Sum', period: Duration.days(1) }),
        errors: props.digestFunction.metricErrors({ period: Duration.days(1), statistic: 'Sum' }),
      },
      period: Duration.days(1),
      label: 'Alert digest failures',
    });
    const badRuns = new Metric({ namespace: NAMESPACE, metricName: 'BadScrapeRuns', statistic: 'Sum', period: Duration.hours(1) });
    // A math expression in an alarm takes at most 10 metrics: plenty for the sources we have.
    const scrapeErrors = new MathExpression({
      expression: props.scrapeFunctions.map((_, i) => `e${i}`).join(' + ') || '0',
      usingMetrics: Object.fromEntries(props.scrapeFunctions.map((fn, i) => [`e${i}`, fn.metricErrors({ period: Duration.hours(1), statistic: 'Sum' })])),
      period: Duration.hours(1),
      label: 'Scrape function errors',
    });
    // Requests the stage throttled answer 429 without reaching a function (no integration status):
    // counted from the access log, which HTTP APIs have no metric for. The form's own 429s do not count.
    const throttled = new MetricFilter(this, 'ApiThrottled', {
      logGroup: props.apiAccessLogs,
      metricNamespace: NAMESPACE,
      metricName: 'ApiThrottled',
      filterPattern: FilterPattern.literal('{ $.status = "429" && $.integrationStatus = "-" }'),
      metricValue: '1',
      defaultValue: 0,
    });
    // Each wrong X-Staff-Token logs one line (requireStaffToken): someone is guessing, or a colleague has an old token.
    for (const fn of props.staffFunctions) {
      new MetricFilter(this, `StaffTokenRefused-${fn.node.id}`, {
        logGroup: fn.logs,
        metricNamespace: NAMESPACE,
        metricName: 'StaffTokenRefused',
        filterPattern: FilterPattern.literal(`{ $.message = "${STAFF_TOKEN_REFUSED}" }`),
        metricValue: '1',
        defaultValue: 0,
      });
    }
    const staffRefused = new Metric({ namespace: NAMESPACE, metricName: 'StaffTokenRefused', statistic: 'Sum', period: Duration.minutes(15) });
    const alarms = [
      new Alarm(this, 'StaffTokenRefused', {
        alarmDescription: 'Moderation refused 5 or more wrong staff tokens in 15 minutes (addresses past 10 are locked out for the window)',
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
        alarmDescription: 'The API turned away requests over its rate limit (429): a crawler, an attack, or a limit set too low',
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
  }
}
