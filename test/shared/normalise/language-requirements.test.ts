import fc from 'fast-check';
import { evaluateLanguageSet, loadLabelledAds } from '../../../bench/language-evaluation';
import { assessLanguages } from '../../../shared/normalise/language-requirements';

describe('assessLanguages', () => {
  it.each([
    ['Czech is an advantage but not a must.', 'advantage'],
    ['čeština výhodou', 'advantage'],
    ['Znalost ČJ podmínkou.', 'required'],
    ['Plynulá čeština nutná.', 'required'],
    ['Czech required.', 'required'],
    ['Czech not required.', 'not-needed'],
    ['No Czech needed.', 'not-needed'],
    ['Vhodné i pro cizince bez znalosti češtiny.', 'not-needed'],
    ['Čeština a angličtina slovem i písmem.', 'required'],
    ['Czech and English are required.', 'required'],
    ['Czech is mandatory, English is an advantage.', 'required'],
    ['Angličtina podmínkou, čeština výhodou.', 'advantage'],
    ['We build software for logistics.', 'unknown'],
  ])('reads Czech in %j as %s', (text, czech) => {
    expect(assessLanguages({ text }).languages.czech).toBe(czech);
  });

  it.each([
    ['AJ slovem i písmem', 'required'],
    ['angličtina B2', 'required'],
    ['German and English', 'required'],
    ['Angličtina výhodou.', 'advantage'],
    ['Fluent English is a must.', 'required'],
    ['Týmový jazyk je angličtina.', 'required'],
  ])('reads English in %j as %s', (text, english) => {
    expect(assessLanguages({ text }).languages.english).toBe(english);
  });

  it('quotes the sentence that decided, and says the ad is in English', () => {
    const result = assessLanguages({ text: 'We are hiring a Java developer for our Ostrava office. Czech is a plus, not a requirement. Great team.' });

    expect(result.englishFriendly).toBe(true);
    expect(result.englishSignals).toEqual([
      { reason: 'the ad is written in English' },
      { reason: 'Czech is an advantage', evidence: 'Czech is a plus, not a requirement.' },
    ]);
  });

  it('is not English-friendly for an English ad that requires Czech', () => {
    expect(assessLanguages({ text: 'Customer care specialist – fluent Czech and English are required.' })).toMatchObject({ englishFriendly: false, languages: { czech: 'required', english: 'required' } });
  });

  it('lets a stricter structured statement of the source win over the text', () => {
    const result = assessLanguages({ text: 'Czech is an advantage.', stated: { czech: 'required' } });

    expect(result.languages.czech).toBe('required');
    expect(result.englishSignals).toContainEqual({ reason: 'Czech is required (stated by the source)' });
  });

  it('meets the targets on the labelled set: precision ≥ 0.95, recall ≥ 0.90 for English-friendly', () => {
    const ads = loadLabelledAds();

    const result = evaluateLanguageSet(ads);

    expect(ads.length).toBeGreaterThanOrEqual(150);
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('only ever returns an assessment', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, text) => {
        const result = assessLanguages({ title, text });
        expect(typeof result.englishFriendly).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});
