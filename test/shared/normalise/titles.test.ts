import { normaliseJob } from '../../../shared/normalise/normalise-job';
import { normaliseRental } from '../../../shared/normalise/normalise-rental';

// A source's title is text, but some send it with tags or entities, as their descriptions: a tag made the
// whole listing invalid ("must be plain text, not HTML") and an entity was shown as written ("&amp;").
const TITLES: [string, string, string][] = [
  ['a tag', 'Pronájem bytu 2+kk <b>Poruba</b>', 'Pronájem bytu 2+kk Poruba'],
  ['entities', 'Pronájem bytu 2+kk &amp; garáž,&nbsp;Poruba', 'Pronájem bytu 2+kk & garáž, Poruba'],
  ['an escaped tag', 'Pronájem bytu 2+kk &lt;b&gt;Poruba', 'Pronájem bytu 2+kk ‹b>Poruba'],
  ['a line break', 'Pronájem bytu 2+kk<br>Poruba', 'Pronájem bytu 2+kk Poruba'],
  ['a "<" that opens no tag', 'Pronájem bytu 2+kk < 15 000 Kč', 'Pronájem bytu 2+kk < 15 000 Kč'],
  ['plain text', 'R&D byt 2+kk\n Poruba', 'R&D byt 2+kk Poruba'],
  ['a control character', 'Pronájem bytu\u0008 2+kk\u007fPoruba', 'Pronájem bytu 2+kk Poruba'],
];

describe('titles sent with markup', () => {
  const rental = {
    source: 'ulovdomov',
    sourceId: '1',
    url: 'https://www.ulovdomov.cz/inzerat/x/1',
    city: 'Ostrava',
    parts: ['Poruba'],
    rent: 15000,
  };
  const job = {
    source: 'startupjobs',
    sourceId: '1',
    url: 'https://www.startupjobs.cz/nabidka/1',
    city: 'Ostrava',
    description: 'We are looking for a developer.',
  };

  it.each(TITLES)('reads a rental title with %s as text', (_why, title, expected) => {
    expect(normaliseRental({ ...rental, title }).title).toBe(expected);
  });

  it.each(TITLES)('reads a job title with %s as text', (_why, title, expected) => {
    expect(normaliseJob({ ...job, title }).title).toBe(expected);
  });

  it('keeps a listing whose description holds a control character', () => {
    expect(normaliseRental({ ...rental, title: 'Byt 2+kk', description: 'Byt\u0007 v Porubě&#x7f;' }).description).toBe(
      'Byt v Porubě',
    );
  });

  it.each([
    ['Tom &amp; Jerry s.r.o.', 'Tom & Jerry s.r.o.'],
    ['<b>Acme</b> a.s.', 'Acme a.s.'],
    ['<br>', undefined],
  ])("reads a job's company %j as %j", (company, expected) => {
    expect(normaliseJob({ ...job, title: 'Developer', company }).company).toBe(expected);
  });

  it.each([
    ['only a tag', '<b></b>'],
    ['only spaces and a comment', ' <!-- x --> '],
  ])('rejects a title of %s as no title', (_why, title) => {
    expect(() => normaliseRental({ ...rental, title })).toThrow('the listing has no title');
    expect(() => normaliseJob({ ...job, title })).toThrow('the job has no title');
  });
});
