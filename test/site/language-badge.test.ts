import type { ListingCard } from '../../site/api-client';
import { badgeReason, languageBadge } from '../../site/language-badge';

type CzechNeed = Extract<ListingCard, { kind: 'job' }>['languages']['czech'];

function listing(
  kind: 'job' | 'rental',
  englishFriendly: boolean,
  czech: CzechNeed = 'unknown',
  reasons: string[] = [],
): ListingCard {
  const common = {
    id: `demo:${kind}`,
    source: 'demo',
    url: 'https://example.org/x',
    title: 'x',
    englishFriendly,
    englishSignals: reasons.map((reason) => ({ reason })),
    location: { municipality: 'Ostrava' },
    firstSeenAt: '2026-11-01T00:00:00.000Z',
    status: 'active' as const,
  };
  return kind === 'job'
    ? { ...common, kind, employment: [], languages: { czech, english: 'unknown' } }
    : { ...common, kind, propertyType: 'flat' };
}

describe('languageBadge', () => {
  it.each([
    ['job', true, 'unknown', { text: 'English-friendly', ok: true }],
    ['job', false, 'required', { text: 'Czech required', ok: false }],
    ['job', false, 'likely-required', { text: 'Czech likely needed', ok: false }],
    ['job', false, 'not-needed', { text: 'English not confirmed', ok: false }],
    ['rental', true, undefined, { text: 'English-friendly', ok: true }],
    ['rental', false, undefined, undefined],
  ] as const)('gives a %s (English-friendly %s, Czech %s) the badge %j', (kind, friendly, czech, badge) => {
    expect(languageBadge(listing(kind, friendly, czech))).toEqual(badge);
  });

  it('never claims "Czech needed" for a flat without an English sign', () => {
    const flat = listing('rental', false);

    expect(languageBadge(flat)).toBeUndefined();
  });
});

describe('badgeReason', () => {
  it('shows the Czech verdict beside a job that is not English-friendly', () => {
    const job = listing('job', false, 'likely-required', [
      'English is required',
      'Czech is likely needed: the ad is written only in Czech',
    ]);

    expect(badgeReason(job)).toBe('Czech is likely needed: the ad is written only in Czech');
  });

  it('shows the first reason beside an English-friendly job', () => {
    const job = listing('job', true, 'unknown', ['the ad is written in English', 'English is required']);

    expect(badgeReason(job)).toBe('the ad is written in English');
  });
});
