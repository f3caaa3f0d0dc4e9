import { createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';

const KRAJE = [
  'Kraj/19',
  'Kraj/27',
  'Kraj/35',
  'Kraj/43',
  'Kraj/51',
  'Kraj/60',
  'Kraj/78',
  'Kraj/86',
  'Kraj/94',
  'Kraj/108',
  'Kraj/116',
  'Kraj/124',
  'Kraj/141',
  'Kraj/132',
];
const FILLER =
  'Nabízíme stabilní zázemí, zaškolení, stravenky, příspěvek na penzijní připojištění a 25 dní dovolené. Náplň práce: obsluha strojů, kontrola kvality, spolupráce s týmem. ';

/**
 * Writes a vacancy file in the documented shape: `count` postings, about 4.7 KB each (the live file is
 * about 190 MB for 40 000), one in fourteen in the Moravian-Silesian Region. Reused when present.
 */
export async function writeVacancyFile(path: string, count = 40_000): Promise<number> {
  if (existsSync(path)) return statSync(path).size;
  const out = createWriteStream(path);
  out.write('{"polozky":[');
  for (let i = 0; i < count; i++) {
    const kraj = KRAJE[i % KRAJE.length]!;
    const posting = {
      portalId: String(10_000_000 + i),
      referencniCislo: `RC${i}`,
      pozadovanaProfese: { cs: i % 3 === 0 ? 'Software developer' : 'Operátor výroby' },
      profeseCzIsco: { id: i % 3 === 0 ? 'CzIsco/25121' : 'CzIsco/81890' },
      zamestnavatel: { nazev: `Zaměstnavatel ${i % 500} s.r.o.`, ico: String(10_000_000 + (i % 500)) },
      pocetMist: 1 + (i % 4),
      mesicniMzdaOd: 30_000 + (i % 40) * 1000,
      mesicniMzdaDo: 40_000 + (i % 40) * 1000,
      typMzdy: { id: 'TypMzdy/mesic' },
      mistoVykonuPrace: {
        pracoviste: [
          {
            adresa: {
              kraj: { id: kraj },
              okres: { id: 'Okres/3807' },
              obec: { id: kraj === 'Kraj/132' ? 'Obec/554821' : 'Obec/500000' },
              ulice: 'Hlavní',
              psc: '70200',
            },
          },
        ],
      },
      upresnujiciInformace: { cs: FILLER.repeat(22) },
      datumVlozeni: '2026-11-20T08:00:00+01:00',
      expirace: '2026-12-31',
      pozadovanaJazykovaZnalost: i % 5 === 0 ? [{ jazyk: { id: 'Jazyk/EN' }, popis: 'B2' }] : [],
      cizinecMimoEu: i % 2 === 0,
      zamestnaneckaKarta: i % 4 === 0,
      modraKarta: false,
      prvniKontaktSeZamestnavatelem: {
        kontaktniOsoba: { jmeno: 'Jana', prijmeni: 'Nováková', telefon: '+420 777 000 000' },
      },
    };
    if (!out.write(`${i > 0 ? ',' : ''}${JSON.stringify(posting)}`)) await once(out, 'drain');
  }
  out.end(']}');
  await once(out, 'finish');
  return statSync(path).size;
}
