import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { CONTENT_SECURITY_POLICY_META } from '../infra/definitions/site-security';

/** The budget for what the site ships: script and stylesheet together, minified. */
export const SITE_BUDGET_BYTES = 100 * 1024;

/**
 * Builds the static site into site/dist: one bundled script and one stylesheet, named by their content
 * hash so that they can be cached for ever, and the page that names them (never cached long). No CDN.
 */
export async function buildSite(outDir = join(__dirname, 'dist')): Promise<{ dir: string; jsBytes: number; cssBytes: number }> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const script = await bundleOne(join(__dirname, 'app.ts'), outDir, { format: 'iife', target: 'es2022' });
  const stylesheet = await bundleOne(join(__dirname, 'styles.css'), outDir, {});
  let page = readFileSync(join(__dirname, 'index.html'), 'utf8');
  for (const [placeholder, value] of [
    ['{{CSP}}', CONTENT_SECURITY_POLICY_META.replace(/"/g, '&quot;')],
    ['{{APP_JS}}', script.name],
    ['{{STYLES_CSS}}', stylesheet.name],
  ] as const) {
    if (!page.includes(placeholder)) throw new Error(`site/index.html lost its ${placeholder} placeholder`);
    page = page.replace(placeholder, value);
  }
  writeFileSync(join(outDir, 'index.html'), page);
  return { dir: outDir, jsBytes: script.bytes, cssBytes: stylesheet.bytes };
}

/** The page's name for the one file esbuild wrote, and its size. */
async function bundleOne(entry: string, outDir: string, options: Pick<BuildOptions, 'format' | 'target'>): Promise<{ name: string; bytes: number }> {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, outdir: outDir, entryNames: '[name]-[hash]', metafile: true, logLevel: 'warning', ...options });
  const [file, output] = Object.entries(result.metafile.outputs).find(([, out]) => out.entryPoint !== undefined)!;
  return { name: basename(file), bytes: output.bytes };
}

if (require.main === module) {
  buildSite().then(
    ({ dir, jsBytes, cssBytes }) => {
      const total = jsBytes + cssBytes;
      console.log(`site built in ${dir}: script ${(jsBytes / 1024).toFixed(1)} KB + stylesheet ${(cssBytes / 1024).toFixed(1)} KB = ${(total / 1024).toFixed(1)} KB (budget ${SITE_BUDGET_BYTES / 1024} KB)`);
      if (total > SITE_BUDGET_BYTES) process.exit(1);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
