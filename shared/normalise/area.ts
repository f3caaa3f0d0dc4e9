import { cleanText } from './clean-text';

/** Area in m² from "52 m²", "52m2", "52,5 m2" or a number; undefined when absent or implausible. */
export function parseAreaM2(value: string | number | undefined | null): number | undefined {
  if (value === undefined || value === null) return undefined;
  const number =
    typeof value === 'number'
      ? value
      : (() => {
          // Thousands with a space or a dot ("1 250 m²", "1.250 m²"); a number is read whole, never its
          // last digits ("1.054 m²" was 54), and a range ("50-60 m²") states no one area.
          const text = cleanText(value).replace(/(\d)[ .](\d{3})(?!\d)/g, '$1$2');
          const match = /(?<![\d.,]|\d\s*[-–]\s*)(\d{1,5}(?:[.,]\d{1,2})?)\s*(?:m²|m2|m\^2|㎡|metr)/i.exec(text);
          return match ? Number(match[1]!.replace(',', '.')) : undefined;
        })();
  return number !== undefined && Number.isFinite(number) && number >= 5 && number <= 10_000 ? number : undefined;
}
