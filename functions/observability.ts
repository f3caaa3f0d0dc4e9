import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import type { MiddlewareObj } from '@middy/core';
import { logger } from '../shared/log';
import { SERVICE_NAME } from '../shared/telemetry-names';

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
