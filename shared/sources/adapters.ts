import type { SourceAdapter } from './source-adapter';
import { bezrealitkyAdapter } from './bezrealitky/adapter';
import { careersAdapter } from './careers/adapter';
import { idnesAdapter } from './idnes/adapter';
import { mpsvAdapter } from './mpsv/adapter';
import { srealityAdapter } from './sreality/adapter';
import { startupJobsAdapter } from './startupjobs/adapter';
import { ulovdomovAdapter } from './ulovdomov/adapter';

/** The adapters by source name: registry.ts says which are enabled and when they run. */
export const adapters: Readonly<Record<string, SourceAdapter>> = {
  sreality: srealityAdapter,
  idnes: idnesAdapter,
  bezrealitky: bezrealitkyAdapter,
  ulovdomov: ulovdomovAdapter,
  mpsv: mpsvAdapter,
  careers: careersAdapter,
  startupjobs: startupJobsAdapter,
};
