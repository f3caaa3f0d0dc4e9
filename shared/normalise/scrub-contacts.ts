// Phone numbers as Czech ads write them: +420 777 123 456, 777123456, 777 12 34 56, (+420) 596 123 456.
const PHONE = /(?:\(?\+\s?4[12]\d\)?[\s.-]?)?(?<!\d)\d{3}[\s.-]?\d{2,3}[\s.-]?\d{2,3}(?:[\s.-]?\d{2})?(?!\d)/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// From a contact keyword to the end of its line: "Kontakt: Ing. Jana Nováková, tel. …".
const CONTACT_LINE =
  /(^|[\s.;,])(kontakt(n[ií] osoba)?|contact( person)?|makl[eé][rř](ka)?|volejte|tel(efon)?\.?|e-?mail)\s*:[^\n]*$/gim;

/**
 * Removes personal contact data from a portal's free text before it is stored: lines that give a
 * contact, then any phone number or e-mail address left elsewhere. Names outside contact lines
 * cannot be told from other words reliably and are not touched.
 */
export function scrubContacts(text: string): string {
  return text
    .replace(CONTACT_LINE, '$1')
    .replace(EMAIL, '[contact removed]')
    .replace(PHONE, (match) => (match.replace(/\D/g, '').length >= 9 ? '[contact removed]' : match))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
