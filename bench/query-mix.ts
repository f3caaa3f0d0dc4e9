/** A realistic mix of GET /listings queries: what the site sends, by how people search. */
export const queryMix: readonly { name: string; query: string }[] = [
  { name: 'rentals, newest', query: 'kind=rental' },
  { name: 'rentals ≤15k 2+kk', query: 'kind=rental&maxRent=15000&disposition=2%2Bkk' },
  { name: 'rentals by price', query: 'kind=rental&sort=price' },
  { name: 'rentals English', query: 'kind=rental&english=true' },
  { name: 'rentals q=poruba', query: 'kind=rental&q=poruba' },
  { name: 'rentals ≤3 km by dist.', query: 'kind=rental&maxDistanceKm=3&sort=distance' },
  { name: 'rentals 3+kk/3+1 ≥60m² pets', query: 'kind=rental&disposition=3%2Bkk,3%2B1&minArea=60&pets=true' },
  { name: 'jobs, newest', query: 'kind=job' },
  { name: 'jobs English, no Czech', query: 'kind=job&english=true&czechNotRequired=true' },
  { name: 'jobs q=developer', query: 'kind=job&q=developer' },
  { name: 'jobs ≥50k by salary', query: 'kind=job&minSalary=50000&sort=salary' },
  { name: 'jobs remote, 7 days', query: 'kind=job&workplace=remote&postedWithinDays=7' },
];
