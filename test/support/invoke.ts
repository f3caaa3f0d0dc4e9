import type { APIGatewayProxyResultV2 } from 'aws-lambda';
import { fromApiGatewayResult, localLambdaContext, toApiGatewayEvent } from '../../infra/local/api-gateway-event';
import type { LambdaHttpHandler } from '../../infra/local/local-server';

export interface Invocation {
  status: number;
  headers: Record<string, string | string[]>;
  body: string;
  json: () => any;
}

/** Invokes a handler through its real middy chain with an API Gateway v2 event, as the cloud would. */
export async function invoke(
  handler: unknown,
  request: {
    url: string;
    method?: string;
    headers?: Record<string, string>;
    pathParameters?: Record<string, string>;
    body?: string;
    sourceIp?: string;
  },
): Promise<Invocation> {
  const event = toApiGatewayEvent({
    method: request.method ?? 'GET',
    url: request.url,
    headers: request.headers ?? {},
    pathParameters: request.pathParameters,
    body: request.body === undefined ? undefined : Buffer.from(request.body),
    sourceIp: request.sourceIp,
  });
  const result = (await (handler as LambdaHttpHandler)(event, localLambdaContext('test'))) as APIGatewayProxyResultV2;
  const response = fromApiGatewayResult(result);
  const body = response.body.toString('utf8');
  return { status: response.statusCode, headers: response.headers, body, json: () => JSON.parse(body) };
}
