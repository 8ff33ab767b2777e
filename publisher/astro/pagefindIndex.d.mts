export function htmlFiles(dir: string, prefix?: string): string[]
export function shardsOf(dir: string): number | null
export function indexSite(dir: string): Promise<number>
/** Search work started while a targeted build renders (see pagefindIndex.mjs). */
export type EarlySearch = { rendered(file: string, content: string): void; discard(): Promise<void> }
export function earlySearch(liveDir: string, rendered: readonly string[], removed: readonly string[]): EarlySearch | null
/** What a targeted build did to the search index (see pagefindIndex.mjs). */
export type SearchUpdate = {
  full: boolean
  reason: string
  pages: number
  rewritten: number
  added: number
  dropped: number
  /** Pages of the written indexes that were indexed while rendering. */
  early: number
}
export function updateSearchIndex(dir: string, changedFiles: readonly string[], early?: EarlySearch | null): Promise<SearchUpdate>
/** A Pagefind index of the service (pagefind's PagefindIndex). */
export type PagefindIndex = import('pagefind').PagefindIndex
export function newIndex(): Promise<PagefindIndex>
export function addPage(index: PagefindIndex, file: string, content: string): Promise<void>
export function writeIndex(index: PagefindIndex, files: readonly string[], out: string, client?: boolean): Promise<void>
export function placeIndex(dir: string, name: string, fresh: string): void
export function writeState(dir: string, state: import('../rules/searchLayers.ts').SearchState): void
export function searchedFiles(dir: string): string[]
export function searchPart(html: string): string
