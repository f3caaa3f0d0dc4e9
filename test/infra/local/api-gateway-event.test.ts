import { fromApiGatewayResult, toApiGatewayEvent } from '../../../infra/local/api-gateway-event';
import { matchPath } from '../../../infra/local/local-server';

describe('toApiGatewayEvent', () => {
  it('joins repeated query parameters with commas and lower-cases headers, as API Gateway does', () => {
    const event = toApiGatewayEvent({
      method: 'get',
      url: '/listings?disposition=2%2Bkk&disposition=3%2B1&kind=rental',
      headers: { 'X-Thing': 'a', Cookie: 'a=1; b=2' },
    });

    expect(event.queryStringParameters).toEqual({ disposition: '2+kk,3+1', kind: 'rental' });
    expect(event.rawQueryString).toBe('disposition=2%2Bkk&disposition=3%2B1&kind=rental');
    expect(event.headers).toEqual({ 'x-thing': 'a' });
    expect(event.cookies).toEqual(['a=1', 'b=2']);
    expect(event.requestContext.http.method).toBe('GET');
  });

  it('keeps parameters and headers named like Object.prototype members as own plain values (__proto__, constructor, toString)', () => {
    const event = toApiGatewayEvent({
      method: 'GET',
      url: '/listings?kind=rental&__proto__=1&constructor=2&toString=3',
      headers: {},
    });

    expect(Object.keys(event.queryStringParameters ?? {}).sort()).toEqual([
      '__proto__',
      'constructor',
      'kind',
      'toString',
    ]);
    expect(event.queryStringParameters?.['__proto__']).toBe('1');
    expect(event.queryStringParameters?.['constructor']).toBe('2');
    expect(event.queryStringParameters?.['toString']).toBe('3');
    expect(Object.getPrototypeOf(event.queryStringParameters)).toBe(Object.prototype);
  });

  it('passes a JSON body as text and a binary body as base64', () => {
    const text = toApiGatewayEvent({
      method: 'POST',
      url: '/x',
      headers: { 'content-type': 'application/json' },
      body: Buffer.from('{"a":1}'),
    });
    const binary = toApiGatewayEvent({
      method: 'POST',
      url: '/x',
      headers: { 'content-type': 'image/png' },
      body: Buffer.from([0, 255]),
    });

    expect(text).toMatchObject({ body: '{"a":1}', isBase64Encoded: false });
    expect(binary).toMatchObject({ body: 'AP8=', isBase64Encoded: true });
  });
});

describe('fromApiGatewayResult', () => {
  it('infers a 200 JSON response from a bare value', () => {
    const response = fromApiGatewayResult({ hello: 'world' } as never);

    expect(response).toMatchObject({ statusCode: 200, headers: { 'content-type': 'application/json' } });
    expect(response.body.toString()).toBe('{"hello":"world"}');
  });

  it('decodes a base64 body and passes cookies as set-cookie', () => {
    const response = fromApiGatewayResult({ statusCode: 201, body: 'AP8=', isBase64Encoded: true, cookies: ['a=1'] });

    expect(response.statusCode).toBe(201);
    expect([...response.body]).toEqual([0, 255]);
    expect(response.headers['set-cookie']).toEqual(['a=1']);
  });
});

describe('matchPath', () => {
  it.each([
    ['/listings/{id}', '/listings/sreality%3A1838113612', { id: 'sreality:1838113612' }],
    ['/listings/{id}', '/listings/a/b', undefined],
    ['/listings', '/listings', {}],
    ['/openapi.json', '/openapiXjson', undefined],
    ['/listings/{id}', '/listings/%E0%A4%A', undefined],
  ])('matches %s against %s', (template, path, expected) => {
    expect(matchPath(template, path)).toEqual(expected);
  });
});
