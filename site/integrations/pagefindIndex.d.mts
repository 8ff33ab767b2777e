export function htmlFiles(dir: string, prefix?: string): string[]
export function shardsOf(dir: string): number | null
export function indexSite(dir: string): Promise<number>
export function updateSearchIndex(dir: string, changedFiles: readonly string[]): Promise<{ full: boolean; indexes: number; pages: number }>
