// "+ energie", "+ elektřina a plyn", "+ utilities": on top, with no amount after the word.
// The stems need no ending: the look-ahead runs over the rest of the word to any amount.
const PLUS_ENERGY = /\+\s*(?:energi|elektřin|elektrin|plyn|utilities|energy)(?![\p{L}\s]*\d)/iu;
// "energie se platí zvlášť", "energie nejsou v ceně", "elektřinu si hradí nájemce", "utilities paid separately".
const SEPARATE =
  /(?:energi\p{L}*|elektřin\p{L}*|elektrin\p{L}*|utilities|energy)\s+(?:(?:se|si|jsou|are)\s+)?(?:(?:platí|plati|hradí|hradi|paid|payable|přepisuj\p{L}*)\s+)?(?:zvlášť|zvlast|samostatně|samostatne|separately|extra|not\s+included|nejsou\s+v\s+cen[eě]|nejsou\s+zahrnut|dle\s+spotřeby|dle\s+spotreby|podle\s+spotřeby|by\s+consumption|na\s+nájemce|na\s+najemce|nájemce|najemce)/iu;

/**
 * True when a rental's price line or description says energy (electricity, gas) is paid on top of
 * rent and fees without stating how much: "12 000 Kč + energie", "energie se platí zvlášť", "utilities
 * paid separately". Pure. An amount after the word ("+ energie 2 000 Kč") is a stated fee, not this.
 */
export function isEnergyExtra(...texts: (string | undefined)[]): boolean {
  return texts.some((text) => text !== undefined && (PLUS_ENERGY.test(text) || SEPARATE.test(text)));
}
