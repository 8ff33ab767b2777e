/**
 * The site shape of a generic public type (a table entry's `generic`): which of its fields is the
 * title, the date, the summary, the rich-text body, the image, the labelled meta lines, the units
 * and the ordered links to documents of other types. site/loaders/generic.ts builds every generic
 * type's entries from it; the routes under site/pages/[section]/ show them. Pure data and rules.
 */
import type { Label } from './options.ts'

export type GenericShape = {
  /** Text field: the document's title (also the table's titleField). */
  title: string
  /** Date field (a China calendar day): lists are newest first by it. */
  date: string
  /** Textarea: the summary (the body's first 120 characters when empty). */
  summary?: string
  /** Rich-text field: the body, sanitized HTML on the site. */
  body?: string
  /** Upload field: the lead image (cover, header image). */
  image?: string
  /** Text fields shown as labelled lines under the title (来源：…, 作者：…), in this order. */
  meta?: readonly { field: string; label: Label }[]
  /** hasMany relationship to units: the document is listed on those units' pages. */
  units?: string
  /** Polymorphic hasMany relationship to public types: links shown in the editors' order, each with its type. */
  refs?: { field: string; heading: string }
  /** Items a list page (default 12). */
  pageSize?: number
  /** How many the home page block lists (default 5). */
  homeCount?: number
}

/** One link of a `refs` field as stored: the collection and the CMS id (a draft or a deleted item is never shown). */
export type StoredRef = { relationTo: string; value: unknown }

/** Most links one document may gather: a topic page stays readable and within the page budget. */
export const MAX_REFS = 60

/**
 * A refs field's value checked: only the collections it may link (`allowed`), no item twice, not
 * more than MAX_REFS. The message names the field (zh / en).
 */
export function checkRefs(value: unknown, label: Label, allowed?: readonly string[]): true | string {
  if (!Array.isArray(value)) return true
  if (value.length > MAX_REFS) return `${label.zh}最多 ${MAX_REFS} 项。 / ${label.en}: at most ${MAX_REFS} items.`
  const foreign = allowed ? value.find((ref: StoredRef) => !allowed.includes(String(ref?.relationTo))) : undefined
  if (foreign)
    return `${label.zh}不能包含“${String(foreign.relationTo)}”类内容。 / ${label.en}: ${String(foreign.relationTo)} cannot be linked here.`
  const keys = value.map((ref: StoredRef) => `${ref?.relationTo}:${refId(ref?.value)}`)
  if (new Set(keys).size !== keys.length) return `${label.zh}中有重复的条目。 / ${label.en}: an item is listed twice.`
  return true
}

/** The id of a relationship value, populated or not. */
export function refId(value: unknown): string {
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return value === null || value === undefined ? '' : String(value)
}
