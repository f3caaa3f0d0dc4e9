import { ownWarnings } from '../../../shared/listing/warning-signs';
import type { Listing } from '../../../shared/listing/schema';
import { jobDraft, rentalDraft } from '../../support/listing-drafts';

const PHOTO = ['https://d18-a.sdn.cz/d_18/c_img_QO_Jq/abc.jpeg'];
const rental = (description: string, images = PHOTO) =>
  ({ ...rentalDraft(1), description, images }) as unknown as Listing;

describe('ownWarnings', () => {
  it.each([
    ['Byt pronajímám, protože momentálně pracuji v zahraničí a nemohu byt ukázat osobně.', /live abroad/],
    ['Majitel žije v zahraničí, komunikace pouze e-mailem.', /live abroad/],
    ["I'm currently working abroad, so I cannot show you the flat.", /live abroad/],
    ['The owner lives abroad.', /live abroad/],
    ['Kauci je nutné zaplatit předem, ještě před prohlídkou bytu.', /before the flat is viewed/],
    ['Před prohlídkou prosím zašlete zálohu 10 000 Kč.', /before the flat is viewed/],
    ['You need to pay the first month before the viewing.', /before the flat is viewed/],
    ['Please send the deposit via Western Union.', /money-transfer/],
    ['Kauci pošlete přes MoneyGram.', /money-transfer/],
    ['Klíče vám pošlu kurýrem po zaplacení kauce.', /keys by post/],
    ['After payment I will send you the keys.', /keys by post/],
    ['Žiji v zahraničí, byt ukáže kamarád.', /live abroad/],
    ['Zaplaťte kauci před prohlídkou.', /before the flat is viewed/],
    ['Uhraďte první nájem ještě před prohlídkou.', /before the flat is viewed/],
    ['Převeďte zálohu před převzetím klíčů.', /before the flat is viewed/],
  ])('flags "%s"', (description, meaning) => {
    const warnings = ownWarnings(rental(description));

    expect(warnings).toEqual([{ sign: 'suspicious-wording', reason: expect.stringMatching(meaning) }]);
    expect(warnings[0]!.reason).toContain(description.slice(0, 20));
  });

  it.each([
    'Kauce je splatná při podpisu smlouvy, po prohlídce bytu.',
    'Prohlídka možná kdykoliv po domluvě.',
    'Majitel žije v Ostravě a byt rád ukáže.',
    'Byt je vhodný i pro zahraniční studenty a pracovníky ze zahraničí.',
    'Payment of the deposit after the viewing, at the signing of the contract.',
    'Ideal for people moving from abroad.',
    'Klíče předá majitel při podpisu smlouvy.',
    'Western-facing balcony with a view of the Union square.',
  ])('does not flag the look-alike "%s"', (description) => {
    expect(ownWarnings(rental(description))).toEqual([]);
  });

  it('flags a rental with no photos, and nothing for a job', () => {
    expect(ownWarnings(rental('Pěkný byt.', []))).toEqual([
      { sign: 'no-photos', reason: expect.stringMatching(/no photos/) },
    ]);
    expect(ownWarnings({ ...jobDraft(1), images: [] } as unknown as Listing)).toEqual([]);
  });

  it('reads the English description too', () => {
    const listing = {
      ...rental('Byt v centru.'),
      descriptionEnglish: {
        from: 'machine-translation',
        text: 'Send the deposit by Western Union.',
        numberMismatches: [],
      },
    } as Listing;

    expect(ownWarnings(listing).map((w) => w.sign)).toEqual(['suspicious-wording']);
  });
});
