/**
 * The import and analysis packages are loaded on first use: they bring exceljs, papaparse and
 * graphology, which the read routes never need, so a server that only answers lookups starts
 * faster and stays smaller.
 */
export const importPakket = () => import('@netwerkregie/import');
export const analysePakket = () => import('@netwerkregie/analysis');
