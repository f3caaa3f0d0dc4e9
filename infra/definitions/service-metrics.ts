import { Duration } from 'aws-cdk-lib';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { DIMENSION, METRIC, METRICS_NAMESPACE, SERVICE_NAME } from '../../shared/telemetry-names';

type MetricName = (typeof METRIC)[keyof typeof METRIC];

/**
 * One of the metrics the functions write (embedded metric format, functions/metrics.ts), with
 * exactly the dimensions they write it with: CloudWatch matches a metric only on its full dimension set.
 * `source` for the scrape metrics; none for the service-wide ones.
 */
export function serviceMetric(
  name: MetricName,
  options: { source?: string; statistic?: string; period?: Duration; label?: string } = {},
): Metric {
  return new Metric({
    namespace: METRICS_NAMESPACE,
    metricName: name,
    dimensionsMap: { [DIMENSION.service]: SERVICE_NAME, ...(options.source && { [DIMENSION.source]: options.source }) },
    statistic: options.statistic ?? 'Sum',
    period: options.period ?? Duration.hours(1),
    label: options.label,
  });
}
