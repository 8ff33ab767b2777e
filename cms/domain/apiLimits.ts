/**
 * Caps for queries from the outside world (REST and GraphQL) by anyone who is not staff:
 * at most 100 documents a page (limit=0 and pagination=false become a capped page) and
 * relationships populated at most two levels deep. Pure: the hook decides who is capped.
 */
export type QueryLimits = { maxLimit: number; maxDepth: number }
export const PUBLIC_QUERY_LIMITS: QueryLimits = { maxLimit: 100, maxDepth: 2 }

export type QueryArgs = { limit?: unknown; depth?: unknown; pagination?: unknown }
export type CappedQuery = { limit?: number; depth?: number; pagination?: boolean }

const asNumber = (value: unknown): number | undefined => {
  if (value === undefined || value === null || value === '') return undefined
  const number = Number(value)
  return Number.isFinite(number) ? number : Number.NaN
}

/** `depth`: missing stays missing (Payload's default depth, 2, applies); anything else is clamped to 0…max. */
export function capDepth(depth: unknown, limits: QueryLimits = PUBLIC_QUERY_LIMITS): number | undefined {
  const value = asNumber(depth)
  if (value === undefined) return undefined
  if (Number.isNaN(value)) return limits.maxDepth
  return Math.min(Math.max(Math.trunc(value), 0), limits.maxDepth)
}

/** `limit`: missing stays missing (Payload's default page of 10); 0, "all", negative or too many become the cap. */
export function capLimit(limit: unknown, limits: QueryLimits = PUBLIC_QUERY_LIMITS): number | undefined {
  const value = asNumber(limit)
  if (value === undefined) return undefined
  if (Number.isNaN(value) || value <= 0 || value > limits.maxLimit) return limits.maxLimit
  return Math.trunc(value)
}

/**
 * The capped version of a list query. Paging is always on; a request for everything
 * (pagination=false or limit=0) gets the first capped page instead.
 */
export function capListQuery(args: QueryArgs, limits: QueryLimits = PUBLIC_QUERY_LIMITS): CappedQuery {
  const wantsEverything = args.pagination === false || args.pagination === 'false'
  const limit = wantsEverything && asNumber(args.limit) === undefined ? limits.maxLimit : capLimit(args.limit, limits)
  return { limit, depth: capDepth(args.depth, limits), pagination: true }
}
