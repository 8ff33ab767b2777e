/** Small mappers from populated CMS relations and select values to the site's plain shapes. */
import type { Attachment, Labelled, LinkRef, UnitRef } from '../lib/entries.ts'
import { mediaUrl } from '../lib/media.ts'

type Doc = Record<string, unknown>
type Labels = Record<string, { zh: string; en: string }>

const isDoc = (value: unknown): value is Doc => Boolean(value) && typeof value === 'object'
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)

export const str = (value: unknown): string =>
  typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value)
export const optional = text

/** A select value with its Chinese label. */
export function labelled(labels: Labels, value: unknown): Labelled {
  const key = str(value)
  return { value: key, label: labels[key]?.zh ?? key }
}

/** A populated unit (relations are read at depth 1); ids alone (not readable) become null. */
export function unitRef(value: unknown): UnitRef | null {
  if (!isDoc(value)) return null
  return { slug: str(value.slug), name: str(value.name), kind: str(value.kind) }
}

export function unitRefs(values: unknown): UnitRef[] {
  return (Array.isArray(values) ? values : []).map(unitRef).filter((unit): unit is UnitRef => unit !== null)
}

/** Populated documents that the public may read (drafts come back as bare ids and are dropped). */
export function linkRefs(values: unknown, titleField = 'title'): LinkRef[] {
  return (Array.isArray(values) ? values : [])
    .filter(isDoc)
    .filter((doc) => doc._status === undefined || doc._status === 'published')
    .map((doc) => ({ slug: str(doc.slug), title: str(doc[titleField]) }))
}

export function attachments(values: unknown, mediaBase: string): Attachment[] {
  return (Array.isArray(values) ? values : [])
    .filter(isDoc)
    .filter((doc) => typeof doc.filename === 'string')
    .map((doc) => ({
      url: mediaUrl(str(doc.filename), mediaBase),
      title: str(doc.alt),
      bytes: Number(doc.filesize ?? 0),
      type: str(doc.mimeType) || 'application/octet-stream',
    }))
}

export const rows = (value: unknown): Doc[] => (Array.isArray(value) ? value.filter(isDoc) : [])
export const dateOnly = (value: unknown): string => str(value).slice(0, 10)

/** The feed identity every public entry carries (issue 25): the stored GUID and the first publish. */
export const feedFields = (doc: Doc): { feedId: string; firstPublishedAt: string | null } => ({
  feedId: str(doc.feedId),
  firstPublishedAt: optional(doc.firstPublishedAt),
})
