import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { DigestRun } from '../../shared/alerts/alert-digests';
import { METRIC } from '../../shared/telemetry-names';

/**
 * A finished digest run as a metric, service-wide: its failed subscriptions (AlertDigestFailures, the
 * AlertDigestFailed alarm), 0 for a run without any so that the dashboard tells "went well" from "did not run".
 */
export function addDigestMetrics(metrics: Metrics, run: Pick<DigestRun, 'failed'>): void {
  metrics.addMetric(METRIC.alertDigestFailures, MetricUnit.Count, run.failed);
}
