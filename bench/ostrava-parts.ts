import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface OstravaPart {
  part: string;
  district: string;
  lat: number;
  lon: number;
}

/** The parts of Ostrava with their city district and approximate centre (data/ostrava-districts.csv). */
export function loadOstravaParts(dataDir = join(__dirname, '../data')): OstravaPart[] {
  const [header, ...rows] = readFileSync(join(dataDir, 'ostrava-districts.csv'), 'utf8').trim().split(/\r?\n/);
  if (header !== 'part,district,lat,lon') throw new Error('ostrava-districts.csv: unexpected header');
  return rows.map((row) => {
    const [part, district, lat, lon] = row.split(',');
    return { part: part!, district: district!, lat: Number(lat), lon: Number(lon) };
  });
}
