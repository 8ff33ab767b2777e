import type { AstroPrerenderer, RouteData } from 'astro'
import type { Loader } from 'astro/loaders'
import type { Plugin } from 'vite'

/** A content store: collection → id → entry (meta under `meta:<collection>`). */
export type Store = Map<string, Map<string, unknown>>
/** The parts of Astro's prerender app (BuildApp) used here; allStaticPaths uses the rest itself. */
export type PrerenderApp = {
  manifest: { routes: { routeData: RouteData }[] }
  routeCache: { clearAll(): void; set(route: RouteData, entry: unknown): void }
  getComponentByRoute(route: RouteData): Promise<unknown>
  render(request: Request, options: { routeData: RouteData }): Promise<Response>
}

export const DATA_STORE_MODULE: 'astro:data-layer-content'
export const CONTENT_DATA_META: { astroIncremental: { kind: 'content-data' } }
export function contentStoreAtRuntime(file: string): Plugin
export function inIdOrder<T extends Store>(store: T): T
export function scopedStore(
  store: Store,
  collection: string,
  touched?: (collection: string, change: boolean | 'clear', before?: Map<string, unknown>, data?: unknown) => void,
): import('astro/loaders').DataStore
export function metaStore(store: Store, collection: string): import('astro/loaders').MetaStore
export function syncWithLoaders(
  store: Store,
  loaders: Record<string, Loader>,
  cacheDir: string,
  log: (line: string) => void,
  clockDriven?: ReadonlySet<string>,
  /** For an entry of a clock-driven collection set again unchanged: does the clock change what it shows? (default: yes) */
  clockDue?: ((data: unknown) => boolean) | null,
): Promise<Set<string>>
export function watchReads(store: Store, onRead: (collection: string) => void): () => void
export function storeLoaded(store: Store): void
export function lastLoadedStore(): Store | null
export function capturePrerenderApp(prerenderer: AstroPrerenderer, onApp: (app: PrerenderApp | null) => void): AstroPrerenderer
export function renderRoute(app: PrerenderApp, request: Request, route: RouteData): Promise<Response>
export function forgetPaths(app: PrerenderApp): void
export function dynamicRoutes(app: PrerenderApp): RouteData[]
export function skipPaths(app: PrerenderApp, route: RouteData): Promise<void>
export function watchListing(app: PrerenderApp, onRoute: (route: RouteData) => void): () => void
export function allStaticPaths(app: PrerenderApp): Promise<{ pathname: string; route: RouteData; cacheKey?: string }[]>
export function inOwnPrerenderFolder<T>(dir: string, home: string, build: () => Promise<T>): Promise<T>
export function deferCacheCopies(defer: boolean): void
export function linkCacheCopies(buildDir: string, cacheDir: string): Promise<number>
export type PageWriter = {
  mkdir(dir: string, options: unknown): void
  write(file: string, data: string | Uint8Array, options: unknown): void
  copy(from: string, to: string, mode: unknown): void
}
export function syncPageWrites(outDir: string, writerOf?: () => PageWriter | null): () => void
