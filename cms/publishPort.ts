/**
 * The publishing module's front door. Anything that changes what the public site shows (a
 * collection hook, the admin's rebuild button, the clock) calls `requestPublish`. The request is
 * written as a `publishSite` job on the `site-publish` queue in the database — inside the caller's
 * transaction when a `req` is given, so a rolled-back edit asks for nothing — and the site builder
 * (publisher/builder.ts, started by publisher/server.ts) takes it from there:
 *
 *   hook → requestPublish → payload-jobs row → PublishInbox (polls the queue) → SiteBuilder
 *     → rebuildQueue (coalesce, retry) → siteBuild (Astro + search index into a new folder, check)
 *     → atomic switch of dist/site → new static handler in publisher/server.ts
 *
 * The row is the only bridge between Payload (which runs inside Next's bundle) and the builder:
 * durable, visible, and the same on SQLite and MongoDB. Where no builder runs (tests, CLI, seed) the
 * row waits for the next server start, whose first build covers it anyway.
 */
import type { Payload, PayloadRequest } from 'payload'

/** One changed document: what a publish is for. */
export type Change = { collection: string; id: string | number }
export type PublishRequest = { reason: string; changed: Change[] }

export const PUBLISH_QUEUE = 'site-publish'
export const PUBLISH_TASK = 'publishSite'

/** Ask for the public site to be rebuilt for these changes. Never throws into the caller's save. */
export async function requestPublish(payload: Payload, request: PublishRequest, req?: PayloadRequest): Promise<void> {
  try {
    await payload.jobs.queue({ task: PUBLISH_TASK, queue: PUBLISH_QUEUE, input: request, req })
  } catch (error) {
    payload.logger.error({ err: error, msg: `site publish request not saved (${request.reason})` })
  }
}

/** What the builder hands the job runner (in `req.context`) to receive requests. */
export type PublishInbox = { accept: (request: PublishRequest) => void }
export const PUBLISH_INBOX_KEY = 'sitePublishInbox'

export function inboxFrom(context: Record<string, unknown> | undefined): PublishInbox | null {
  const inbox = context?.[PUBLISH_INBOX_KEY]
  return typeof inbox === 'object' && inbox !== null && typeof (inbox as PublishInbox).accept === 'function'
    ? (inbox as PublishInbox)
    : null
}

/** Validate a job's input (stored JSON) into a request. */
export function toPublishRequest(input: { reason?: unknown; changed?: unknown }): PublishRequest {
  const changed = Array.isArray(input.changed)
    ? input.changed.filter(
        (change): change is Change =>
          typeof change === 'object' &&
          change !== null &&
          typeof (change as Change).collection === 'string' &&
          ['string', 'number'].includes(typeof (change as Change).id),
      )
    : []
  return { reason: typeof input.reason === 'string' ? input.reason : 'unknown', changed }
}
