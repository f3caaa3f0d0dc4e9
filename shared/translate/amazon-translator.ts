import { TranslateClient, TranslateTextCommand } from '@aws-sdk/client-translate';
import { TranslationUnavailableError } from '../errors';
import type { TranslationOutcome, Translator } from './translator';

/**
 * TranslateText takes at most 10 000 bytes of UTF-8 per request (Amazon Translate developer guide,
 * "Guidelines and quotas"); Czech letters take two bytes, so text is sent in pieces of at most this
 * many bytes, cut at paragraph, then sentence, then word boundaries.
 */
export const MAX_REQUEST_BYTES = 9_000;

/**
 * The Amazon Translate adapter: Czech → English, plain text, one TranslateText call per piece.
 * SDK failures become TranslationUnavailableError (with the SDK error as cause).
 */
export class AmazonTranslator implements Translator {
  readonly engine = 'Amazon Translate';

  constructor(
    private readonly client: Pick<TranslateClient, 'send'>,
    private readonly languages: { from: string; to: string } = { from: 'cs', to: 'en' },
  ) {}

  async translate(text: string): Promise<TranslationOutcome> {
    const pieces = splitForRequests(text, MAX_REQUEST_BYTES);
    const out: string[] = [];
    for (const piece of pieces) {
      if (piece.trim() === '') {
        out.push(piece);
        continue;
      }
      try {
        const answer = await this.client.send(
          new TranslateTextCommand({
            Text: piece,
            SourceLanguageCode: this.languages.from,
            TargetLanguageCode: this.languages.to,
          }),
        );
        if (answer.TranslatedText === undefined) throw new Error('TranslateText answered without TranslatedText');
        out.push(answer.TranslatedText);
      } catch (error) {
        throw new TranslationUnavailableError('Amazon Translate did not translate the text', { cause: error });
      }
    }
    return { text: out.join('') };
  }
}

/** The text in consecutive pieces of at most `maxBytes` UTF-8 bytes whose concatenation is the text. */
export function splitForRequests(text: string, maxBytes: number): string[] {
  if (Buffer.byteLength(text) <= maxBytes) return [text];
  const pieces: string[] = [];
  let current = '';
  for (const unit of units(text, maxBytes)) {
    if (Buffer.byteLength(current + unit) > maxBytes && current !== '') {
      pieces.push(current);
      current = '';
    }
    current += unit;
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

// Paragraphs, else sentences, else words, else characters: each unit alone fits in maxBytes.
function units(text: string, maxBytes: number): string[] {
  const splitters = [/(?<=\n)/, /(?<=[.!?]\s)/, /(?<=\s)/, /(?:)/u];
  const fit = (part: string, level: number): string[] =>
    Buffer.byteLength(part) <= maxBytes || level >= splitters.length
      ? [part]
      : part.split(splitters[level]!).flatMap((p) => fit(p, level + 1));
  return fit(text, 0);
}
