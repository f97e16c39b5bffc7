import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { findRegency } from '../../../src/core/reference/regions';
import {
  areaKey,
  DISTRICTS,
  districtsNamed,
  districtsOf,
  findDistrict,
  hasVillageData,
  suggestArea,
  VILLAGES,
  villagesNamed,
} from '../../../src/core/reference/villages';

const ROOT = path.join(__dirname, '..', '..', '..');

describe('generated reference tables', () => {
  // The tables are reduced from idn-area-data at build time (npm run regions); after an upgrade of the
  // package this fails until the script is run again.
  it('are in step with idn-area-data (regions and Kalimantan Barat kecamatan/desa)', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { renderRegions, renderVillages } from './scripts/build-regions.mjs'; process.stdout.write(JSON.stringify([renderRegions(), renderVillages()]));",
      ],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const [regions, villages] = JSON.parse(out) as [string, string];
    const file = (name: string) => fs.readFileSync(path.join(ROOT, 'src', 'core', 'reference', name), 'utf8');
    expect(file('regions.generated.ts') === regions).toBe(true);
    expect(file('villages.generated.ts') === villages).toBe(true);
  });

  it('keep the village table small enough to inline in the offline page', () => {
    const size = fs.statSync(path.join(ROOT, 'src', 'core', 'reference', 'villages.generated.ts')).size;
    expect(size).toBeLessThan(40_000);
  });
});

describe('kecamatan and desa of Kalimantan Barat', () => {
  it('hold every kecamatan and desa/kelurahan of province 61, each in a kab/kota of it', () => {
    expect(DISTRICTS).toHaveLength(174);
    expect(VILLAGES).toHaveLength(2145);
    for (const d of DISTRICTS) expect(findRegency(d.regencyCode)?.provinceCode).toBe('61');
    expect(hasVillageData('61')).toBe(true);
    expect(hasVillageData('62')).toBe(false);
    expect(findDistrict('611203')).toMatchObject({ name: 'Sungai Ambawang', regencyCode: '6112' });
    expect(districtsOf('6112').map((d) => d.name)).toContain('Sungai Raya');
  });

  it('tell a kelurahan from a desa', () => {
    const pontianak = districtsOf('6171').flatMap((d) => d.villages);
    expect(pontianak.length).toBeGreaterThan(0);
    expect(pontianak.every((v) => v.urban)).toBe(true);
    expect(villagesNamed('Sungai Ambawang Kuala').every((v) => !v.urban)).toBe(true);
  });

  it('read names in any case, with prefixes and the usual abbreviations', () => {
    const kuala = villagesNamed('Sungai Ambawang Kuala');
    expect(kuala).toHaveLength(1);
    expect(kuala[0].district.name).toBe('Sungai Ambawang');
    for (const written of [
      'DESA SUNGAI AMBAWANG KUALA',
      'Ds. Sungai Ambawang Kuala',
      'sui ambawang kuala',
      '  Sei. Ambawang  Kuala ',
      'Desa Sungai-Ambawang Kuala',
    ])
      expect(villagesNamed(written)).toEqual(kuala);
    expect(districtsNamed('Kec. Sungai Ambawang').map((d) => d.code)).toEqual(['611203']);
    expect(districtsNamed('KECAMATAN SUNGAI AMBAWANG').map((d) => d.code)).toEqual(['611203']);
    expect(areaKey('village', 'Kel. Tanjung Hulu')).toBe(areaKey('village', 'Tj Hulu'));
    // A one-word name is not taken for a prefix.
    expect(areaKey('village', 'Desa')).toBe('desa');
    expect(villagesNamed('Desa Tidak Ada Namanya')).toEqual([]);
  });

  it('suggest the nearest known name, confidently only when it is near and alone', () => {
    const kecamatan = findDistrict('611203')!;
    expect(suggestArea('village', 'Sungai Ambawng Kuala', kecamatan.villages)).toEqual({ name: 'Sungai Ambawang Kuala', confident: true });
    expect(suggestArea('district', 'Sungai Ambawan', districtsOf('6112'))).toEqual({ name: 'Sungai Ambawang', confident: true });
    expect(suggestArea('village', 'Zzzzqqqq', kecamatan.villages)).toBeNull();
  });
});
