/**
 * What changed between two states of a document, field by field, for people: the answer of
 * 通过并发布 / 退回 when the draft moved on since the reviewer read it, and the review log when an
 * edit withdraws a submission. Content only: workflow fields and fields the admin shows read-only
 * or hides (numbers, histories and flags the server writes) are left out. Pure; inputs untouched.
 */
import { idOf } from './ids.ts'
import { type FieldLike, labelText, lexicalText } from './sensitiveFields.ts'

export type DraftChange = { path: string; label: string; before?: string; after?: string }
type Field = FieldLike & { admin?: { readOnly?: boolean; hidden?: boolean }; hasMany?: boolean; fields?: Field[] }
type Doc = Record<string, unknown>

/** Fields that are never content: identity, timestamps, publication and review bookkeeping. */
export const NOT_CONTENT: ReadonlySet<string> = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'reviewState',
  'reviewComment',
  'publishReason',
  'sensitiveOverride',
  'lastEditedBy',
  'reviewLog',
])
const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code', 'richText', 'select', 'radio', 'number', 'date', 'checkbox'])
/** Lexical's editor bookkeeping, not content: a re-serialized but unchanged text must compare equal. */
const LEXICAL_NOISE = new Set(['direction', 'textFormat', 'textStyle'])
const CONTEXT = 12
const MAX_SHOWN = 80

const isDoc = (value: unknown): value is Doc => Boolean(value) && typeof value === 'object' && !Array.isArray(value)
const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

/** Sorted keys, empty values dropped: two spellings of the same value give the same text. */
function stable(value: unknown, drop: ReadonlySet<string> = new Set()): unknown {
  if (Array.isArray(value)) return value.map((item) => stable(item, drop))
  if (!isDoc(value)) return isEmpty(value) ? null : value
  const entries = Object.keys(value)
    .filter((key) => !drop.has(key) && !isEmpty(value[key]))
    .sort()
    .map((key) => [key, stable(value[key], drop)])
  return Object.fromEntries(entries)
}

const ref = (value: unknown): string =>
  isDoc(value) && 'relationTo' in value ? `${String(value.relationTo)}:${idOf(value.value)}` : String(idOf(value))

function comparable(field: Field, value: unknown): unknown {
  if (isEmpty(value)) return null
  switch (field.type) {
    case 'relationship':
    case 'upload':
      return Array.isArray(value) ? value.map(ref) : ref(value)
    case 'date':
      return Number.isNaN(Date.parse(String(value))) ? String(value) : Date.parse(String(value))
    case 'richText':
      return stable(value, LEXICAL_NOISE)
    case 'array':
    case 'blocks':
      return Array.isArray(value) ? value.filter(isDoc).map((row) => rowContent(field, row)) : null
    default:
      return stable(value)
  }
}

function rowContent(field: Field, row: Doc): unknown {
  const fields = field.type === 'array' ? (field.fields ?? []) : (field.blocks?.find((b) => b.slug === row.blockType)?.fields ?? [])
  const out: Doc = { blockType: row.blockType ?? null }
  for (const inner of flatCached(fields as Field[])) if (inner.name) out[inner.name] = comparable(inner, row[inner.name])
  return stable(out)
}

const flatLists = new WeakMap<readonly Field[], Field[]>()
/** `flat` once per field list (a list of rows asks for the same fields again and again). */
function flatCached(fields: readonly Field[]): Field[] {
  const known = flatLists.get(fields)
  if (known) return known
  const named = flat(fields)
  flatLists.set(fields, named)
  return named
}

/** Named fields of a field list, with unnamed rows, collapsibles and tabs opened up. */
function flat(fields: readonly Field[]): Field[] {
  return fields.flatMap((field): Field[] => {
    if (field.type === 'tabs') return (field.tabs ?? []).flatMap((tab) => (tab.name ? [{ ...tab, type: 'group' }] : flat(tab.fields)))
    if (!field.name && field.fields) return flat(field.fields)
    return field.name ? [field] : []
  })
}

const shownText = (field: Field, value: unknown): string => {
  if (isEmpty(value)) return ''
  if (field.type === 'richText') return lexicalText(value)
  return Array.isArray(value) ? value.map(String).join('、') : String(value)
}

/** The differing middle of two texts with a little context either side, each capped for a short message. */
export function clipPair(before: string, after: string): { before: string; after: string } {
  const [a, b] = [Array.from(before), Array.from(after)]
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let end = 0
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++
  const cut = (chars: string[]) => {
    const middle = chars.slice(start, chars.length - end)
    const head = start > CONTEXT ? `…${chars.slice(start - CONTEXT, start).join('')}` : chars.slice(0, start).join('')
    const tail =
      end > CONTEXT
        ? `${chars.slice(chars.length - end, chars.length - end + CONTEXT).join('')}…`
        : chars.slice(chars.length - end).join('')
    const shown = middle.length > MAX_SHOWN ? `${middle.slice(0, MAX_SHOWN).join('')}…` : middle.join('')
    return head + shown + tail
  }
  return { before: cut(a), after: cut(b) }
}

/** The content fields that differ between `before` and `after`, in field order, with short before/after texts for text fields. */
export function draftChanges(
  fields: readonly FieldLike[],
  before: Doc | null | undefined,
  after: Doc | null | undefined,
  skip: ReadonlySet<string> = NOT_CONTENT,
  prefix = '',
  parent = '',
): DraftChange[] {
  const out: DraftChange[] = []
  for (const field of flatCached(fields as Field[])) {
    const name = field.name as string
    if (skip.has(name) || field.admin?.readOnly || field.admin?.hidden || field.type === 'ui' || field.type === 'join') continue
    const [was, now] = [before?.[name], after?.[name]]
    const label = [parent, labelText(field.label, name)].filter(Boolean).join(' · ')
    if (field.type === 'group') {
      out.push(...draftChanges(field.fields ?? [], isDoc(was) ? was : {}, isDoc(now) ? now : {}, skip, `${prefix}${name}.`, label))
      continue
    }
    if (was === now || JSON.stringify(was) === JSON.stringify(now)) continue
    if (JSON.stringify(comparable(field, was)) === JSON.stringify(comparable(field, now))) continue
    const change: DraftChange = { path: `${prefix}${name}`, label }
    out.push(TEXT_TYPES.has(field.type) ? { ...change, ...clipPair(shownText(field, was), shownText(field, now)) } : change)
  }
  return out
}
