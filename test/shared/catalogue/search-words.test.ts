import { gzipSync } from 'node:zlib';
import { decodeCatalogue, encodeCatalogue } from '../../../shared/catalogue/catalogue-codec';
import { toCatalogueEntry } from '../../../shared/catalogue/catalogue-entry';
import { SearchWords } from '../../../shared/catalogue/search-words';
import { searchTerms } from '../../../shared/text/search-synonyms';
import type { Listing } from '../../../shared/listing/schema';
import { rentalDraft } from '../../support/listing-drafts';

const T0 = new Date('2026-11-01T08:00:00.000Z');

describe('SearchWords', () => {
  const words = SearchWords.of(['svetly byt zabreh', 'developer ostrava', '', 'kyiv київ', 'zabrehova']);
  const holding = (...asked: string[]) => [0, 1, 2, 3, 4].filter(words.matcher(asked));

  it('finds the entries holding every word as a part of one of their words', () => {
    const single = holding('zabreh');
    const both = holding('zabreh', 'byt');
    const none = holding('zabreh', 'developer');

    expect([single, both, none]).toEqual([[0, 4], [0], []]);
  });

  it('matches words outside ASCII as whole characters', () => {
    expect(holding('київ')).toEqual([3]);
    expect(holding('иї')).toEqual([3]);
  });

  it('never matches across two entries', () => {
    // "ostrava" ends entry 1, "kyiv" opens entry 3 after an empty entry.
    expect(holding('avakyiv')).toEqual([]);
    expect(holding('ostravakyiv')).toEqual([]);
  });

  it('gives every entry its words back, empty ones included', () => {
    expect([0, 1, 2, 3, 4].map((i) => words.wordsOf(i))).toEqual([
      'svetly byt zabreh',
      'developer ostrava',
      '',
      'kyiv київ',
      'zabrehova',
    ]);
  });

  it('lets every entry match when no word is asked for', () => {
    expect(holding()).toEqual([0, 1, 2, 3, 4]);
  });

  it('refuses more or fewer lines than entries', () => {
    const more = SearchWords.collector(1);
    const fewer = SearchWords.collector(2);
    fewer.add(Buffer.from(' a\n'));

    expect(() => more.add(Buffer.from(' a\n b\n'))).toThrow(RangeError);
    expect(() => fewer.finish()).toThrow(RangeError);
  });
});

describe('a catalogue read from a snapshot larger than one decompressed block', () => {
  it('finds words in every entry, wherever the blocks end', async () => {
    // About 3 MB of words: several blocks of 1 MB, so entries sit on both sides of their borders.
    const listings: Listing[] = Array.from({ length: 1500 }, (_, n) => {
      const draft = rentalDraft(n);
      return {
        ...draft,
        description: `${'filler'.repeat(300)} unique${n}marker ${'x'.repeat(n % 7)}`,
        status: 'active',
        firstSeenAt: T0.toISOString(),
        lastSeenAt: T0.toISOString(),
        contentHash: 'a'.repeat(64),
      };
    });
    const catalogue = await decodeCatalogue(encodeCatalogue('rental', listings.map(toCatalogueEntry), T0), 'rental');

    const found = [0, 377, 1499].map((n) =>
      catalogue
        .query({ kind: 'rental', sort: 'newest', filters: { words: [`unique${n}marker`] }, limit: 5, now: T0 })
        .items.map((l) => l.id),
    );
    const all = catalogue.all();

    expect(found).toEqual([[listings[0]!.id], [listings[377]!.id], [listings[1499]!.id]]);
    expect(all.map((entry) => entry.searchWords)).toEqual(listings.map((l) => toCatalogueEntry(l).searchWords));
  });

  it('reads a snapshot whose last line ends in a newline', async () => {
    const entry = toCatalogueEntry({
      ...rentalDraft(1),
      status: 'active',
      firstSeenAt: T0.toISOString(),
      lastSeenAt: T0.toISOString(),
      contentHash: 'a'.repeat(64),
    });
    const { searchWords, ...card } = entry;
    const body = gzipSync(
      [
        JSON.stringify({ format: 3, kind: 'rental', builtAt: T0.toISOString(), count: 1 }),
        JSON.stringify(card),
        ` ${searchWords}`,
        '',
      ].join('\n'),
    );

    const catalogue = await decodeCatalogue(body, 'rental');

    expect(catalogue.all()[0]!.searchWords).toBe(searchWords);
  });
});

describe('a catalogue read from a stream of small pieces', () => {
  it('reads the same entries and words as from one buffer', async () => {
    const listings: Listing[] = Array.from({ length: 40 }, (_, n) => ({
      ...rentalDraft(n),
      status: 'active',
      firstSeenAt: T0.toISOString(),
      lastSeenAt: T0.toISOString(),
      contentHash: 'a'.repeat(64),
    }));
    const body = encodeCatalogue('rental', listings.map(toCatalogueEntry), T0);
    async function* pieces() {
      for (let at = 0; at < body.length; at += 37) yield body.subarray(at, at + 37);
    }

    const streamed = await decodeCatalogue(pieces(), 'rental');
    const whole = await decodeCatalogue(body, 'rental');

    expect(streamed.all()).toEqual(whole.all());
    expect(streamed.all()).toHaveLength(40);
  });
});

describe('SearchWords.matcher with the search terms of a query', () => {
  it.each([
    ['studio', 'pronajem garsoniery ostrava poruba', true],
    ['studio', 'pronajem bytu 1+kk 28 m2', true],
    ['studio', 'pronajem bytu 2+kk', false],
    ['one-bedroom', 'pronajem bytu 2+1 zabreh', true],
    ['room', 'pronajem pokoje v byte', true],
    ['garage', 'pronajem garaze hrabuvka', true],
    ['studio poruba', 'garsoniera zabreh', false],
  ])('"%s" against "%s": %s', (q, line, found) => {
    expect(SearchWords.of([line]).matcher(searchTerms(q))(0)).toBe(found);
  });
});
