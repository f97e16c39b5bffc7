// In Excel the adapter's guards ask Office itself: officeApiSupported is Office.context.requirements.isSetSupported
// for ExcelApi, so a build without a set leaves out what needs it.
import { officeApiSupported } from '../../../src/hosts/office/api-sets';

describe('officeApiSupported', () => {
  const asked: [string, string | undefined][] = [];
  beforeAll(() => {
    // An Excel whose build has ExcelApi up to 1.17 (Office 2024 volume licence).
    (globalThis as { Office?: unknown }).Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version?: string) => {
            asked.push([name, version]);
            return name === 'ExcelApi' && Number(version?.split('.')[1]) <= 17;
          },
        },
      },
    };
  });
  afterAll(() => delete (globalThis as { Office?: unknown }).Office);

  test('asks Office for the ExcelApi version and passes its answer on', () => {
    expect(officeApiSupported('1.9')).toBe(true);
    expect(officeApiSupported('1.18')).toBe(false);
    expect(asked).toEqual([
      ['ExcelApi', '1.9'],
      ['ExcelApi', '1.18'],
    ]);
  });
});
