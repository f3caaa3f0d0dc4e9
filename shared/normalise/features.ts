import { foldText } from '../text/fold-text';

export type Furnished = 'yes' | 'partly' | 'no';

/**
 * Furnishing from Czech words and portal codes: "vybavený"/"zařízený", "částečně", "nevybavený",
 * bezrealitky VYBAVENY / CASTECNE / NEVYBAVENY, sreality's 1 (yes) / 2 (no) / 3 (partly).
 */
export function normaliseFurnished(value: string | number | boolean | undefined | null): Furnished | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return ({ 1: 'yes', 2: 'no', 3: 'partly' } as const)[value];
  const text = foldText(value).replace(/_/g, ' ');
  if (/castecn|partly|partial/.test(text)) return 'partly';
  // A value that answers first and says more after ("Ano, kompletně", "Ne, jen kuchyňská linka") is that answer.
  if (/nevybav|nezariz|not equipped|unfurnished|^(?:ne|no|false)\b/.test(text)) return 'no';
  if (/vybav|zariz|equipped|furnished|^(?:ano|yes|true)\b/.test(text)) return 'yes';
  return undefined;
}

/** A yes/no attribute from a boolean, 1/0, "ano"/"ne", "yes"/"no"; anything else is unknown. */
export function normaliseYesNo(value: string | number | boolean | undefined | null): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== 'string') return undefined;
  const text = foldText(value);
  if (/^(ano|yes|true|1|je|s vytahem)$/.test(text)) return true;
  if (/^(ne|no|false|0|neni|bez vytahu)$/.test(text)) return false;
  return undefined;
}

// Right after a class letter: a second one joined by a dash, "nebo", "or", "až" or "či".
const OTHER_CLASS = /^\s*(?:[-–]|nebo|or|až|či)\s*[a-g](?!\p{L})/iu;

/**
 * The energy class letter (PENB, průkaz energetické náročnosti budovy: the building's energy certificate,
 * A best to G worst) from "G", "F - Velmi nehospodárná", "Třída G - Mimořádně nehospodárná", "PENB: B",
 * "penb_b", "PENBC"; undefined when none stands out.
 */
export function normaliseEnergyClass(
  value: string | undefined | null,
): 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | undefined {
  if (!value) return undefined;
  // The first letter a–g with no letter either side, or right after a label glued to it ("PENBC", "classB").
  // Read unfolded: folding made "č." (číslo, of a decree's number) a "c" on its own. A letter beside a
  // slash is no class: "N/A" is not available, "B/C" two classes.
  const text = value.normalize('NFC');
  const match = /(?:^|[^\p{L}/]|penb|t[rř][ií]da|class|energy)([a-g])(?=$|[^\p{L}/])/iu.exec(text);
  // Two classes offered as a range or a choice ("C - D", "C nebo D", "B or C") are not guessed.
  if (!match || OTHER_CLASS.test(text.slice(match.index + match[0].length))) return undefined;
  return match[1]!.toUpperCase() as 'A';
}
