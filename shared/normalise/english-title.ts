import type { TitleEnglish } from '../listing/schema';
import { foldText } from '../text/fold-text';
import { professionName } from './profession-names';

export interface RentalTitleFacts {
  /** The original title, for what only it says (a studio is "garsoniéra"). */
  title: string;
  propertyType: 'flat' | 'house' | 'room';
  disposition?: string;
  areaM2?: number;
  location: { municipality: string; district?: string };
}

/**
 * A rental's English title from its structured fields, never from translating its words:
 * "2+kk flat, 52 m², Poruba", "Studio (garsoniéra), 24 m², Vítkovice", "Room, 14 m², Ostrava",
 * "4+1 house, 130 m², Háj ve Slezsku". Unknown parts are left out, never guessed.
 */
export function rentalTitleEnglish(facts: RentalTitleFacts): TitleEnglish {
  const area = facts.areaM2 === undefined ? undefined : `${formatArea(facts.areaM2)} m²`;
  return { text: [kindOf(facts), area, placeOf(facts.location)].filter(Boolean).join(', '), from: 'listing-fields' };
}

function kindOf({ title, propertyType, disposition }: RentalTitleFacts): string {
  const folded = foldText(title);
  if (propertyType === 'room' || disposition === 'room')
    return /spolubydl/.test(folded) ? 'Room in a shared flat' : 'Room';
  if (propertyType === 'house') return disposition && disposition !== 'atypical' ? `${disposition} house` : 'House';
  if (/garsonier|garsonk/.test(folded)) return 'Studio (garsoniéra)';
  if (disposition === 'atypical') return 'Flat (atypical layout)';
  return disposition ? `${disposition} flat` : 'Flat';
}

// Ostrava's parts are known by their own names ("Poruba"); elsewhere the town comes after its part.
function placeOf(location: { municipality: string; district?: string }): string {
  if (!location.district || location.district === location.municipality) return location.municipality;
  return location.municipality === 'Ostrava' ? location.district : `${location.district}, ${location.municipality}`;
}

function formatArea(m2: number): string {
  return Number.isInteger(m2) ? String(m2) : m2.toFixed(1);
}

/**
 * A job's English title: the original when the ad is written in English; else the English name of the
 * profession the source classifies it as (CZ-ISCO, see professionName); else, until a translation is
 * made (see translateListing), the original marked "not-translated".
 */
export function jobTitleEnglish(input: { title: string; language?: string; iscoCode?: string }): TitleEnglish {
  if (input.language === 'en') return { text: input.title, from: 'original' };
  const profession = professionName(input.iscoCode);
  if (profession) return { text: profession, from: 'profession' };
  return { text: input.title, from: 'not-translated' };
}
