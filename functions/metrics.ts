import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { METRIC, METRICS_NAMESPACE, SERVICE_NAME } from '../shared/telemetry-names';

// Apart from observability.ts, so that the functions that write no metric (most API routes) do not bundle them.

// An EMF line is a metric only where CloudWatch reads the function's log (Lambda); elsewhere (npm start,
// tests, the CLIs) it would be noise on stdout. An explicit POWERTOOLS_METRICS_DISABLED still decides.
if (!process.env.AWS_LAMBDA_FUNCTION_NAME) process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';

/** The service's metrics (embedded metric format in the function's log; names in shared/telemetry-names). */
export const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });

/**
 * Counts one refused staff token (metric StaffTokenRefused), written at once: an API function has no
 * other metric to batch it with.
 */
export function countStaffTokenRefused(): void {
  metrics.singleMetric().addMetric(METRIC.staffTokenRefused, MetricUnit.Count, 1);
}
