import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import type { MiddlewareObj } from '@middy/core';
import { logger } from '../shared/log';
import { METRIC, METRICS_NAMESPACE, SERVICE_NAME } from '../shared/telemetry-names';

// An EMF line is a metric only where CloudWatch reads the function's log (Lambda); elsewhere (npm start,
// tests, the CLIs) it would be noise on stdout. An explicit POWERTOOLS_METRICS_DISABLED still decides.
if (!process.env.AWS_LAMBDA_FUNCTION_NAME) process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';

/** The service's metrics (embedded metric format in the function's log; names in shared/telemetry-names). */
export const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });

/**
 * X-Ray tracing. Powertools turns it off by itself outside Lambda (no AWS_EXECUTION_ENV) and under
 * POWERTOOLS_TRACE_ENABLED=false, so that locally every call below is a no-op.
 */
export const tracer = new Tracer({ serviceName: SERVICE_NAME });

/** An AWS SDK v3 client whose calls appear as subsegments of the function's trace. */
export const traced = <T>(client: T): T => tracer.captureAWSv3Client(client);

/**
 * The middlewares every function starts with: the Lambda context in each log line (request id,
 * cold start, function name) and the invocation traced. Responses are not recorded in traces:
 * API answers can hold a partner's contact details.
 */
export function lambdaObservability(): MiddlewareObj[] {
  return [injectLambdaContext(logger), captureLambdaHandler(tracer, { captureResponse: false })] as MiddlewareObj[];
}

/**
 * Counts one refused staff token (metric StaffTokenRefused), written at once: an API function has no
 * other metric to batch it with.
 */
export function countStaffTokenRefused(): void {
  metrics.singleMetric().addMetric(METRIC.staffTokenRefused, MetricUnit.Count, 1);
}
