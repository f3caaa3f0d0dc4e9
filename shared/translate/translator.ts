/**
 * The translation port (issue 19): Czech listing text into English. In the cloud Amazon Translate
 * (AmazonTranslator); locally and in tests RecordedTranslator, which needs no network. Callers never
 * send text whose translation is already stored: see translateListing.
 */
export interface Translator {
  /** The engine named to readers beside a machine translation, e.g. "Amazon Translate". */
  readonly engine: string;
  /**
   * The English of one plain text (any length: an adapter splits it to its service's limits), or the
   * reason there is none this time ("no recorded translation"). Throws TranslationUnavailableError
   * when the service fails; the caller stores the listing untranslated and says why.
   */
  translate(text: string): Promise<TranslationOutcome>;
}

export type TranslationOutcome = { text: string } | { untranslated: string };
