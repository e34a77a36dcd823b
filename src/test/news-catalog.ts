import { CATALOG, testCatalog } from './catalog';

/** The test catalog with the units and people of wire and blog stories beside it. */
export const NEWS_CATALOG = [
  ...CATALOG,
  ...testCatalog([
    { id: 'cainiao', name: 'Cainiao', kind: 'business-unit', aliases: ['Cainiao', 'Cainiao Network'] },
    { id: 'tmall', name: 'Tmall', kind: 'business-unit', aliases: ['Tmall'] },
    { id: 'daniel-zhang', name: 'Daniel Zhang', kind: 'person', aliases: ['Daniel Zhang'] },
  ]),
];
