import { Duration } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Schedule, ScheduleExpression, ScheduleTargetInput, TimeWindow } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { SourceDescriptor } from '../../shared/sources/registry';
import { SCRAPE_NODE_OPTIONS } from '../definitions/scrape-runtime';
import { NodeFunction } from './node-function';

export interface ScrapeSchedulesProps {
  table: ITableV2;
  /** The sources to schedule: the registry's enabled ones that have an adapter. */
  sources: readonly SourceDescriptor[];
  /** Region radius in km, passed to the scrapers. */
  radiusKm: number;
}

/**
 * One scrape function, invoked by EventBridge Scheduler once per source on the source's schedule with
 * `{ "source": NAME }`, so that one portal failing never touches another. Invocations that cannot be
 * delivered or fail go to a dead-letter queue; a run's own outcome is recorded in the table.
 */
export class ScrapeSchedules extends Construct {
  readonly function: NodeFunction;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: ScrapeSchedulesProps) {
    super(scope, id);
    this.function = new NodeFunction(this, 'ScrapeFunction', {
      entry: 'functions/scrape/run-source.ts',
      // The language detector needs memory; the vacancy file is streamed in well under it.
      memorySize: 1024,
      timeout: Duration.minutes(15),
      environment: { NODE_OPTIONS: `--enable-source-maps ${SCRAPE_NODE_OPTIONS}`, REGION_RADIUS_KM: String(props.radiusKm) },
    }).bindTable(props.table, 'write');
    this.deadLetterQueue = new Queue(this, 'DeadLetters', { retentionPeriod: Duration.days(14), encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true });
    for (const source of props.sources) {
      new Schedule(this, `Scrape-${source.name}`, {
        description: `Scrape ${source.label}`,
        schedule: ScheduleExpression.expression(source.schedule ?? 'rate(6 hours)'),
        // Spread the runs a little, so that all sources do not start in the same second.
        timeWindow: TimeWindow.flexible(Duration.minutes(15)),
        target: new LambdaInvoke(this.function, {
          input: ScheduleTargetInput.fromObject({ source: source.name }),
          deadLetterQueue: this.deadLetterQueue,
          retryAttempts: 1,
          maxEventAge: Duration.hours(1),
        }),
      });
    }
  }
}
