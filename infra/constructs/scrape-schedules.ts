import { Duration, Stack, Validations } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Schedule, ScheduleExpression, ScheduleTargetInput, TimeWindow } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DEFAULT_SOURCE_RUNTIME, type SourceDescriptor } from '../../shared/sources/registry';
import { wildcardResourceFinding } from '../definitions/nag';
import { SCRAPE_NODE_OPTIONS } from '../definitions/scrape-runtime';
import type { CatalogueBucket } from './catalogue-bucket';
import { NodeFunction } from './node-function';

export interface ScrapeSchedulesProps {
  table: ITableV2;
  /** Where each run publishes its kind's catalogue. */
  catalogue: CatalogueBucket;
  /** The sources to schedule: the registry's enabled ones that have an adapter. */
  sources: readonly SourceDescriptor[];
  /** Region radius in km, passed to the scrapers. */
  radiusKm: number;
  /** Where portals' operators read who we are and reach us (in every request's User-Agent). */
  crawlerInfoUrl?: string;
  /** Amazon Translate's monthly character budget (a token of the stack parameter); 0 translates nothing. */
  translateCharactersPerMonth: string;
}

/**
 * A scrape function per enabled source, each with the memory and timeout its runs need, invoked by
 * EventBridge Scheduler on the source's schedule with `{ "source": NAME }`: one portal failing or
 * running long never touches another. Invocations that cannot be delivered or fail go to a shared
 * dead-letter queue; a run's own outcome is recorded in the table.
 */
export class ScrapeSchedules extends Construct {
  /** Each source's function, by source name. */
  readonly functions: Record<string, NodeFunction> = {};
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: ScrapeSchedulesProps) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        "It is the dead-letter queue: of the scrape schedules (EventBridge Scheduler's own DLQ setting, which cdk-nag does not see)",
    });
    for (const source of props.sources) {
      const runtime = source.runtime ?? DEFAULT_SOURCE_RUNTIME;
      const fn = new NodeFunction(this, `Scrape-${source.name}`, {
        entry: 'functions/scrape/run-source.ts',
        memorySize: runtime.memoryMb,
        timeout: Duration.minutes(runtime.timeoutMinutes),
        environment: {
          NODE_OPTIONS: `--enable-source-maps ${SCRAPE_NODE_OPTIONS}`,
          REGION_RADIUS_KM: String(props.radiusKm),
          SCRAPE_SOURCE: source.name,
          ...(props.crawlerInfoUrl && { CRAWLER_INFO_URL: props.crawlerInfoUrl }),
        },
      })
        .bindTable(props.table, 'write')
        .bindTranslation(props.translateCharactersPerMonth);
      props.catalogue.bind(fn, 'write');
      this.functions[source.name] = fn;
      // The scheduler's role (made by LambdaInvoke at stack level) may invoke the function and its versions (ARN:*).
      Validations.of(Stack.of(this)).acknowledge({
        id: wildcardResourceFinding(this, `${fn.functionArn}:*`),
        reason: `Invoking the ${source.name} scrape function and its versions only (lambda:InvokeFunction on its ARN and ARN:*)`,
      });
      new Schedule(this, `Scrape-${source.name}-Schedule`, {
        description: `Scrape ${source.label}`,
        schedule: ScheduleExpression.expression(source.schedule ?? 'rate(6 hours)'),
        // Spread the runs a little, so that all sources do not start in the same second.
        timeWindow: TimeWindow.flexible(Duration.minutes(15)),
        target: new LambdaInvoke(fn, {
          input: ScheduleTargetInput.fromObject({ source: source.name }),
          deadLetterQueue: this.deadLetterQueue,
          retryAttempts: 1,
          maxEventAge: Duration.hours(1),
        }),
      });
    }
  }
}
