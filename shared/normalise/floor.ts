import { foldText } from '../text/fold-text';

/**
 * Floors a building can have: anything outside is a portal's sentinel (ulovdomov sends 127 for "not
 * stated", the largest signed byte) or a typo, and stays unknown.
 */
const FLOOR_RANGE = { min: -5, max: 100 } as const;

/**
 * The floor above ground (0 = ground floor) from a number or the Czech words portals use:
 * "přízemí" / "zvýšené přízemí" (0), "2. patro", "2. patro (3. NP)" (2), "3. NP" (nadzemní podlaží,
 * counted from 1 at the ground: 2), "1. PP" / "suterén" (podzemní: -1). Undefined when not stated, out
 * of range, or a maisonette's two floors ("2.-3. patro", "2. a 3. patro", "přízemí / 1. patro").
 */
export function normaliseFloor(value: number | string | undefined | null): number | undefined {
  if (value === undefined || value === null) return undefined;
  const floor = typeof value === 'number' ? value : floorFromText(value);
  return floor !== undefined && Number.isInteger(floor) && floor >= FLOOR_RANGE.min && floor <= FLOOR_RANGE.max
    ? floor
    : undefined;
}

function floorFromText(text: string): number | undefined {
  const folded = foldText(text);
  if (folded === '') return undefined;
  // Two floors joined ("2. a 3. patro", "přízemí / 1. patro", "suterén / přízemí"): a maisonette, no one floor.
  if (/(?:\d\.?|prizemi|suteren)\s*(?:\/|&|\+|\b(?:a|and)\b)\s*(?:\d|(?:zvysene )?prizemi|suteren)/.test(folded))
    return undefined;
  // "přízemí" first: its explanation often follows ("přízemí (1. NP = nadzemní podlaží)").
  if (/^(zvysene )?prizemi/.test(folded)) return 0;
  if (/^(suteren|sklep)/.test(folded)) return -1;
  // A maisonette's floors ("2.-3. patro", "1–2 NP") state no one floor: unknown, as a range of areas is.
  if (/\d\.?\s*[-–]\s*\d/.test(folded)) return undefined;
  const patro = /(-?\d{1,3})\s*\.?\s*(patro|podlazi|floor)/.exec(folded);
  if (patro) return Number(patro[1]);
  const above = /(\d{1,3})\s*\.?\s*np\b/.exec(folded);
  if (above) return Number(above[1]) - 1;
  const below = /(\d{1,3})\s*\.?\s*pp\b/.exec(folded);
  if (below) return -Number(below[1]);
  const bare = /^(-?\d{1,3})$/.exec(folded);
  return bare ? Number(bare[1]) : undefined;
}
