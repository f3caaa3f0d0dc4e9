import { foldText } from '../../text/fold-text';
import type { Codebook } from './sreality-schema';

/*
 * sreality v1 codebook values ({name, value}). Value 0, or a name starting with "-" ("- nezadáno",
 * "- vyber možnost"), means the advertiser left the field empty: unknown, never "no".
 */

/** The codebook's name when the field is filled in; undefined for "not stated". */
export function statedName(codebook: Codebook | null | undefined): string | undefined {
  if (!codebook || codebook.value === 0 || codebook.value === '0') return undefined;
  const name = codebook.name?.trim();
  return name && !name.startsWith('-') ? name : undefined;
}

/**
 * A yes/no field, whichever way sreality sends it: a boolean (`balcony`), a number, or a codebook
 * (`elevator` {"name":"Ano","value":1} / {"name":"Ne","value":2}). "Ano"/"Ne" as words for the
 * portal's wording, values 1/2 as sent when the name is missing. Undefined when not stated.
 */
export function yesNo(field: boolean | number | Codebook | null | undefined): boolean | undefined {
  if (typeof field === 'boolean') return field;
  if (typeof field === 'number') return field > 0;
  if (!field) return undefined;
  const name = statedName(field);
  if (name !== undefined) {
    const folded = foldText(name);
    if (/^(ano|yes)\b/.test(folded)) return true;
    if (/^(ne|no)\b/.test(folded)) return false;
  }
  return field.value === 1 ? true : field.value === 2 ? false : undefined;
}

/** True if any stated field says yes, false if all stated ones say no, undefined if none is stated. */
export function anyYes(...fields: (boolean | number | Codebook | null | undefined)[]): boolean | undefined {
  const answers = fields.map(yesNo).filter((answer) => answer !== undefined);
  if (answers.length === 0) return undefined;
  return answers.some(Boolean);
}

/** Furnishing: the codebook's name ("Ano", "Ne", "Částečně"), else its value (1 yes, 2 no, 3 partly). */
export function furnished(
  field: Codebook | number | boolean | null | undefined,
): string | number | boolean | undefined {
  if (field === null || field === undefined || typeof field !== 'object') return field ?? undefined;
  const name = statedName(field);
  if (name === undefined) return undefined;
  return /^ano$/i.test(name)
    ? 'vybavený'
    : /^ne$/i.test(name)
      ? 'nevybavený'
      : typeof field.value === 'number'
        ? field.value
        : name;
}

/** What the advert offers, from `category_type_cb` (1 Prodej, 2 Pronájem, 3 Dražba, 4 Podíly). */
export function offerType(codebook: Codebook | null | undefined): 'rent' | 'sale' | 'other' | undefined {
  const name = statedName(codebook);
  if (name === undefined) return codebook?.value === 2 ? 'rent' : codebook?.value === 1 ? 'sale' : undefined;
  const folded = foldText(name);
  return /pronajem/.test(folded) ? 'rent' : /prodej/.test(folded) ? 'sale' : 'other';
}
