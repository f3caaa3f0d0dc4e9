import { Metrics } from '@aws-lambda-powertools/metrics';
import { localLambdaContext, toApiGatewayEvent } from '../../infra/local/api-gateway-event';
import { httpStack } from '../../functions/middleware/http-stack';
import { addDigestMetrics } from '../../functions/alerts/digest-metrics';
import { countStaffTokenRefused } from '../../functions/metrics';
import { tracer } from '../../functions/observability';
import { addRunMetrics } from '../../functions/scrape/run-metrics';
import { logger } from '../../shared/log';
import { DIMENSION, METRIC, METRICS_NAMESPACE, SERVICE_NAME } from '../../shared/telemetry-names';

/** Runs `body` with what it writes to stdout and stderr captured, line by line. */
async function outputOf(body: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const capture = (chunk: string | Uint8Array) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  };
  const streams = [
    jest.spyOn(process.stdout, 'write').mockImplementation(capture),
    jest.spyOn(process.stderr, 'write').mockImplementation(capture),
  ];
  try {
    await body();
  } finally {
    for (const stream of streams) stream.mockRestore();
  }
  return lines;
}

/** Metrics as a Lambda function writes them (here, outside Lambda, they are off unless told otherwise). */
function lambdaMetrics(): Metrics {
  const before = process.env.POWERTOOLS_METRICS_DISABLED;
  process.env.POWERTOOLS_METRICS_DISABLED = 'false';
  try {
    return new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });
  } finally {
    process.env.POWERTOOLS_METRICS_DISABLED = before;
  }
}

describe('observability', () => {
  it('writes a run as EMF metrics per source: one run, whether it went wrong, the listings seen', () => {
    const emf = lambdaMetrics();
    addRunMetrics(emf, { source: 'sreality', outcome: 'incomplete', suspicious: false, seen: 412 });
    const line = emf.serializeMetrics() as any;
    expect(line._aws.CloudWatchMetrics[0].Namespace).toBe(METRICS_NAMESPACE);
    expect(line._aws.CloudWatchMetrics[0].Dimensions).toEqual([[DIMENSION.service, DIMENSION.source]]);
    expect(line._aws.CloudWatchMetrics[0].Metrics.map((m: any) => [m.Name, m.Unit])).toEqual([
      [METRIC.scrapeRuns, 'Count'],
      [METRIC.badScrapeRuns, 'Count'],
      [METRIC.listingsSeen, 'Count'],
    ]);
    expect(line).toMatchObject({
      service: SERVICE_NAME,
      source: 'sreality',
      [METRIC.scrapeRuns]: 1,
      [METRIC.badScrapeRuns]: 1,
      [METRIC.listingsSeen]: 412,
    });
  });

  it.each([
    ['complete', false, 0],
    ['complete', true, 1],
    ['failed', false, 1],
    ['blocked', false, 1],
  ] as const)('counts a %s run (suspicious: %s) as %i bad runs', (outcome, suspicious, bad) => {
    const emf = lambdaMetrics();
    addRunMetrics(emf, { source: 'mpsv', outcome, suspicious, seen: 0 });
    expect((emf.serializeMetrics() as any)[METRIC.badScrapeRuns]).toBe(bad);
  });

  it.each([
    [3, 3],
    [0, 0],
  ])('writes a digest run with %i failed subscriptions as AlertDigestFailures %i, service-wide', (failed, written) => {
    const emf = lambdaMetrics();

    addDigestMetrics(emf, { failed });

    const line = emf.serializeMetrics() as any;
    expect(line._aws.CloudWatchMetrics[0]).toMatchObject({
      Namespace: METRICS_NAMESPACE,
      Dimensions: [[DIMENSION.service]],
      Metrics: [{ Name: METRIC.alertDigestFailures, Unit: 'Count' }],
    });
    expect(line).toMatchObject({ service: SERVICE_NAME, [METRIC.alertDigestFailures]: written });
  });

  it('writes a refused staff token at once, as a service-wide count', async () => {
    const added = jest.spyOn(Metrics.prototype, 'addMetric');
    try {
      countStaffTokenRefused();
      expect(added).toHaveBeenCalledWith(METRIC.staffTokenRefused, 'Count', 1);
    } finally {
      added.mockRestore();
    }
  });

  it('stays quiet outside Lambda: metrics off, tracing off', async () => {
    expect(tracer.isTracingEnabled()).toBe(false);
    const lines = await outputOf(async () => countStaffTokenRefused());
    expect(lines.filter((line) => line.includes('_aws'))).toEqual([]);
  });

  it("puts the Lambda context (request id, cold start, function) in every API function's log lines", async () => {
    const failing = httpStack(async () => {
      throw new Error('store unreachable');
    });
    const context = localLambdaContext('get-listings');
    const event = toApiGatewayEvent({ method: 'GET', url: '/listings', headers: {}, body: undefined });
    const level = logger.getLevelName();
    logger.setLogLevel('INFO'); // the tests' logs are silent (test/support/jest-env.js)
    const lines = await outputOf(() =>
      (failing as (e: unknown, c: unknown) => Promise<unknown>)(event, context),
    ).finally(() => logger.setLogLevel(level));
    const logged = lines.map((line) => JSON.parse(line)).find((entry) => entry.message === 'request failed');
    expect(logged).toMatchObject({
      service: SERVICE_NAME,
      function_request_id: context.awsRequestId,
      function_name: 'get-listings',
      cold_start: expect.any(Boolean),
    });
  });
});
