/**
 * True for a Czech company registration number (IČO) with a valid check digit: 8 digits, the weighted
 * sum of the first seven (weights 8…2) mod 11 decides the last (11 − r, with 10 → 0 and 11 → 1).
 */
export function isValidIco(ico: string): boolean {
  if (!/^\d{8}$/.test(ico)) return false;
  const digits = [...ico].map(Number);
  const sum = digits.slice(0, 7).reduce((total, digit, i) => total + digit * (8 - i), 0);
  const check = (11 - (sum % 11)) % 10;
  return digits[7] === check;
}
