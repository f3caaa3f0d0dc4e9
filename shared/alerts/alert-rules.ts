/** How long an alert's confirmation link works; an unconfirmed subscription (and its address) is gone after it. */
export const ALERT_CONFIRMATION_HOURS = 48;
/** Management links kept working: those of the last 30 e-mails (a month of daily digests). */
export const MANAGEMENT_LINKS_KEPT = 30;
/** Alert ids: 12 random bytes, base64url. */
export const ALERT_ID = /^[A-Za-z0-9_-]{16}$/;
