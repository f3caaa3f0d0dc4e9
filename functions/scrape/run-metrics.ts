import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { RunRecord } from '../../shared/runs/run-record';
import { DIMENSION, METRIC } from '../../shared/telemetry-names';

/**
 * A finished run as metrics, per source (dimension `source`): one run, whether it went wrong
 * (failed, blocked, incomplete or suspicious: the BadScrapeRun alarm), and the listings it saw.
 * A good run writes BadScrapeRuns 0, so that the dashboard tells "ran fine" from "did not run".
 */
export function addRunMetrics(
  metrics: Metrics,
  run: Pick<RunRecord, 'source' | 'outcome' | 'suspicious' | 'seen'>,
): void {
  metrics.addDimensions({ [DIMENSION.source]: run.source });
  metrics.addMetric(METRIC.scrapeRuns, MetricUnit.Count, 1);
  metrics.addMetric(METRIC.badScrapeRuns, MetricUnit.Count, run.outcome !== 'complete' || run.suspicious ? 1 : 0);
  metrics.addMetric(METRIC.listingsSeen, MetricUnit.Count, run.seen);
}
