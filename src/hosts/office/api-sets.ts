// Which Excel JavaScript API requirement sets the running Excel has. manifest.xml requires the ExcelApi
// version the code relies on everywhere; a member of a later set (pageLayout 1.9, notes 1.18) is used only
// behind a call of an ExcelApiSupported function with that set's version, written in the condition around the
// use, so that test/manifest/requirement-sets.test.ts sees the guard. Excel without the set gets the feature
// left out (README, "Which Excel can use it").

/** Whether the running Excel has ExcelApi `version` ("1.18"); in a condition, as the guard of a later API. */
export type ExcelApiSupported = (version: `1.${number}`) => boolean;

/** In Excel: what Office reports for this build. */
export const officeApiSupported: ExcelApiSupported = (version) => Office.context.requirements.isSetSupported('ExcelApi', version);

/** Every set there (tests of the full feature set, the browser preview has no Excel). */
export const allApiSupported: ExcelApiSupported = () => true;
