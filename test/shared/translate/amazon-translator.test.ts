import { TranslateClient, TranslateTextCommand } from '@aws-sdk/client-translate';
import { mockClient } from 'aws-sdk-client-mock';
import { TranslationUnavailableError } from '../../../shared/errors';
import { AmazonTranslator, MAX_REQUEST_BYTES, splitForRequests } from '../../../shared/translate/amazon-translator';

const client = new TranslateClient({ region: 'eu-central-1' });
const translate = mockClient(client);

describe('AmazonTranslator (contract with TranslateText)', () => {
  beforeEach(() => translate.reset());

  it('sends plain text from Czech to English and answers the translated text', async () => {
    translate.on(TranslateTextCommand).resolves({
      TranslatedText: 'A bright 2+kk flat near the tram.',
      SourceLanguageCode: 'cs',
      TargetLanguageCode: 'en',
    });

    const outcome = await new AmazonTranslator(client).translate('Světlý byt 2+kk u tramvaje.');

    expect(outcome).toEqual({ text: 'A bright 2+kk flat near the tram.' });
    expect(translate.commandCalls(TranslateTextCommand).map((call) => call.args[0].input)).toEqual([
      { Text: 'Světlý byt 2+kk u tramvaje.', SourceLanguageCode: 'cs', TargetLanguageCode: 'en' },
    ]);
  });

  it('splits a text over the request limit at paragraphs and joins the answers in order', async () => {
    const paragraph = `${'Byt s balkonem a sklepem, klidná ulice. '.repeat(150)}\n`;
    const text = paragraph + paragraph.replace(/Byt/g, 'Dům');
    translate.on(TranslateTextCommand).callsFake((input: { Text: string }) => ({
      TranslatedText: input.Text.startsWith('Byt') ? 'FLAT\n' : 'HOUSE\n',
    }));

    const outcome = await new AmazonTranslator(client).translate(text);

    const sent = translate.commandCalls(TranslateTextCommand).map((call) => call.args[0].input.Text!);
    expect(sent.length).toBe(2);
    expect(sent.every((piece) => Buffer.byteLength(piece) <= MAX_REQUEST_BYTES)).toBe(true);
    expect(sent.join('')).toBe(text);
    expect(outcome).toEqual({ text: 'FLAT\nHOUSE\n' });
  });

  it('turns a service error into TranslationUnavailableError keeping the cause', async () => {
    const throttled = Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException' });
    translate.on(TranslateTextCommand).rejects(throttled);

    const error = await new AmazonTranslator(client).translate('Pronájem bytu.').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TranslationUnavailableError);
    expect((error as Error).cause).toBe(throttled);
  });

  it('refuses an answer without TranslatedText as unavailable', async () => {
    translate.on(TranslateTextCommand).resolves({});

    await expect(new AmazonTranslator(client).translate('Pronájem bytu.')).rejects.toBeInstanceOf(
      TranslationUnavailableError,
    );
  });
});

describe('splitForRequests', () => {
  it('keeps a text within the limit whole', () => {
    expect(splitForRequests('Krátký text.', 100)).toEqual(['Krátký text.']);
  });

  it('cuts one long line at sentences, then words, never over the limit in bytes', () => {
    const text = 'Žluťoučký kůň úpěl ďábelské ódy. '.repeat(40) + 'ř'.repeat(80);

    const pieces = splitForRequests(text, 100);

    expect(pieces.join('')).toBe(text);
    expect(pieces.every((piece) => Buffer.byteLength(piece) <= 100)).toBe(true);
  });
});
