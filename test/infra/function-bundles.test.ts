import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { BUNDLE_ALIASES, SDK_PROVIDED_BY_RUNTIME } from '../../infra/definitions/bundling';
import { apiRoutes } from '../../infra/definitions/routes';

const ROOT = join(__dirname, '..', '..');
const ENTRIES = [
  ...new Set([
    ...apiRoutes.map((route) => route.lambdaEntry ?? route.entry),
    'functions/scrape/run-source.ts',
    'functions/alerts/send-digests.ts',
  ]),
];

/** What esbuild reads for a function's bundle, as NodeFunction bundles it (without writing it). */
async function inputsOf(entry: string, alias: Record<string, string>): Promise<Metafile['inputs']> {
  const { metafile } = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    mainFields: ['module', 'main'],
    external: [...SDK_PROVIDED_BY_RUNTIME],
    alias,
    logLevel: 'silent',
    absWorkingDir: ROOT,
  });
  return metafile.inputs;
}

const isSemver = (path: string) => /node_modules\/semver\//.test(path);

describe('function bundles', () => {
  it.each(ENTRIES)(
    "%s imports semver from the X-Ray SDK's AWS SDK v2 patcher only, so the alias leaves nothing else without it",
    async (entry) => {
      const inputs = await inputsOf(entry, {});

      const importers = Object.entries(inputs)
        .filter(([file]) => !isSemver(file))
        .filter(([, input]) => input.imports.some((imported) => isSemver(imported.path)))
        .map(([file]) => file.replace(/.*node_modules\//, ''));

      // Every function is traced (functions/observability.ts), so every bundle holds the patcher.
      expect(importers).toEqual(['aws-xray-sdk-core/dist/lib/patchers/aws_p.js']);
    },
  );

  it('bundles the stand-in instead of semver where the X-Ray SDK is in', async () => {
    const inputs = Object.keys(await inputsOf('functions/api/get-listings.ts', { ...BUNDLE_ALIASES }));

    expect(inputs.some((file) => file.includes('aws-xray-sdk-core'))).toBe(true);
    expect(inputs.filter(isSemver)).toEqual([]);
    expect(inputs).toContain('infra/definitions/semver-for-xray-v2-patcher.cjs');
  });
});
