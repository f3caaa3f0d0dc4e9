import { Logger } from '@aws-lambda-powertools/logger';
import { SERVICE_NAME } from './telemetry-names';

/** The narrow logging surface domain code receives. Messages are constant; values go in keys. */
export interface Log {
  info(message: string, keys?: Record<string, unknown>): void;
  warn(message: string, keys?: Record<string, unknown>): void;
  error(message: string, keys?: Record<string, unknown>): void;
}

export const logger = new Logger({ serviceName: SERVICE_NAME });

export const log: Log = {
  info: (message, keys) => logger.info(message, { ...keys }),
  warn: (message, keys) => logger.warn(message, { ...keys }),
  error: (message, keys) => logger.error(message, { ...keys }),
};
