export function inIdOrder<T extends Map<string, Map<string, unknown>>>(store: T): T
