import { TranslateClient } from '@aws-sdk/client-translate';
import type { Config } from '../shared/config';
import type { RunSourceDeps } from '../shared/scrape/run-source';
import { DynamoTable } from '../shared/store/dynamo-table';
import { AmazonTranslator } from '../shared/translate/amazon-translator';
import { DynamoTranslationBudget } from '../shared/translate/dynamo-translation-budget';
import { dynamoClient } from './deps';
import { traced } from './observability';

let translate: TranslateClient | undefined;

/**
 * A scrape function's machine translation: Amazon Translate within the stack's monthly character budget,
 * counted in the listings table. None when the function has no budget (or a budget of 0).
 */
export function scrapeTranslation(
  cfg: Pick<Config, 'TRANSLATE_CHARACTERS_PER_MONTH' | 'TABLE_NAME'>,
): RunSourceDeps['translation'] {
  const perMonth = cfg.TRANSLATE_CHARACTERS_PER_MONTH;
  if (!perMonth || !cfg.TABLE_NAME) return undefined;
  translate ??= traced(new TranslateClient({}));
  return {
    translator: new AmazonTranslator(translate),
    budget: {
      store: new DynamoTranslationBudget(new DynamoTable(dynamoClient(), cfg.TABLE_NAME)),
      charactersPerMonth: perMonth,
    },
  };
}
