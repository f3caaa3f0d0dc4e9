import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BUNDLE_ALIASES, SDK_PROVIDED_BY_RUNTIME } from '../infra/definitions/bundling';
import { apiRoutes } from '../infra/definitions/routes';
import { percentile, round } from './stats';

const ROOT = join(__dirname, '..');
// Inside the repository, so that the SDK the bundles leave out resolves from node_modules as it would from the runtime.
const OUT = join(ROOT, '.bench', 'bundles');

/** Bundles an entry the way NodeFunction does (ESM, minified, the runtime's SDK left out, its aliases). */
async function bundle(entry: string, name: string): Promise<string> {
  const outfile = join(OUT, `${name}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    mainFields: ['module', 'main'],
    external: [...SDK_PROVIDED_BY_RUNTIME],
    alias: { ...BUNDLE_ALIASES },
    outfile,
    logLevel: 'error',
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
  });
  return outfile;
}

/** Median time to import a bundle's handler in a fresh Node process (what a cold start pays for code). */
function importMs(file: string, runs = 7): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t);`,
      ],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          TABLE_NAME: 'bench',
          AWS_REGION: 'eu-central-1',
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        },
      },
    );
    if (result.status !== 0) throw new Error(`importing ${file} failed: ${result.stderr}`);
    times.push(Number(result.stdout.trim()));
  }
  return round(percentile(times, 50), 1);
}

/** Each function's bundle size and import time, beside a minimal handler that only imports the DynamoDB client. */
export async function benchFunctionBundles() {
  mkdirSync(OUT, { recursive: true });
  const minimalEntry = join(OUT, 'minimal.ts');
  writeFileSync(
    minimalEntry,
    `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nconst client = new DynamoDBClient({});\nexport const handler = async () => ({ statusCode: 200, body: String(Boolean(client)) });\n`,
  );
  const minimal = await bundle(minimalEntry, 'minimal');
  const minimalMs = importMs(minimal);
  const entries = [
    ...apiRoutes.map((r) => ({ name: r.name, entry: join(ROOT, r.entry) })),
    { name: 'Scrape', entry: join(ROOT, 'functions/scrape/run-source.ts') },
  ];
  const rows = [
    {
      function: 'minimal (DynamoDB client only)',
      kb: round(statSync(minimal).size / 1024, 1),
      importMs: minimalMs,
      importRatio: 1,
    },
  ];
  for (const { name, entry } of entries) {
    const file = await bundle(entry, name);
    const ms = importMs(file);
    rows.push({
      function: name,
      kb: round(statSync(file).size / 1024, 1),
      importMs: ms,
      importRatio: round(ms / minimalMs, 2),
    });
  }
  return rows;
}
