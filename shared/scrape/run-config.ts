import { DEFAULT_REGION_RADIUS_KM } from '../geo/distance';
import type { RegionConfig } from '../sources/source-adapter';

export interface RunConfig {
  region: RegionConfig;
  /** The largest share of a source's active listings one run may expire (else it expires none). */
  maxExpireShare: number;
  /** A run that sees fewer than this share of the last complete run's listings is suspicious. */
  suspiciousBelowShare: number;
  /** List pages one walk may read before it stops (a runaway pager is a layout change). */
  maxPagesPerWalk: number;
  /**
   * During a long run, the catalogue is published at most this often (and once at the end of a run
   * that changed listings), so that API containers reload a few times a day, not once per page.
   */
  cataloguePublishIntervalMs: number;
}

export const DEFAULT_RUN_CONFIG: RunConfig = {
  region: { radiusKm: DEFAULT_REGION_RADIUS_KM },
  maxExpireShare: 0.1,
  suspiciousBelowShare: 0.5,
  maxPagesPerWalk: 200,
  cataloguePublishIntervalMs: 5 * 60_000,
};
