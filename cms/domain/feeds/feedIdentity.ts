/**
 * Feed identity (issue 25): every public document gets one GUID when it is created, stored on the
 * document, never derived from SITE_URL or the database id, so a new domain, a database copy or a
 * move to MongoDB leaves every feed item's identity as it was. Pure: the random part is passed in.
 */

/** A new document's GUID: a `urn:uuid:` URI (RFC 4122), valid as an RSS guid and a JSON Feed id. */
export const newFeedId = (uuid: string): string => `urn:uuid:${uuid.toLowerCase()}`

const STORED = /^(urn:uuid:[0-9a-f-]{36}|https?:\/\/[^\s<>"]+\/_id\/[a-z-]+\/[^\s<>"/]+)$/

/** A stored GUID as the hook keeps it: a `urn:uuid:` or a legacy `<site>/_id/<collection>/<id>` frozen by the backfill. */
export const isFeedId = (value: unknown): value is string => typeof value === 'string' && STORED.test(value)

/**
 * The GUID a save keeps: on create always a fresh one (a value sent by a caller is ignored, so no one
 * can copy another item's identity); on update the stored one, whatever the request says; a document
 * saved before GUIDs existed (and not yet backfilled) gets a fresh one once.
 */
export function keptFeedId(input: { operation: 'create' | 'update'; stored: unknown; fresh: string }): string {
  if (input.operation === 'update' && isFeedId(input.stored)) return input.stored
  return input.fresh
}

/**
 * The GUID the backfill gives a document that existed before GUIDs were stored: exactly the one the
 * feeds already showed for it (`<SITE_URL>/_id/<collection>/<id>`), frozen, so partners who took the
 * feed before the upgrade see no duplicates; without a site address, a fresh `urn:uuid:`.
 */
export function backfilledFeedId(input: { siteUrl: string | undefined; collection: string; id: string | number; fresh: string }): string {
  if (!input.siteUrl) return input.fresh
  return new URL(`/_id/${input.collection}/${input.id}`, input.siteUrl).toString()
}

/** The first publish instant: set once when the document is first saved as published, then kept. */
export function keptFirstPublished(input: { stored: unknown; status: unknown; now: Date }): string | null {
  if (typeof input.stored === 'string' && input.stored !== '') return input.stored
  return input.status === 'published' ? input.now.toISOString() : null
}
