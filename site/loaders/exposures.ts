import { effectiveStatus, isOverdue, RECTIFICATION_LABELS, type RectificationStatus } from '../../cms/domain/exposureRules.ts'
import type { ExposureEntry } from '../lib/entries.ts'
import { siteImageUnder } from '../lib/media.ts'
import { dateOnly, labelled, optional, rows, str, unitRef } from './refs.ts'

type Doc = Record<string, unknown>
const images = (value: unknown, mediaBase: string) =>
  Array.isArray(value) ? value.map(siteImageUnder(mediaBase)).filter((image) => image !== undefined) : []

/** The 督办单 residents see: its number, issue date and 销号 date; none until one is issued. */
function supervisionOf(value: unknown): ExposureEntry['supervision'] {
  const order = (value ?? {}) as Doc
  if (!order.label || order.state === 'none') return null
  return {
    label: str(order.label),
    issuedAt: dateOnly(order.issuedAt),
    verifiedAt: order.state === 'closed' && order.verifiedAt ? dateOnly(order.verifiedAt) : null,
  }
}

/** An exposure as residents see it; the status is recomputed at build time so overdue items show as overdue. */
export function exposureEntry(doc: Doc, now: Date, mediaBase: string): Omit<ExposureEntry, 'cmsId' | 'updatedAt'> {
  const rectification = (doc.rectification ?? {}) as Doc
  const coordinates = (doc.coordinates ?? {}) as Doc
  const deadline = str(doc.deadline ?? doc.foundAt)
  const state = {
    deadline,
    status: (str(rectification.status) || 'pending') as RectificationStatus,
    rectifiedAt: optional(rectification.rectifiedAt),
  }
  const lat = Number(coordinates.lat)
  const lng = Number(coordinates.lng)
  return {
    title: str(doc.title),
    description: str(doc.description),
    place: str(doc.place),
    coordinates: Number.isFinite(lat) && Number.isFinite(lng) && coordinates.lat !== null ? { lat, lng } : null,
    foundAt: dateOnly(doc.foundAt),
    deadline: dateOnly(deadline),
    originalDeadline: doc.originalDeadline && dateOnly(doc.originalDeadline) !== dateOnly(deadline) ? dateOnly(doc.originalDeadline) : null,
    unit: unitRef(doc.unit) ?? { slug: '', name: '', kind: '' },
    status: labelled(RECTIFICATION_LABELS, effectiveStatus(state, now)),
    overdue: isOverdue(state, now),
    reply: optional(rectification.reply),
    rectifiedAt: state.rectifiedAt ? dateOnly(state.rectifiedAt) : null,
    before: images(doc.beforePhotos, mediaBase),
    after: images(rectification.afterPhotos, mediaBase),
    history: rows(doc.statusHistory).map((row) => ({ status: labelled(RECTIFICATION_LABELS, row.status), at: str(row.at) })),
    supervision: supervisionOf(doc.supervision),
  }
}
