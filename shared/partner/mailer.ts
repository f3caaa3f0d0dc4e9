/** An e-mail the service sends: plain text only. */
export interface Email {
  to: string;
  subject: string;
  text: string;
  /**
   * Extra header fields, by name (e.g. RFC 8058's List-Unsubscribe and List-Unsubscribe-Post on an alert
   * digest). Values are ours, never user input: a mailer sends them as given.
   */
  headers?: Record<string, string>;
}

/** Where e-mail goes: Amazon SES in the cloud, a file outbox locally and in tests. */
export interface Mailer {
  send(email: Email): Promise<void>;
}
