export function htmlFiles(dir: string, prefix?: string): string[]
export function shardsOf(dir: string): number | null
export function indexSite(dir: string): Promise<number>
/** Search entries indexed while pages are rendered (see pagefindIndex.mjs). */
export type EarlyIndex = { add(file: string, content: string): void; readonly files: string[]; discard(): Promise<void> }
export function earlyIndex(): EarlyIndex
export function updateSearchIndex(
  dir: string,
  changedFiles: readonly string[],
  early?: EarlyIndex | null,
): Promise<{ full: boolean; indexes: number; pages: number; early: boolean }>
