import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createLocalServer, UNREADABLE_REQUEST } from '../../../infra/local/local-server';

/** Sends raw bytes as one request and returns the whole answer as text. */
function rawRequest(port: number, request: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(request));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('createLocalServer', () => {
  it('answers a request line with unencoded UTF-8 (municipality=Havířov) with a 400 whose JSON body says how to encode it', async () => {
    const server = createLocalServer({ routes: [] });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;

      const answer = await rawRequest(
        port,
        Buffer.from('GET /listings?kind=rental&municipality=Havířov HTTP/1.1\r\nHost: localhost\r\n\r\n', 'utf8'),
      );

      const [head, body] = answer.split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
      expect(head).toContain('content-type: application/json');
      expect(JSON.parse(body!)).toEqual(UNREADABLE_REQUEST);
      expect(UNREADABLE_REQUEST.message).toContain('municipality=Hav%C3%AD%C5%99ov');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
