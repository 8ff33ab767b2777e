import { randomUUID } from 'node:crypto'
import type { FieldHook } from 'payload'
import { keptFeedId, keptFirstPublished, newFeedId } from '../domain/feeds/feedIdentity.ts'

/** The feed GUID (`feedId`): made once on create, never changed by an edit or an API call (cms/domain/feeds/feedIdentity.ts). */
export const keepFeedId: FieldHook = ({ operation, originalDoc }) =>
  keptFeedId({ operation: operation === 'create' ? 'create' : 'update', stored: originalDoc?.feedId, fresh: newFeedId(randomUUID()) })

/** `firstPublishedAt`: the instant the document is first saved as published, then kept. */
export const keepFirstPublished: FieldHook = ({ originalDoc, siblingData }) =>
  keptFirstPublished({ stored: originalDoc?.firstPublishedAt, status: siblingData?._status, now: new Date() })
