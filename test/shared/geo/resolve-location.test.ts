import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distanceKm } from '../../../shared/geo/distance';
import { mskMunicipalities, ostravaParts } from '../../../shared/geo/localities.generated';
import { resolveLocation } from '../../../shared/geo/resolve-location';

describe('resolveLocation', () => {
  it.each([
    [
      { city: 'Ostrava', parts: ['Zábřeh'] },
      { municipality: 'Ostrava', district: 'Ostrava-Jih' },
    ],
    [{ city: 'Ostrava - Poruba' }, { municipality: 'Ostrava', district: 'Poruba' }],
    [
      { city: 'Ostrava', parts: ['Moravská Ostrava'] },
      { municipality: 'Ostrava', district: 'Moravská Ostrava a Přívoz' },
    ],
    [
      { city: 'Ostrava', parts: ['Ostrava-Jih'] },
      { municipality: 'Ostrava', district: 'Ostrava-Jih' },
    ],
    [
      { city: 'ostrava', parts: ['Nová Bělá'] },
      { municipality: 'Ostrava', district: 'Nová Bělá' },
    ],
    [
      { city: 'Havířov', parts: ['Podlesí'] },
      { municipality: 'Havířov', district: undefined },
    ],
    [{ parts: ['Poruba'] }, { municipality: 'Ostrava', district: 'Poruba' }],
  ])('resolves %j', (input, expected) => {
    expect(resolveLocation(input)).toMatchObject(expected);
  });

  it('takes lat/lon only from the source, and the distance from them when given', () => {
    const withGps = resolveLocation({ city: 'Ostrava', parts: ['Poruba'], lat: 49.83, lon: 18.17 });
    const without = resolveLocation({ city: 'Ostrava', parts: ['Poruba'] });

    expect(withGps).toMatchObject({ lat: 49.83, lon: 18.17, distanceKm: 8.8 });
    expect(without?.lat).toBeUndefined();
    expect(without?.distanceKm).toBe(distanceKm({ lat: 49.831, lon: 18.17 }));
  });

  it('places an Ostrava street address by its postcode area when the source names no city part, and says so', () => {
    const byTown = resolveLocation({ city: 'Ostrava', address: 'Hlavní třída, Ostrava' });
    const byPostcode = resolveLocation({ city: 'Ostrava', address: '17. listopadu 1790/5, 70800, Ostrava' });

    expect(byTown).toMatchObject({ precision: 'municipality', distanceKm: 0.8 });
    expect(byPostcode).toMatchObject({ precision: 'postcode', areaCentre: { lat: 49.831, lon: 18.17 } });
    expect(byPostcode!.distanceKm).toBeGreaterThan(8);
    expect(byPostcode!.district).toBeUndefined();
  });

  it("prefers a stated city part to the postcode, and the source's coordinates to both", () => {
    expect(
      resolveLocation({ city: 'Ostrava', parts: ['Poruba'], address: 'Nádražní 1, 70200, Ostrava' }),
    ).toMatchObject({ precision: 'city-part', district: 'Poruba' });
    expect(
      resolveLocation({ city: 'Ostrava', address: 'Nádražní 1, 70200, Ostrava', lat: 49.84, lon: 18.29 }),
    ).toMatchObject({ precision: 'coordinates', areaCentre: undefined });
  });

  it('ignores a (0, 0) position', () => {
    expect(resolveLocation({ city: 'Havířov', lat: 0, lon: 0 })?.lat).toBeUndefined();
  });

  it('is undefined when the municipality cannot be told', () => {
    expect(resolveLocation({ city: 'Brno' })).toBeUndefined();
    expect(resolveLocation({})).toBeUndefined();
  });
});

describe('localities.generated', () => {
  it('matches data/*.csv', () => {
    const rows = (file: string) =>
      readFileSync(join(__dirname, '../../../data', file), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(','));

    expect(ostravaParts.map((p) => [p.part, p.district, String(p.lat), String(p.lon)].join())).toEqual(
      rows('ostrava-districts.csv').map((r) => [r[0], r[1], String(Number(r[2])), String(Number(r[3]))].join()),
    );
    expect(mskMunicipalities.map((m) => m.name)).toEqual(rows('msk-municipalities.csv').map((r) => r[0]));
  });
});
