import { localUrl } from '../../../infra/local/local-service';

describe('localUrl', () => {
  it.each([
    ['127.0.0.1', 3000, 'http://127.0.0.1:3000'],
    ['192.168.1.20', 8080, 'http://192.168.1.20:8080'],
    ['0.0.0.0', 3000, 'http://localhost:3000'],
    ['::', 3000, 'http://localhost:3000'],
    ['::1', 3000, 'http://[::1]:3000'],
  ])('links to %s:%d as %s, the address that answers', (host, port, url) => {
    expect(localUrl(host, port)).toBe(url);
  });
});
