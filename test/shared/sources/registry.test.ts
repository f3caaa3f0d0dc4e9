import { adapters } from '../../../shared/sources/adapters';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { declinedSources, sourceRegistry } from '../../../shared/sources/registry';
import { scrapableSources, scrapeSource } from '../../../shared/scrape/scrape-source';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';

describe('sourceRegistry', () => {
  it('has an adapter, a schedule and pacing for every enabled source, and no adapter without an entry', () => {
    for (const source of sourceRegistry.filter((s) => s.enabled)) {
      expect(adapters[source.name]?.kind).toBe(source.kind);
      expect(source.schedule).toMatch(/^rate\(\d+ (minute|hour|day)s?\)$/);
      expect(source.pacingMs).toBeGreaterThanOrEqual(1000);
    }
    for (const name of Object.keys(adapters)) expect(sourceRegistry.find((s) => s.name === name)).toBeDefined();
    expect(scrapableSources().sort()).toEqual(['bezrealitky', 'idnes', 'mpsv', 'sreality', 'startupjobs', 'ulovdomov']);
  });

  it('lists the portals we do not scrape, and why; none has an entry or an adapter, and a scrape of one is refused with the reason', async () => {
    expect(declinedSources.map((s) => [s.name, s.homepage])).toEqual([
      ['jobscz', 'https://www.jobs.cz/'],
      ['pracecz', 'https://www.prace.cz/'],
    ]);
    for (const declined of declinedSources) {
      expect(declined.reason).toMatch(/terms .*forbid automated extraction/);
      expect(sourceRegistry.find((s) => s.name === declined.name || s.homepage === declined.homepage)).toBeUndefined();
      expect(adapters[declined.name]).toBeUndefined();
      await expect(scrapeSource(declined.name, { store: new MemoryListingStore(), userAgent: 'test' })).rejects.toThrow(
        `${declined.label} is not scraped: ${declined.reason}`,
      );
    }
  });

  it('gives the same reasons in the README as in the code', () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    for (const declined of declinedSources)
      expect(readme).toMatch(
        new RegExp(
          `\\| [^|\\n]*${declined.label.toLowerCase().replace('.', '\\.')}[^|\\n]* \\| \\*\\*not scraped\\*\\* \\| their terms \\(Alma Career, §4\\.11\\) forbid automated extraction \\|`,
        ),
      );
  });
});
