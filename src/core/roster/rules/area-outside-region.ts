import { FIELD_BY_ID } from '../fields';
import { AREA_DISTRICT_OUTSIDE, AREA_VILLAGE_OUTSIDE } from '../row-context';
import { districtsNamed, villagesNamed } from '../../reference/villages';
import { countText, regencyName, shortText, spellingGatherer } from './area-places';
import { defineRule } from './rule';

// A real kecamatan that lies in another kab/kota than the row's (its own Kab/Kota cell, or the roster's from
// the title), or a real desa outside the row's kecamatan (or, with no kecamatan, outside its kab/kota). Only
// where the province has the area data; a name shared by several places is fine when one of them fits.

const gather = spellingGatherer();

export const areaOutsideRegion = defineRule({
  id: 'area-outside-region',
  severity: 'warning',
  title: { id: 'Kecamatan/desa di luar wilayahnya', en: 'Kecamatan or village outside its region' },
  description: {
    id: 'Kecamatan yang ada, tetapi di kabupaten/kota lain dari baris atau roster; atau desa/kelurahan di luar kecamatannya (atau kabupaten/kotanya); dilaporkan sekali per kolom dan tulisan',
    en: "A real kecamatan, but in another regency/city than the row's or roster's; or a village outside its kecamatan (or regency/city); reported once per column and spelling",
  },
  guard: (ctx) => (ctx.areaOdd & (AREA_DISTRICT_OUTSIDE | AREA_VILLAGE_OUTSIDE)) !== 0,
  checkRow(ctx) {
    if ((ctx.areaOdd & AREA_DISTRICT_OUTSIDE) !== 0) gather.note(ctx, 'district');
    if ((ctx.areaOdd & AREA_VILLAGE_OUTSIDE) !== 0) gather.note(ctx, 'village');
  },
  finishCheck(ctx) {
    for (const s of gather.take(ctx)) {
      const label = FIELD_BY_ID[s.field].label;
      // Where the name really is.
      const actual =
        s.field === 'district'
          ? [...new Set(districtsNamed(s.text).map((d) => regencyName(d.regencyCode)))]
          : [...new Set(villagesNamed(s.text).map((v) => `Kecamatan ${v.district.name}, ${regencyName(v.district.regencyCode)}`))];
      const expected =
        s.field === 'village' && s.district !== null
          ? { id: `Kecamatan ${s.district.name}`, en: `kecamatan ${s.district.name}` }
          : { id: regencyName(s.regencyCode ?? ''), en: regencyName(s.regencyCode ?? '') };
      const count = countText(s.cells);
      const text = shortText(s.text);
      const there = actual.slice(0, 3).join('; ') + (actual.length > 3 ? '; …' : '');
      ctx.reportCells(
        areaOutsideRegion,
        s.first,
        s.field,
        {
          id: `${label.id}: '${text}' tidak ada di ${expected.id}, tetapi di ${there} (${count.id})`,
          en: `${label.en}: '${text}' is not in ${expected.en} but in ${there} (${count.en})`,
        },
        s.cells,
      );
    }
  },
});
