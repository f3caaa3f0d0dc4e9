import { cleanText } from './clean-text';

/** Area in m² from "52 m²", "52m2", "52,5 m2" or a number; undefined when absent or implausible. */
export function parseAreaM2(value: string | number | undefined | null): number | undefined {
  if (value === undefined || value === null) return undefined;
  const number =
    typeof value === 'number'
      ? value
      : (() => {
          const match = /(\d{1,5}(?:[.,]\d{1,2})?)\s*(?:m²|m2|m\^2|㎡|metr)/i.exec(
            cleanText(value).replace(/(\d) (\d{3})/g, '$1$2'),
          );
          return match ? Number(match[1]!.replace(',', '.')) : undefined;
        })();
  return number !== undefined && Number.isFinite(number) && number >= 5 && number <= 10_000 ? number : undefined;
}
