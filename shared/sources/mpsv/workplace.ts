import { resolveLocation } from '../../geo/resolve-location';

/*
 * Where an Úřad práce posting's work is done. `mistoVykonuPrace.typMistaVykonuPrace` says how the
 * register states it (field guide: captures of the daily volna-mista.json, 2023):
 * - adrprov: an address per workplace, `pracoviste[].adresa{kraj, okres, obec, ulice{nazev}, …}`, codes only;
 * - obec: only a municipality, `mistoVykonuPrace.obec{id}` (and maybe a partial address with free text);
 * - okres / okresy: only a list of districts, `okresy[{id}]`, often all 77 of them (work anywhere);
 * - celaCR: the whole country; adrvolna: free text `adresaText`.
 * Each is placed with the precision it has: an address, a town, or a district (its seat town, with
 * "okres …" as the address so the precision shows). Nationwide postings are left out: the work is
 * not in the region more than anywhere else.
 */

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const id = (v: unknown) => str(obj(v)?.id);

export const REGION = 'Kraj/132';

/**
 * The districts (okresy) of the Moravian-Silesian Region with their seat towns, by the register's
 * codes (ČSÚ district numbers; 38xx is NOT the region: 3805, 3808–3811 are Olomouc and Zlín districts).
 */
export const REGION_DISTRICTS: Readonly<Record<string, { name: string; seat: string }>> = {
  'Okres/3801': { name: 'Bruntál', seat: 'Bruntál' },
  'Okres/3802': { name: 'Frýdek-Místek', seat: 'Frýdek-Místek' },
  'Okres/3803': { name: 'Karviná', seat: 'Karviná' },
  'Okres/3804': { name: 'Nový Jičín', seat: 'Nový Jičín' },
  'Okres/3806': { name: 'Opava', seat: 'Opava' },
  'Okres/3807': { name: 'Ostrava-město', seat: 'Ostrava' },
};

/** Municipality codes (RÚIAN) known without the code list; the code list names the rest. */
export const KNOWN_MUNICIPALITIES: Readonly<Record<string, string>> = {
  'Obec/554821': 'Ostrava',
  'Obec/598003': 'Frýdek-Místek',
  'Obec/599191': 'Nový Jičín',
  'Obec/598879': 'Vratimov',
};

// More districts than this means work anywhere in the country (the register has 77).
const NATIONWIDE_DISTRICTS = 20;

export interface Workplace {
  city: string;
  parts: string[];
  address?: string;
}

/** The posting's workplace in the region, or undefined when it has none there (or is nationwide). */
export function workplaceInRegion(posting: Obj, names: Readonly<Record<string, string>>): Workplace | undefined {
  const place = obj(posting.mistoVykonuPrace) ?? {};
  const addresses = arr(place.pracoviste)
    .map((p) => obj(obj(p)?.adresa))
    .filter((a): a is Obj => !!a);
  for (const address of addresses) {
    const found = fromAddress(address, names);
    if (found) return found;
  }
  const municipality = id(place.obec);
  if (municipality && names[municipality]) return placed(names[municipality], []);
  const districts = arr(place.okresy)
    .map(id)
    .filter((d): d is string => !!d);
  if (districts.length > 0 && districts.length <= NATIONWIDE_DISTRICTS) {
    // Ostrava-město first: the users live there; otherwise the first district of the region listed.
    const district = districts.includes('Okres/3807') ? 'Okres/3807' : districts.find((d) => REGION_DISTRICTS[d]);
    if (district) return inDistrict(district);
  }
  const freeText = str(place.adresaText);
  return freeText ? placed(freeText.split(/[,+(]/)[0]!.trim(), []) : undefined;
}

/** An address: its town by code, else its free-text addition ("Vratimov, Horní Datyně"), else its district. */
function fromAddress(address: Obj, names: Readonly<Record<string, string>>): Workplace | undefined {
  const district = id(address.okres);
  const region = id(address.kraj);
  // The region decides when stated; a district of the region stands in only when it is not.
  if (region ? region !== REGION : !(district && REGION_DISTRICTS[district])) return undefined;
  const extra = str(address.dodatekAdresy);
  const street = str(obj(address.ulice)?.nazev) ?? str(address.ulice);
  const houseNumber = [address.cisloDomovni, address.cisloOrientacni]
    .filter((n) => typeof n === 'number' || (typeof n === 'string' && n.trim()))
    .join('/');
  const city =
    names[id(address.obec) ?? ''] ??
    str(obj(address.obec)?.nazev) ??
    (extra ? extra.split(/[,+(]/)[0]!.trim() : undefined);
  const parts = [extra, str(obj(address.castObce)?.nazev)].filter((p): p is string => !!p);
  const streetLine = street ? `${street}${houseNumber ? ` ${houseNumber}` : ''}` : undefined;
  const found = city
    ? placed(city, parts, streetLine && [streetLine, str(address.psc), city].filter(Boolean).join(', '))
    : undefined;
  return found ?? (district ? inDistrict(district, streetLine) : undefined);
}

/** A district only: its seat town, with "okres …" (after the street when known) to show the precision. */
function inDistrict(code: string, street?: string): Workplace | undefined {
  const district = REGION_DISTRICTS[code];
  return district
    ? { city: district.seat, parts: [], address: [street, `okres ${district.name}`].filter(Boolean).join(', ') }
    : undefined;
}

/** The place when the town is one we can locate in the region; undefined otherwise. */
function placed(city: string, parts: string[], address?: string): Workplace | undefined {
  return resolveLocation({ city, parts }) ? { city, parts, address: address || undefined } : undefined;
}
