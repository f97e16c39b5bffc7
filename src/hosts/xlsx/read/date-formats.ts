// Built-in number formats that show dates: a cell style may name a format by id alone, without a code
// (codes are read by isDateFormat, src/core/number-format.ts, the same for every host).

/** Built-in number formats that show dates or times (14–22, 45–47; 27–36, 50–58, 71–81 in East Asian and Thai locales). */
export function isBuiltInDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58) || (id >= 71 && id <= 81);
}
