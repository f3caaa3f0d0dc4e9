/**
 * A real-shaped partner form submission, shown `shownAgoMs` before `now`, ending 37 days after `now`
 * (within the 60-day limit; stamped from `now` so that it never expires on a fixed date).
 */
export function partnerForm(
  now: Date,
  overrides: Record<string, unknown> = {},
  shownAgoMs = 120_000,
): Record<string, unknown> {
  return {
    companyName: 'Example Engineering s.r.o.',
    companyId: '45274649',
    contactEmail: 'hr@example.org',
    title: 'Mechanical Design Engineer',
    description: 'Design rail vehicle components in CATIA. Our team works in English; Czech is not required.',
    location: { municipality: 'Ostrava', district: 'Poruba' },
    salary: { min: 60000, max: 80000, currency: 'CZK', period: 'month' },
    employment: ['full-time'],
    workplace: 'hybrid',
    languages: { czech: 'not-needed', english: 'required' },
    applyUrl: 'https://example.org/apply',
    expiresOn: new Date(now.getTime() + 37 * 86_400_000).toISOString().slice(0, 10),
    website: '',
    formShownAt: now.getTime() - shownAgoMs,
    ...overrides,
  };
}
