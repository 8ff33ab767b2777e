export function storeLoaded(store: Map<string, Map<string, unknown>>): void
export function lastLoadedStore(): Map<string, Map<string, unknown>> | null
