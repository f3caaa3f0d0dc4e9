import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeTestDataRoot } from '../../support/test-data-root';
import { readFigures } from './figures';

/** Prints the report and writes it to reliability-results.json (the README quotes the latest). */
export default function globalTeardown(): void {
  const figures = readFigures();
  removeTestDataRoot();
  if (figures.length === 0) return;
  const lost = figures.reduce((sum, figure) => sum + (figure.listingsLost ?? 0), 0);
  const tried = figures.reduce((sum, figure) => sum + (figure.tried ?? 0), 0);
  console.log('\nreliability report');
  console.table(
    figures.map((f) => ({
      area: f.area,
      check: f.check,
      result: f.result,
      tried: f.tried ?? '',
      'listings lost': f.listingsLost ?? '',
    })),
  );
  console.log(`inputs and requests tried: ${tried.toLocaleString('en')}; listings lost: ${lost}\n`);
  writeFileSync(
    join(__dirname, '../../../reliability-results.json'),
    `${JSON.stringify({ at: new Date().toISOString(), listingsLost: lost, tried, figures }, null, 2)}\n`,
  );
}
