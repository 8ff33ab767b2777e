/**
 * 留言 from the CMS: the published messages the residents allowed to be published (anonymous read,
 * explicit public fields only), and each unit's reply, on-time and satisfaction numbers counted over
 * every message routed to it (only the four clock and rating fields are read: no text, no contact).
 */
import type { Loader } from 'astro/loaders'
import { MESSAGE_CATEGORIES, MESSAGE_RATINGS } from '../../cms/domain/contentTypes/index.ts'
import { unitMessageStats } from '../../cms/domain/messages/stats.ts'
import { slugs } from '../../cms/slugs.ts'
import type * as E from '../lib/entries.ts'
import { cms, payloadLoader } from './payload.ts'
import { feedFields, labelled, str, unitRef } from './refs.ts'

export const messagesLoader = payloadLoader<E.MessageEntry>(slugs.messages, (doc) => ({
  cmsId: str(doc.id),
  updatedAt: str(doc.updatedAt),
  ...feedFields(doc),
  id: str(doc.slug),
  title: str(doc.title),
  category: labelled(MESSAGE_CATEGORIES, doc.category),
  text: str(doc.text),
  reply: str(doc.reply),
  unit: unitRef(doc.unit),
  receivedAt: str(doc.receivedAt),
  answeredAt: str(doc.answeredAt),
  rating: doc.rating ? labelled(MESSAGE_RATINGS, doc.rating) : null,
}))

/** Per unit (keyed by the unit's slug): the rates the 留言 pages and the unit page show. */
export const messageStatsLoader: Loader = {
  name: 'payload:message-stats',
  load: async ({ store, parseData }) => {
    const payload = await cms()
    const { docs } = await payload.find({
      collection: slugs.messages,
      where: { unit: { exists: true } },
      depth: 1,
      pagination: false,
      overrideAccess: true,
      draft: false,
      select: { unit: true, deadline: true, answeredAt: true, rating: true, _status: true },
      populate: { [slugs.units]: { name: true, slug: true, kind: true } } as never,
    })
    const units = new Map<string, E.UnitRef>()
    const rows = docs.map((doc) => {
      const unit = unitRef(doc.unit)
      if (unit) units.set(unit.slug, unit)
      const answered = doc._status === 'published' ? (doc.answeredAt ?? null) : null
      return {
        unit: unit?.slug ?? null,
        deadline: doc.deadline ?? null,
        answeredAt: answered,
        rating: answered ? (doc.rating ?? null) : null,
      }
    })
    store.clear()
    for (const stats of unitMessageStats(rows)) {
      const unit = units.get(stats.unit) as E.UnitRef
      store.set({ id: stats.unit, data: await parseData({ id: stats.unit, data: { ...stats, unit } }) })
    }
  },
}
