import type { RegionConfig } from '../sources/source-adapter';

export interface RunConfig {
  region: RegionConfig;
  /** The largest share of a source's active listings one run may expire (else it expires none). */
  maxExpireShare: number;
  /** A run that sees fewer than this share of the last complete run's listings is suspicious. */
  suspiciousBelowShare: number;
  /** List pages one walk may read before it stops (a runaway pager is a layout change). */
  maxPagesPerWalk: number;
}

export const DEFAULT_RUN_CONFIG: RunConfig = {
  region: { radiusKm: 35 },
  maxExpireShare: 0.1,
  suspiciousBelowShare: 0.5,
  maxPagesPerWalk: 200,
};
