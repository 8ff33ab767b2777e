export function htmlFiles(dir: string, prefix?: string): string[]
export function shardsOf(dir: string): number | null
export function indexSite(dir: string, together?: readonly string[]): Promise<number>
/** A Pagefind index of the service (pagefind's PagefindIndex). */
export type PagefindIndex = import('pagefind').PagefindIndex
export function newIndex(): Promise<PagefindIndex>
export function addPage(index: PagefindIndex, file: string, content: string): Promise<void>
export function writeIndex(index: PagefindIndex, files: readonly string[], out: string, client?: boolean): Promise<void>
export function placeIndex(dir: string, name: string, fresh: string): void
export function writeState(dir: string, state: import('../rules/searchLayers.ts').SearchState): void
export function searchedFiles(dir: string): string[]
export const SHARDS_FILE: string
export const EXCLUDED: readonly string[]
export function addFiles(index: PagefindIndex, dir: string, files: readonly string[], dropped?: () => boolean): Promise<void>
export function readState(dir: string): import('../rules/searchLayers.ts').SearchState | null
export function inParallel(jobs: (() => Promise<void>)[], beforeClose?: () => Promise<void>): Promise<void>
export function servicesWithBlockingInput(): number
export function serviceInputBacklog(): number
