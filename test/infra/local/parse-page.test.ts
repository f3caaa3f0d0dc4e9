import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSavedPage } from '../../../infra/local/parse-page';
import { ParseError } from '../../../shared/errors';
import { adapters } from '../../../shared/sources/adapters';

const fixture = (source: string, file: string) => readFileSync(join(__dirname, '../../fixtures', source, file), 'utf8');

describe('parseSavedPage', () => {
  it('reads a list page: its listings, its skipped records with their reasons, its declared total and next page', () => {
    const parsed = parseSavedPage(adapters.idnes!, fixture('idnes', 'list-byty.html'));

    expect(parsed).toMatchObject({
      page: 'list',
      declaredTotal: 14,
      next: { url: 'https://reality.idnes.cz/s/pronajem/byty/moravskoslezsky-kraj/?page=1' },
    });
    expect(parsed.listings).toHaveLength(10);
  });

  it('gives every skipped record its reason', () => {
    const parsed = parseSavedPage(adapters.sreality!, fixture('sreality', 'real-shapes/search-units-and-sales.json'));

    expect(parsed.skipped).toEqual([{ sourceId: '2900000202', reason: 'a sale, not a rental (offerType)' }]);
    expect(parsed.listings).toHaveLength(3);
  });

  it('reads a detail page as the listing its URL names', () => {
    const url = 'https://reality.idnes.cz/detail/pronajem/byt/ostrava-hlavni-trida/6b0000000000000000000000/';

    const parsed = parseSavedPage(adapters.idnes!, fixture('idnes', 'detail-6b0000000000000000000000.html'), url);

    expect(parsed).toMatchObject({
      page: 'detail',
      listings: [{ id: 'idnes:6b0000000000000000000000', url, floor: 0 }],
    });
  });

  it('reads a saved detail page without a URL, titled by the page itself', () => {
    const parsed = parseSavedPage(adapters.sreality!, fixture('sreality', 'real-shapes/detail-codebooks.json'));

    expect(parsed).toMatchObject({
      page: 'detail',
      listings: [{ id: 'sreality:2900000101', title: 'Pronájem bytu 2+1 58 m²' }],
    });
  });

  it('reports a detail page whose listing is gone', () => {
    const url = 'https://www.bezrealitky.cz/nemovitosti-byty-domy/9150001-nabidka-pronajem-bytu-horni-ostrava';

    expect(parseSavedPage(adapters.bezrealitky!, fixture('bezrealitky', 'detail-withdrawn.html'), url)).toMatchObject({
      page: 'detail',
      listings: [],
      gone: true,
    });
  });

  it("reports the detail parser's own error for a detail page it cannot read", () => {
    const url = 'https://reality.idnes.cz/detail/pronajem/byt/ostrava/6b00000000000000000000ff/';

    expect(() =>
      parseSavedPage(adapters.idnes!, fixture('idnes', 'detail-6b0000000000000000000001.html'), url),
    ).toThrow(/another listing/);
  });

  it('says why a body is neither a list nor a detail page', () => {
    expect(() => parseSavedPage(adapters.sreality!, fixture('sreality', 'hostile-changed-layout.json'))).toThrow(
      ParseError,
    );
    expect(() => parseSavedPage(adapters.sreality!, fixture('sreality', 'hostile-changed-layout.json'))).toThrow(
      /neither a list page .* nor a detail page/,
    );
  });
});
