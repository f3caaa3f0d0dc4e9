/*
 * Ostrava's postcodes (PSČ) by the city part their delivery area is centred on, for placing a job
 * whose source gives a street address with a postcode but no coordinates and no city part (the Úřad
 * práce register writes "Místecká 800/60, 70300, Ostrava"). Only the areas that are one part or lie
 * around one are listed; a postcode not here places nothing. A postcode area is not a city district,
 * so it never sets `district`: it only makes the distance more precise than the town's centre.
 * Source: Česká pošta's delivery post offices for Ostrava (Ostrava 2 = 702 00 … Ostrava 23 = 723 00;
 * 700 30 = Ostrava 30, Zábřeh and Hrabůvka); checked against the addresses in the recorded postings.
 */
export const OSTRAVA_POSTCODE_PARTS: Readonly<Record<string, string>> = {
  '70200': 'Moravská Ostrava',
  '70300': 'Vítkovice',
  '70030': 'Zábřeh',
  '70800': 'Poruba',
  '70900': 'Mariánské Hory',
  '71000': 'Slezská Ostrava',
  '71200': 'Muglinov',
  '71300': 'Heřmanice',
  '71500': 'Michálkovice',
  '71600': 'Radvanice',
  '71800': 'Kunčičky',
  '71900': 'Kunčice',
  '72000': 'Hrabová',
  '72100': 'Svinov',
  '72200': 'Třebovice',
  '72300': 'Martinov',
};

/** The five-digit postcode in an address ("…, 70300, Ostrava" or "708 00 Ostrava"), if any. */
export function postcodeIn(address: string | undefined): string | undefined {
  const found = address === undefined ? undefined : /(?:^|[\s,])(7\d{2})\s?(\d{2})(?=$|[\s,])/.exec(address);
  return found ? `${found[1]}${found[2]}` : undefined;
}
