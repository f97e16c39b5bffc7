import { FIELD_BY_ID } from '../fields';
import { AREA_DISTRICT_UNKNOWN, AREA_VILLAGE_UNKNOWN } from '../row-context';
import { suggestArea } from '../../reference/villages';
import { candidatesFor, countText, regencyName, shortText, spellingGatherer } from './area-places';
import { defineRule } from './rule';

// A kecamatan or desa name found nowhere in the reference data (only where the province has it: Kalimantan
// Barat). Spellings the data knows are not reported: any case, "Kec."/"Desa"/"Kel." prefixes, "Sui"/"Sei".
// Info, not a warning: a desa formed after the data was published is unknown to it and still real.

const gather = spellingGatherer();

export const areaUnknown = defineRule({
  id: 'area-unknown',
  severity: 'info',
  fix: 'spelling',
  title: { id: 'Kecamatan/desa tidak dikenal', en: 'Unknown kecamatan or village' },
  description: {
    id: 'Nama kecamatan atau desa/kelurahan tidak ada di data wilayah (idn-area-data; hanya provinsi yang datanya tersedia); dilaporkan sekali per kolom dan tulisan, dengan nama terdekat (perbaikan: nama terdekat bila jelas)',
    en: 'A kecamatan or desa/kelurahan name not in the area data (idn-area-data; only provinces it covers); reported once per column and spelling, with the nearest name (fix: that name when it is clear)',
  },
  guard: (ctx) => (ctx.areaOdd & (AREA_DISTRICT_UNKNOWN | AREA_VILLAGE_UNKNOWN)) !== 0,
  checkRow(ctx) {
    if ((ctx.areaOdd & AREA_DISTRICT_UNKNOWN) !== 0) gather.note(ctx, 'district');
    if ((ctx.areaOdd & AREA_VILLAGE_UNKNOWN) !== 0) gather.note(ctx, 'village');
  },
  finishCheck(ctx) {
    for (const s of gather.take(ctx)) {
      const label = FIELD_BY_ID[s.field].label;
      const near = suggestArea(s.field, s.text, candidatesFor(s));
      const where =
        s.field === 'village' && s.district !== null
          ? { id: ` di Kecamatan ${s.district.name}`, en: ` in kecamatan ${s.district.name}` }
          : s.regencyCode !== null
            ? { id: ` di ${regencyName(s.regencyCode)}`, en: ` in ${regencyName(s.regencyCode)}` }
            : { id: '', en: '' };
      const hint = near ? { id: `; mungkin maksudnya '${near.name}'?`, en: `; did you mean '${near.name}'?` } : { id: '', en: '' };
      const count = countText(s.cells);
      const text = shortText(s.text);
      ctx.reportCells(
        areaUnknown,
        s.first,
        s.field,
        {
          id: `${label.id}: '${text}' tidak dikenal${where.id} (${count.id})${hint.id}`,
          en: `${label.en}: '${text}' not known${where.en} (${count.en})${hint.en}`,
        },
        s.cells,
        near?.confident ? near.name : undefined,
      );
    }
  },
});
