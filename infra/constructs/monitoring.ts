import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { NodeFunction } from './node-function';

export interface MonitoringProps {
  api: HttpApi;
  scrapeFunction: NodeFunction;
  deadLetterQueue: Queue;
  /** Who the alarms e-mail (the centre's staff); none when absent. */
  alertEmail?: string;
}

/**
 * Alarms for the centre's staff, on one SNS topic: a source's failed, blocked, incomplete or suspicious
 * run (from the runner's structured "source run finished" log line), API 5xx, scheduled runs that could
 * not be delivered (dead-letter depth), and scrape function errors.
 */
export class Monitoring extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Alerts', { displayName: 'Ostrava listings alerts' });
    if (props.alertEmail) this.topic.addSubscription(new EmailSubscription(props.alertEmail));
    const notify = new SnsAction(this.topic);

    const badRuns = new MetricFilter(this, 'BadRuns', {
      logGroup: props.scrapeFunction.logs,
      metricNamespace: 'OstravaListings',
      metricName: 'BadScrapeRuns',
      filterPattern: FilterPattern.literal('{ $.message = "source run finished" && ($.outcome != "complete" || $.suspicious IS TRUE) }'),
      metricValue: '1',
      defaultValue: 0,
    });
    const alarms = [
      new Alarm(this, 'BadScrapeRun', {
        alarmDescription: 'A source run failed, was blocked, stopped early or saw far fewer listings than before',
        metric: badRuns.metric({ statistic: 'Sum', period: Duration.hours(1) }),
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
      new Alarm(this, 'DeadLetters', {
        alarmDescription: 'Scheduled scrapes could not be delivered',
        metric: props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(15) }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, 'ScrapeErrors', {
        alarmDescription: 'The scrape function threw (a bad event or an unknown source)',
        metric: props.scrapeFunction.metricErrors({ period: Duration.hours(1), statistic: 'Sum' }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    ];
    for (const alarm of alarms) alarm.addAlarmAction(notify);
  }
}
