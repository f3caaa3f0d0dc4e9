import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** The budget for what the site ships: script and stylesheet together, minified. */
export const SITE_BUDGET_BYTES = 100 * 1024;

/** Builds the static site into site/dist: one bundled script, the page and the stylesheet. No CDN. */
export async function buildSite(outDir = join(__dirname, 'dist')): Promise<{ dir: string; jsBytes: number; cssBytes: number }> {
  mkdirSync(outDir, { recursive: true });
  await build({ entryPoints: [join(__dirname, 'app.ts')], bundle: true, minify: true, format: 'iife', target: 'es2022', outfile: join(outDir, 'app.js'), logLevel: 'warning' });
  await build({ entryPoints: [join(__dirname, 'styles.css')], bundle: true, minify: true, outfile: join(outDir, 'styles.css'), logLevel: 'warning' });
  copyFileSync(join(__dirname, 'index.html'), join(outDir, 'index.html'));
  return { dir: outDir, jsBytes: statSync(join(outDir, 'app.js')).size, cssBytes: statSync(join(outDir, 'styles.css')).size };
}

if (require.main === module) {
  buildSite().then(
    ({ dir, jsBytes, cssBytes }) => {
      const total = jsBytes + cssBytes;
      console.log(`site built in ${dir}: app.js ${(jsBytes / 1024).toFixed(1)} KB + styles.css ${(cssBytes / 1024).toFixed(1)} KB = ${(total / 1024).toFixed(1)} KB (budget ${SITE_BUDGET_BYTES / 1024} KB)`);
      if (total > SITE_BUDGET_BYTES) process.exit(1);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
