import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Builds the static site into site/dist: one bundled script, the page and the stylesheet. No CDN. */
export async function buildSite(outDir = join(__dirname, 'dist')): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  await build({ entryPoints: [join(__dirname, 'app.ts')], bundle: true, minify: true, format: 'iife', target: 'es2022', outfile: join(outDir, 'app.js'), logLevel: 'warning' });
  for (const file of ['index.html', 'styles.css']) copyFileSync(join(__dirname, file), join(outDir, file));
  return outDir;
}

if (require.main === module) {
  buildSite().then(
    (dir) => console.log(`site built in ${dir}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
