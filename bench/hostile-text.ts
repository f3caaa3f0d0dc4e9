import { htmlToPlainText } from '../shared/normalise/clean-text';
import { moneyInText } from '../shared/normalise/money-in-text';
import { round } from './stats';

/** Hostile descriptions a portal could send, as a function of a repeat count. */
const INPUTS: { input: string; make: (n: number) => string; read: (text: string) => unknown }[] = [
  { input: 'HTML: tags never closed ("<a <a …")', make: (n) => `<p>Byt</p>${'<a '.repeat(n)}`, read: htmlToPlainText },
  { input: 'HTML: "<" opening no tag ("<5 <5 …")', make: (n) => `<p>Byt</p>${'<5 '.repeat(n)}`, read: htmlToPlainText },
  { input: 'HTML: list items never closed', make: (n) => `<p>Byt</p>${'<li'.repeat(n)}`, read: htmlToPlainText },
  { input: 'HTML: comments never closed', make: (n) => `<p>Byt</p>${'<!--'.repeat(n)}`, read: htmlToPlainText },
  {
    input: 'HTML: a script\'s end tags never closed ("</script</script …")',
    make: (n) => `<p>Byt</p><script>${'</script'.repeat(n)}`,
    read: htmlToPlainText,
  },
  { input: 'HTML: quoted values never closed', make: (n) => `<p>Byt</p>${'<a b="'.repeat(n)}`, read: htmlToPlainText },
  {
    input: 'money: a clause padded with spaces before its zero',
    make: (n) => `Provize:${' '.repeat(n)}0 Kč`,
    read: (text) => moneyInText(text, 12_500),
  },
  {
    input: 'money: a run of digits (each start of an amount once scanned the rest of the run)',
    make: (n) => `Kauce ${'1'.repeat(n)} Kč`,
    read: (text) => moneyInText(text, 12_500),
  },
  {
    input: 'money: dates and deadlines over and over ("1. 1. do 5 dnů max. 2 osoby …")',
    make: (n) => `Poplatky 3 000 Kč ${'1. 1. do 5 dnů max. 2 osoby '.repeat(Math.ceil(n / 28))}`,
    read: (text) => moneyInText(text, 12_500),
  },
];

/**
 * Milliseconds to read each hostile input at n and at 2n repeats (n = 200,000; best of 3 runs) and their
 * ratio: about 2 when the time grows linearly with the input, about 4 when quadratic (each "<" scanning
 * to the end took 15-22 s on 200 KB before). A figure, not a test: wall times on a shared machine vary.
 */
export function benchHostileText(n = 200_000): { input: string; msAtN: number; msAt2N: number; ratio: number }[] {
  const best = (read: (text: string) => unknown, text: string) => {
    let fastest = Infinity;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      read(text);
      fastest = Math.min(fastest, performance.now() - started);
    }
    return fastest;
  };
  return INPUTS.map(({ input, make, read }) => {
    const msAtN = best(read, make(n));
    const msAt2N = best(read, make(2 * n));
    return { input, msAtN: round(msAtN, 2), msAt2N: round(msAt2N, 2), ratio: round(msAt2N / Math.max(msAtN, 0.01), 2) };
  });
}
