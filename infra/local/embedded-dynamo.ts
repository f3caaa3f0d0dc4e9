import { fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { createTableInput } from '../../shared/store/create-table-input';

export interface EmbeddedDynamo {
  /** http://127.0.0.1:PORT, for AWS_ENDPOINT_URL_DYNAMODB or a client's endpoint. */
  endpoint: string;
  close(): Promise<void>;
}

/**
 * Starts dynalite in this process: in memory, or on a data folder so that data survives a restart.
 * dynalite has no transactions and no UpdateTimeToLive; the store uses neither.
 */
export async function startDynalite(options: { path?: string; port?: number } = {}): Promise<EmbeddedDynamo> {
  const server = dynalite({ path: options.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  keepIdleConnections(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/**
 * An idle keep-alive connection outlives the SDK's, so a request is never sent on one the server is
 * closing: with Node's 5 s default, busy machines saw "socket hang up" (the same value in
 * dynalite-process.cjs and the local server).
 */
function keepIdleConnections(server: { keepAliveTimeout: number; headersTimeout: number }): void {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}

/**
 * Starts dynalite in a child process (plain Node, no loader flags: see dynalite-process.cjs), for
 * the local service. The child exits with its parent.
 */
export async function startDynaliteProcess(options: { path?: string } = {}): Promise<EmbeddedDynamo> {
  const child = fork(join(__dirname, 'dynalite-process.cjs'), options.path ? [options.path] : [], {
    execArgv: [],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`dynalite exited with ${code} before listening`)));
    child.stdout?.once('data', (data: Buffer) => resolve((JSON.parse(data.toString('utf8')) as { port: number }).port));
  });
  child.removeAllListeners('exit');
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A DynamoDB client for a local endpoint; the credentials are placeholders the emulator ignores. */
export function localDynamoClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'eu-central-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}

/**
 * Creates the listings table from the one definition unless it exists, and waits until it is ACTIVE
 * (CreateTable answers while the table is still CREATING, and an emulator in another process may not
 * have switched it yet); returns whether it created it.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string, timeoutMs = 30_000): Promise<boolean> {
  let status = await tableStatus(client, tableName);
  const created = status === undefined;
  if (created)
    status = (await client.send(new CreateTableCommand(createTableInput(tableName)))).TableDescription?.TableStatus;
  const since = performance.now();
  while (status !== 'ACTIVE') {
    if (performance.now() - since > timeoutMs)
      throw new Error(`table ${tableName} is still ${status ?? 'missing'} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    status = await tableStatus(client, tableName);
  }
  return created;
}

async function tableStatus(client: DynamoDBClient, tableName: string): Promise<string | undefined> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table?.TableStatus;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}
