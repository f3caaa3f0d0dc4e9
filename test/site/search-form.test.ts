import { activeFilters, searchFailureText } from '../../site/search-form';
import { ApiRefusal } from '../../site/api-client';
import { freshnessLines } from '../../site/freshness';
import { isPhotoUrl, photoAlt } from '../../site/photos';

describe('activeFilters', () => {
  it('names each filter set with its unit, and leaves the sort out', () => {
    const params = new URLSearchParams({
      kind: 'rental',
      q: 'studio',
      maxRent: '15000',
      disposition: '1+kk',
      pets: 'true',
      sort: 'price',
    });

    expect(activeFilters('rental', params)).toEqual([
      'Words: studio',
      'Max rent: 15,000 CZK/month',
      'Layout: 1+kk (studio)',
      'Pets allowed',
    ]);
  });

  it('is empty when no filter is set', () => {
    expect(activeFilters('job', new URLSearchParams({ kind: 'job', sort: 'salary' }))).toEqual([]);
  });
});

describe('freshnessLines', () => {
  const run = (finishedAt: string, outcome: string) => ({ finishedAt, outcome });

  it('says when each enabled source of the kind was refreshed, failing since when, or that it was not read yet', () => {
    const sources = [
      {
        name: 'sreality',
        kind: 'rental' as const,
        label: 'Sreality',
        enabled: true,
        lastRuns: [run('2026-11-30T12:00:00Z', 'complete')],
      },
      {
        name: 'idnes',
        kind: 'rental' as const,
        label: 'Reality iDNES',
        enabled: true,
        lastRuns: [
          run('2026-11-30T12:00:00Z', 'failed'),
          run('2026-11-29T12:00:00Z', 'blocked'),
          run('2026-11-28T12:00:00Z', 'complete'),
        ],
      },
      { name: 'ulovdomov', kind: 'rental' as const, label: 'UlovDomov', enabled: true, lastRuns: [] },
      { name: 'careers', kind: 'rental' as const, label: 'Off', enabled: false, lastRuns: [] },
      { name: 'mpsv', kind: 'job' as const, label: 'Úřad práce', enabled: true, lastRuns: [] },
    ];

    expect(freshnessLines(sources, 'rental')).toEqual([
      'Sreality: refreshed 30 November 2026',
      'Reality iDNES: failing since 29 November 2026',
      'UlovDomov: not read yet',
    ]);
  });
});

describe('isPhotoUrl', () => {
  it.each([
    ['https://d18-a.sdn.cz/d_18/c_img_QO_Hd7/kYGBbQ.jpeg?fl=res,400,300,3', true],
    ['https://sta-reality2.1gr.cz/sta/compile/thumbs/6/b/1/x.jpg', true],
    ['https://api.bezrealitky.cz/media/cache/record_main/1.jpg', true],
    ['https://photo.ulovdomov.cz/09/56000131', true],
    ['http://d18-a.sdn.cz/x.jpg', false],
    ['https://evil.example/sdn.cz.jpg', false],
    ['https://notsdn.cz/x.jpg', false],
    ['javascript:alert(1)', false],
  ])('allows %s: %s', (url, allowed) => {
    expect(isPhotoUrl(url)).toBe(allowed);
  });
});

describe('searchFailureText', () => {
  it('says which filter the API refused (a wrong value in a shared link), not "try again later"', () => {
    expect(searchFailureText(new ApiRefusal('minRent: must be a whole number'))).toBe(
      'A filter in this address is not valid (minRent: must be a whole number). Change it under Filters, or clear the filters.',
    );
  });

  it('asks to try again later for anything else (no answer, a 5xx)', () => {
    expect(searchFailureText(new Error('listings answered 503'))).toBe(
      'The listings could not be loaded. Please try again later.',
    );
    expect(searchFailureText(new TypeError('Failed to fetch'))).toBe(
      'The listings could not be loaded. Please try again later.',
    );
  });
});

describe('photoAlt', () => {
  const flat = {
    title: 'pronájem bytu 2+kk 52 m²',
    titleEnglish: { text: '2+kk flat, 52 m², Poruba', from: 'listing-fields' },
  } as never;

  it("names a photo by the English title shown beside it, not the portal's Czech title", () => {
    expect(photoAlt(flat)).toBe('2+kk flat, 52 m², Poruba');
    expect(photoAlt(flat, 1, 3)).toBe('Photo 1 of 3: 2+kk flat, 52 m², Poruba');
  });
});
