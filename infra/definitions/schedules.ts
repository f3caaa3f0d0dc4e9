/**
 * The alert digest's schedule, as plain data (read by the stack; the local scheduler runs it every
 * ALERT_DIGEST_INTERVAL_MS from the start). 07:00 in Ostrava: the morning's e-mail, after the night's runs.
 */
export const ALERT_DIGEST_SCHEDULE = 'cron(0 7 * * ? *)';
export const ALERT_DIGEST_TIME_ZONE = 'Europe/Prague';
export const ALERT_DIGEST_INTERVAL_MS = 86_400_000;
