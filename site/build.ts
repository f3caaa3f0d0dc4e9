import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { CONTENT_SECURITY_POLICY_META } from '../infra/definitions/site-security';

/** The budget for what the site ships of its own: script and stylesheet together, minified (issue 18). */
export const SITE_BUDGET_BYTES = 100 * 1024;

/** What the build wrote and how big it is, in bytes, minified and uncompressed. */
export interface SiteBuild {
  dir: string;
  /** Our own script: the entry and every chunk, less what the map library contributes to them. */
  jsBytes: number;
  /** Our own stylesheet. */
  cssBytes: number;
  /** Leaflet (script and stylesheet), counted on its own: loaded only when a map is shown. */
  mapLibraryBytes: number;
}

const LEAFLET = join(__dirname, '../node_modules/leaflet/dist');

/**
 * Builds the static site into site/dist: our script as an ES module whose map code (with Leaflet) is a
 * separate chunk fetched only when a map is shown, one stylesheet, Leaflet's stylesheet, a favicon and
 * the page that names them (never cached long). Script and stylesheet names carry their content hash so
 * that they can be cached for ever. No CDN.
 */
export async function buildSite(outDir = join(__dirname, 'dist')): Promise<SiteBuild> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const scripts = await build({
    entryPoints: [join(__dirname, 'app.ts')],
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: outDir,
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
  });
  let jsBytes = 0;
  let mapLibraryBytes = 0;
  let appName = '';
  for (const [file, output] of Object.entries(scripts.metafile.outputs)) {
    // A dynamic import's chunk has an entryPoint too: the page names only app.ts's output.
    if (output.entryPoint?.endsWith('site/app.ts')) appName = basename(file);
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (input.includes('node_modules/leaflet/')) mapLibraryBytes += bytesInOutput;
      else jsBytes += bytesInOutput;
    }
  }
  const styles = await build({
    entryPoints: [join(__dirname, 'styles.css')],
    bundle: true,
    minify: true,
    outdir: outDir,
    entryNames: '[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
  });
  const [cssFile, cssOutput] = Object.entries(styles.metafile.outputs).find(([, out]) => out.entryPoint !== undefined)!;
  const leafletCss = readFileSync(join(LEAFLET, 'leaflet.css'));
  const leafletCssName = `leaflet-${createHash('sha256').update(leafletCss).digest('hex').slice(0, 8)}.css`;
  copyFileSync(join(LEAFLET, 'leaflet.css'), join(outDir, leafletCssName));
  mapLibraryBytes += leafletCss.length;
  // Named by content like the rest: everything but index.html is cached for a year.
  const favicon = readFileSync(join(__dirname, 'favicon.svg'));
  const faviconName = `favicon-${createHash('sha256').update(favicon).digest('hex').slice(0, 8)}.svg`;
  writeFileSync(join(outDir, faviconName), favicon);
  // Asked for by name whatever the page links (browsers, feed readers): not content-named, so it is
  // uploaded with the page and revalidated (infra/constructs/site-hosting.ts).
  copyFileSync(join(__dirname, 'favicon.ico'), join(outDir, 'favicon.ico'));
  if (!appName) throw new Error('the build wrote no output for site/app.ts');
  let page = readFileSync(join(__dirname, 'index.html'), 'utf8');
  for (const [placeholder, value] of [
    ['{{CSP}}', CONTENT_SECURITY_POLICY_META.replace(/"/g, '&quot;')],
    ['{{APP_JS}}', appName],
    ['{{STYLES_CSS}}', basename(cssFile)],
    ['{{LEAFLET_CSS}}', leafletCssName],
    ['{{FAVICON}}', faviconName],
  ] as const) {
    if (!page.includes(placeholder)) throw new Error(`site/index.html lost its ${placeholder} placeholder`);
    page = page.replace(placeholder, value);
  }
  writeFileSync(join(outDir, 'index.html'), page);
  return { dir: outDir, jsBytes, cssBytes: cssOutput.bytes, mapLibraryBytes };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (require.main === module) {
  buildSite().then(
    ({ dir, jsBytes, cssBytes, mapLibraryBytes }) => {
      const total = jsBytes + cssBytes;
      console.log(
        `site built in ${dir}: script ${kb(jsBytes)} + stylesheet ${kb(cssBytes)} = ${kb(total)} (budget ${SITE_BUDGET_BYTES / 1024} KB); ` +
          `map library (Leaflet, loaded only with a map) ${kb(mapLibraryBytes)} on its own`,
      );
      if (total > SITE_BUDGET_BYTES) process.exit(1);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
