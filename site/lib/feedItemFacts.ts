/**
 * The identity and dates of a feed item from its entry (issue 25): the GUID stored on the document,
 * and published/updated by the rule in cms/domain/feeds/feedDates.ts. Pure (the clock is passed in).
 */
import { feedDates, feedDatesChangeAt } from '../../cms/domain/feeds/feedDates.ts'
import type { FeedSource } from './feeds.ts'
import type { FeedFile } from './media.ts'

type Stored = { cmsId: string; updatedAt: string; feedId?: string; firstPublishedAt?: string | null }

/** The item's identity: the stored GUID, with collection and id for a document saved before GUIDs were stored. */
export const feedGuid = (collection: string, data: Stored): FeedSource['guid'] => ({
  collection,
  id: data.cmsId,
  ...(data.feedId ? { feedId: data.feedId } : {}),
})

/** `date` (published) and `updated`: the item's own date or its first publish, moved on by dated events only. */
export function feedDated(
  data: Stored,
  date: string | null,
  events: readonly (string | null | undefined)[] = [],
  now = new Date(),
): Pick<FeedSource, 'date' | 'updated' | 'changesAt'> {
  const facts = { date, firstPublishedAt: data.firstPublishedAt ?? null, fallback: data.updatedAt, events }
  const dates = feedDates(facts, now)
  const changesAt = feedDatesChangeAt(facts, now)
  return { date: dates.published, updated: dates.updated, ...(changesAt ? { changesAt } : {}) }
}

/** A stored attachment (a PDF) as the item's enclosure, when its size and type are known. */
export function attachmentFile(file: { url: string; title: string; bytes: number; type?: string } | undefined): FeedSource['file'] {
  if (!file?.bytes || !file.type) return undefined
  return { src: file.url, width: 0, height: 0, bytes: file.bytes, type: file.type, title: file.title }
}

/** The image fields a feed item takes from a site image (the uncropped feed picture and the thumbnail included). */
export const feedImage = (
  img: { src: string; alt: string; social?: string; feed?: FeedFile; thumb?: FeedFile } | undefined,
): FeedSource['image'] =>
  img
    ? {
        src: img.src,
        alt: img.alt,
        social: img.social,
        ...(img.feed ? { feed: img.feed } : {}),
        ...(img.thumb ? { thumb: img.thumb } : {}),
      }
    : undefined
