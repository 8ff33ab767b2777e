import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'
import { capDepth, capListQuery } from '../domain/apiLimits.ts'
import { hasRole } from '../domain/roles.ts'
import { rejectMalformedId } from './rejectMalformedId.ts'
import { rejectMalformedWhere } from './rejectMalformedWhere.ts'

const LISTS = new Set(['read', 'readDistinct'])

/**
 * Every collection, beforeOperation: REST and GraphQL callers who are not staff get at most 100
 * documents a page and depth ≤ 2 (cms/domain/apiLimits.ts). Local API calls are not capped: the
 * site build reads everything anonymously with pagination:false, and the admin's server views.
 */
export const capPublicQueries: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.payloadAPI === 'local' || hasRole(req.user, 'admin', 'reviewer', 'editor')) return args
  const query = args as { limit?: unknown; depth?: unknown; pagination?: unknown }
  if (LISTS.has(operation)) return { ...args, ...capListQuery(query) }
  return 'depth' in query ? { ...args, depth: capDepth(query.depth) } : args
}

/** Adds `rejectMalformedId`, `rejectMalformedWhere` and `capPublicQueries` in front of each collection's own beforeOperation hooks. */
export function withPublicQueryCaps(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [rejectMalformedId, rejectMalformedWhere, capPublicQueries, ...(collection.hooks?.beforeOperation ?? [])],
    },
  }))
}
