import { Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Schedule, ScheduleExpression, TimeWindow } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { wildcardResourceFinding } from '../definitions/nag';
import { ALERT_DIGEST_SCHEDULE, ALERT_DIGEST_TIME_ZONE } from '../definitions/schedules';
import type { CatalogueBucket } from './catalogue-bucket';
import { NodeFunction } from './node-function';

export interface AlertDigestsProps {
  table: ITableV2;
  /** The catalogue the digest searches (read only). */
  catalogue: CatalogueBucket;
  /** The verified SES sender: the function may send from it and nothing else. */
  mailFrom: string;
  /** Where an invocation that cannot be delivered or fails goes (the scrapers' queue). */
  deadLetterQueue: Queue;
}

/**
 * The daily e-mail digest of saved searches: one function, invoked by EventBridge Scheduler once a
 * day, reading the catalogue, reading and updating the subscriptions (no DeleteItem: only an
 * unsubscribe deletes), and sending through SES from the one sender identity. A retry after a
 * failure sends nothing twice: each subscription's watermark is saved as its e-mail goes.
 */
export class AlertDigests extends Construct {
  readonly function: NodeFunction;

  constructor(scope: Construct, id: string, props: AlertDigestsProps) {
    super(scope, id);
    this.function = new NodeFunction(this, 'SendAlertDigests', {
      entry: 'functions/alerts/send-digests.ts',
      timeout: Duration.minutes(5),
    })
      .bindTable(props.table, 'write')
      .bindMailFrom(props.mailFrom);
    props.catalogue.bind(this.function, 'read');
    new Schedule(this, 'Daily', {
      description: 'E-mail each saved search its new listings',
      schedule: ScheduleExpression.expression(ALERT_DIGEST_SCHEDULE, TimeZone.of(ALERT_DIGEST_TIME_ZONE)),
      timeWindow: TimeWindow.flexible(Duration.minutes(30)),
      target: new LambdaInvoke(this.function, {
        deadLetterQueue: props.deadLetterQueue,
        retryAttempts: 1,
        maxEventAge: Duration.hours(1),
      }),
    });
    // The scheduler's role (made by LambdaInvoke at stack level) may invoke the function and its versions (ARN:*).
    Validations.of(Stack.of(this)).acknowledge({
      id: wildcardResourceFinding(this, `${this.function.functionArn}:*`),
      reason: 'Invoking the alert digest function and its versions only (lambda:InvokeFunction on its ARN and ARN:*)',
    });
  }

  /** Points the function at the site's public URL (links in the digests). */
  useSiteUrl(url: string): void {
    this.function.addEnvironment('SITE_URL', url);
  }
}
