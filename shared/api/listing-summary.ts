import type { ListingCard } from '../catalogue/listing-card';

/** One line in English with the facts a reader decides on: "2+kk, 52 m², 16,900 CZK/month + fees 3,000; Ostrava-Poruba". */
export function listingSummary(card: ListingCard): string {
  const place = [card.location.municipality, card.location.district].filter(Boolean).join('-');
  const czk = (value: number) => `${value.toLocaleString('en-GB')} CZK`;
  if (card.kind === 'rental') {
    const rent =
      card.rentCzk === undefined
        ? 'rent not stated'
        : `${czk(card.rentCzk)}/month${card.feesCzk === undefined ? '' : ` + fees ${czk(card.feesCzk)}`}`;
    return (
      [card.disposition, card.areaM2 === undefined ? undefined : `${card.areaM2} m²`, rent].filter(Boolean).join(', ') +
      `; ${place}`
    );
  }
  const { monthlyCzkMin: min, monthlyCzkMax: max } = card.salary ?? {};
  const pay =
    max !== undefined
      ? min !== undefined && min !== max
        ? `${czk(min)}–${czk(max)}/month`
        : `up to ${czk(max)}/month`
      : min !== undefined
        ? `from ${czk(min)}/month`
        : 'salary not stated';
  return [card.company, pay].filter(Boolean).join(', ') + `; ${place}`;
}
