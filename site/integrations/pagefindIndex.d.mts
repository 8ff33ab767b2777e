export function htmlFiles(dir: string, prefix?: string): string[]
export function shardsOf(dir: string): number | null
export function indexSite(dir: string): Promise<number>
/** What a targeted build did to the search index (see pagefindIndex.mjs). */
export type SearchUpdate = { full: boolean; reason: string; pages: number; rewritten: number; added: number; dropped: number }
export function updateSearchIndex(dir: string, changedFiles: readonly string[]): Promise<SearchUpdate>
