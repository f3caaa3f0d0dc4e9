import { adapters } from '../../../shared/sources/adapters';
import { sourceRegistry } from '../../../shared/sources/registry';
import { scrapableSources } from '../../../shared/scrape/scrape-source';

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

  it('lists the portals we do not scrape, and why, nowhere as enabled', () => {
    expect(sourceRegistry.map((s) => s.name)).not.toContain('jobscz');
    expect(sourceRegistry.map((s) => s.name)).not.toContain('pracecz');
  });
});
