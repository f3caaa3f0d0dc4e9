import type { Listing, Warning } from './schema';

/*
 * Warning signs read from one rental alone (issue 20): wording that rental scams use, and no photos.
 * Each pattern names what it means, so that the reason quotes the words and says why they matter.
 * Czech and English, as scam ads in Czech portals are written in both (often machine-translated).
 * Word starts are (?<![\p{L}\d]), not \b: \b is ASCII-only even with the u flag, so "\bžiji" never matches;
 * stems stop before the letter a Czech imperative softens (zaplatit → zaplaťte, uhradit → uhraďte).
 */
const WORDING: { pattern: RegExp; meaning: string }[] = [
  {
    meaning: 'the landlord says they live abroad, so the flat cannot be viewed with them',
    pattern:
      /(?<![\p{L}\d])(?:(?:jsem|bydlím|žiji|žiju|pracuji|pracuju|momentálně|nyní)\s+(?:\p{L}+\s+)?(?:v\s+zahraničí|mimo\s+(?:českou\s+republiku|čr))|(?:majitel\p{L}*|pronajímatel\p{L}*)\s+(?:je|žije|bydlí|pracuje)\s+(?:\p{L}+\s+)?v\s+zahraničí|I\s*(?:am|'m)\s+(?:\p{L}+\s+){0,2}(?:abroad|out\s+of\s+the\s+country|(?:living|working)\s+abroad)|(?:landlord|owner)\s+(?:is|lives|works)\s+(?:\p{L}+\s+)?abroad)/iu,
  },
  {
    meaning: 'it asks for money before the flat is viewed',
    pattern:
      /(?:(?:zapla[tť]|uhra[dzď]|zaslat|zašl|pošl|posl|přev[eé][dď]|prevod|platb)\p{L}*\s+(?:\S+\s+){0,5}před\s+(?:prohlídk|prohlídn|převzet\p{L}*\s+klíč)|před\s+prohlídkou\s+(?:\S+\s+){0,4}(?:zapla[tť]|uhra[dzď]|zaslat|pošl|posl|převést|přev[eé][dď]|platb|kauc|záloh)\p{L}*|(?:pay|send|transfer|wire)\s+(?:\S+\s+){0,5}before\s+(?:the\s+|a\s+|any\s+)?(?:viewing|visit|seeing)|before\s+(?:the\s+)?viewing\s+(?:\S+\s+){0,4}(?:pay|send|transfer|deposit))/iu,
  },
  {
    meaning: 'it asks for payment by a money-transfer service that cannot be traced back',
    pattern: /\b(?:western\s+union|moneygram|ria\s+money|bitcoin|kryptoměn\p{L}*|crypto\p{L}*)\b/iu,
  },
  {
    meaning: 'it offers to send the keys by post or courier instead of a viewing',
    pattern:
      /(?:klíče?\s+(?:\p{L}+\s+){0,3}(?:pošlu|zašlu|pošleme|zašleme|kurýr\p{L}*|poštou)|(?:send|ship|post)\s+(?:you\s+)?the\s+keys|keys\s+(?:by|via)\s+(?:post|courier|mail|airbnb))/iu,
  },
];

/** The sentence (at most 200 characters) around a match, as the ad writes it. */
function quoteAround(text: string, index: number, length: number): string {
  const start = Math.max(0, ...['.', '!', '?', '\n'].map((mark) => text.lastIndexOf(mark, index) + 1));
  const ends = ['.', '!', '?', '\n'].map((mark) => text.indexOf(mark, index + length)).filter((i) => i !== -1);
  const end = ends.length > 0 ? Math.min(...ends) + 1 : text.length;
  const sentence = text.slice(start, end).trim();
  // A cut may split an emoji: its half left alone is no character (see schema.ts).
  return sentence.length <= 200 ? sentence : `${sentence.slice(0, 199).toWellFormed()}…`;
}

/**
 * The warning signs a rental shows by itself: scam wording in its description (original or English),
 * quoted with what it means, and no photos. Pure; a job has none.
 */
export function ownWarnings(
  listing: Pick<Listing, 'kind' | 'description' | 'descriptionEnglish' | 'images'>,
): Warning[] {
  if (listing.kind !== 'rental') return [];
  const warnings: Warning[] = [];
  const texts = [listing.description, listing.descriptionEnglish?.text].filter((t): t is string => t !== undefined);
  const found = WORDING.flatMap(({ pattern, meaning }) =>
    texts
      .flatMap((text) => {
        const match = pattern.exec(text);
        return match ? [`"${quoteAround(text, match.index, match[0].length)}": ${meaning}`] : [];
      })
      .slice(0, 1),
  );
  if (found.length > 0)
    warnings.push({
      sign: 'suspicious-wording',
      reason: `Wording that rental scams use: ${found.join('; ')}.`.slice(0, 400),
    });
  if (listing.images.length === 0)
    warnings.push({
      sign: 'no-photos',
      reason: 'The listing has no photos: ask for a viewing before paying anything.',
    });
  return warnings;
}

/** The listing with its own warning signs set (rentals; a job is returned as it is). */
export function withOwnWarnings<T extends Listing>(listing: T): T {
  if (listing.kind !== 'rental') return listing;
  const warnings = ownWarnings(listing);
  return warnings.length > 0 ? { ...listing, warnings } : listing;
}
