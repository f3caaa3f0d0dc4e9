import { clientIp } from '../../../functions/middleware/client-ip';
import { toApiGatewayEvent } from '../../../infra/local/api-gateway-event';

const SECRET = 'origin-secret-0123456789abcdef';
const event = (headers: Record<string, string>) =>
  toApiGatewayEvent({ method: 'POST', url: '/partner/jobs', headers, sourceIp: '130.176.1.1' });

describe('clientIp', () => {
  it("believes CloudFront's viewer address when the origin secret comes with it", () => {
    expect(clientIp(event({ 'x-viewer-ip': '89.24.1.7', 'x-origin-verify': SECRET }), SECRET)).toBe('89.24.1.7');
    expect(clientIp(event({ 'x-viewer-ip': '2001:db8::7', 'x-origin-verify': SECRET }), SECRET)).toBe('2001:db8::7');
  });

  it.each([
    ['no origin secret', { 'x-viewer-ip': '89.24.1.7' }, SECRET],
    ['a wrong origin secret', { 'x-viewer-ip': '89.24.1.7', 'x-origin-verify': 'guess' }, SECRET],
    [
      'no secret configured (local, or no CloudFront)',
      { 'x-viewer-ip': '89.24.1.7', 'x-origin-verify': SECRET },
      undefined,
    ],
    [
      'a viewer address that is not an address',
      { 'x-viewer-ip': '89.24.1.7, 10.0.0.1', 'x-origin-verify': SECRET },
      SECRET,
    ],
  ])('keeps the connection address with %s', (_name, headers, secret) => {
    expect(clientIp(event(headers), secret)).toBe('130.176.1.1');
  });
});
