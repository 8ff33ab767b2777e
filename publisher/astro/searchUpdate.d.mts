/** Search work started while a targeted build renders (see searchUpdate.mjs). */
export type EarlySearch = {
  rendered(file: string, content: string, live?: string | null): void
  textChanged(file: string): boolean | undefined
  /** The index started for `name`, when the plan writes it with these pages and none of its live ones was superseded; else null (dropped). */
  take(
    name: string,
    files: readonly string[],
    superseded: ReadonlySet<string>,
  ): Promise<{ index: import('./pagefindIndex.mjs').PagefindIndex; files: string[] } | null>
  discard(): Promise<void>
}
export function earlySearch(
  liveDir: string,
  rendering: readonly string[],
  removed: readonly string[],
  options?: { cutFrom?: number },
): EarlySearch | null
/** What a targeted build did to the search index (see searchUpdate.mjs). */
export type SearchUpdate = {
  full: boolean
  reason: string
  pages: number
  rewritten: number
  added: number
  dropped: number
  /** Pages cut out of large indexes in place (publisher/astro/pagefindCut.mjs), and from how many indexes. */
  cut: number
  cutIndexes: number
  /** Pages of the written indexes that were indexed while rendering. */
  early: number
  /** Pages whose bytes changed but not what Pagefind reads of them: their entries were left as they are. */
  unchanged: number
  /** Search files replaced or removed in the written indexes (the others kept their links). */
  files: number
  /** Those files' paths in the build folder (for its list of changes, publisher/treeJournal.ts). */
  paths: string[]
}
export function updateSearchIndex(
  dir: string,
  liveDir: string,
  changedFiles: readonly string[],
  early?: EarlySearch | null,
  options?: { cutFrom?: number },
): Promise<SearchUpdate>
export function replaceIndex(dir: string, name: string, fresh: string, touched?: string[]): number
