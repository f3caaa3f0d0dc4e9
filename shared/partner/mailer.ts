/** An e-mail the service sends: plain text only. */
export interface Email {
  to: string;
  subject: string;
  text: string;
}

/** Where e-mail goes: Amazon SES in the cloud, a file outbox locally and in tests. */
export interface Mailer {
  send(email: Email): Promise<void>;
}
