import {
  ConditionalCheckFailedException,
  ProvisionedThroughputExceededException,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';

/** What one DynamoDB attempt meets: its command ("PutCommand", "QueryCommand" … as the document client names them) and its input. */
export interface Attempt {
  command: string;
  input: Record<string, any>;
  /** 1-based count of attempts of this command so far, retries included. */
  nth: number;
}

export type InjectedFault = 'throttle' | 'condition-failed' | undefined;

export interface FaultInjector {
  /** Decides each attempt's fault; undefined lets it through. */
  plan: (attempt: Attempt) => InjectedFault;
  /** Makes BatchGetItem answer only the first half of its keys, the rest as UnprocessedKeys. */
  halveBatchGets: boolean;
  /** Faults injected so far, by kind. */
  injected: Record<string, number>;
}

/**
 * Adds fault injection to a DynamoDB client. Errors are thrown below the SDK's retry layer, as the
 * service would answer, so that the SDK retries throttling by itself; partial BatchGetItem answers
 * are made above it, as DynamoDB makes them under load.
 */
export function injectFaults(client: DynamoDBClient): FaultInjector {
  const injector: FaultInjector = { plan: () => undefined, halveBatchGets: false, injected: {} };
  const counts = new Map<string, number>();
  const count = (kind: string) => (injector.injected[kind] = (injector.injected[kind] ?? 0) + 1);

  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName);
      const nth = (counts.get(command) ?? 0) + 1;
      counts.set(command, nth);
      const fault = injector.plan({ command, input: args.input as Record<string, any>, nth });
      if (fault === 'throttle') {
        count('throttle');
        throw new ProvisionedThroughputExceededException({
          message: 'injected: the request rate is too high',
          $metadata: { httpStatusCode: 400 },
        });
      }
      if (fault === 'condition-failed') {
        count('condition-failed');
        throw new ConditionalCheckFailedException({
          message: 'injected: the conditional request failed',
          $metadata: { httpStatusCode: 400 },
        });
      }
      return next(args);
    },
    { step: 'deserialize', name: 'injectFaultsBelowRetries', priority: 'low' },
  );

  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { RequestItems?: Record<string, { Keys: unknown[] }> };
      if (
        !injector.halveBatchGets ||
        !/^BatchGet(Item)?Command$/.test(String(context.commandName)) ||
        !input.RequestItems
      )
        return next(args);
      const [table, request] = Object.entries(input.RequestItems)[0]!;
      if (request.Keys.length < 2) return next(args);
      const half = Math.ceil(request.Keys.length / 2);
      count('unprocessed-keys');
      const result = await next({
        ...args,
        input: { ...input, RequestItems: { [table]: { ...request, Keys: request.Keys.slice(0, half) } } },
      });
      (result.output as { UnprocessedKeys?: unknown }).UnprocessedKeys = {
        [table]: { ...request, Keys: request.Keys.slice(half) },
      };
      return result;
    },
    { step: 'initialize', name: 'halveBatchGets' },
  );
  return injector;
}
