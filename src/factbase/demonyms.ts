/**
 * A nationality is its country: "the Turkish platform" is "Turkey's biggest online retailer",
 * "Chinese shoppers" are shoppers in China.
 */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  `american:america british:britain chinese:china japanese:japan korean:korea indian:india german:germany
  french:france spanish:spain italian:italy european:europe russian:russia brazilian:brazil turkish:turkey
  indonesian:indonesia malaysian:malaysia thai:thailand vietnamese:vietnam singaporean:singapore
  filipino:philippines pakistani:pakistan bangladeshi:bangladesh dutch:netherlands belgian:belgium
  polish:poland czech:czechia australian:australia canadian:canada mexican:mexico swiss:switzerland
  swedish:sweden israeli:israel egyptian:egypt nigerian:nigeria african:africa asian:asia`
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(':') as [string, string]),
);

/** Whether a word is a nationality ("European", "Chinese"): an adjective, never a name of its own. */
export function isNationality(word: string): boolean {
  return DEMONYMS.has(word.toLowerCase());
}
