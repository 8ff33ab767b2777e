/**
 * Which uploads a document uses. Pure: works on a minimal shape of Payload's field configs, so the
 * media-visibility rule can be table-tested without a database.
 */
import { idOf } from './ids.ts'

export type FieldShape = {
  type: string
  name?: string
  relationTo?: string | string[]
  fields?: readonly FieldShape[]
  tabs?: readonly { name?: string; fields: readonly FieldShape[] }[]
}
type Id = number | string

/** Dot paths of every upload field pointing at `mediaSlug` (inside groups, rows, collapsibles, tabs, arrays). */
export function uploadPaths(fields: readonly FieldShape[], mediaSlug: string, prefix = ''): string[] {
  const paths: string[] = []
  for (const field of fields) {
    const here = field.name ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
    if (field.type === 'upload' && field.relationTo === mediaSlug && field.name) paths.push(here)
    else if (field.fields && (field.type === 'group' || field.type === 'array'))
      paths.push(...uploadPaths(field.fields, mediaSlug, field.name ? `${here}.` : prefix))
    else if (field.fields) paths.push(...uploadPaths(field.fields, mediaSlug, prefix))
    else if (field.tabs)
      for (const tab of field.tabs) paths.push(...uploadPaths(tab.fields, mediaSlug, tab.name ? `${prefix}${tab.name}.` : prefix))
  }
  return paths
}

function valuesAt(value: unknown, segments: readonly string[]): unknown[] {
  if (value === null || value === undefined) return []
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, segments))
  if (segments.length === 0) return [value]
  if (typeof value !== 'object') return []
  const [head, ...rest] = segments as [string, ...string[]]
  return valuesAt((value as Record<string, unknown>)[head], rest)
}

/** Ids of the uploads a document uses at those paths (ids or populated objects, single or many). */
export function mediaIdsIn(doc: unknown, paths: readonly string[]): Id[] {
  const ids = new Set<string>()
  const out: Id[] = []
  for (const path of paths) {
    for (const value of valuesAt(doc, path.split('.'))) {
      const id = idOf(value)
      if (id !== null && id !== '' && !ids.has(String(id))) {
        ids.add(String(id))
        out.push(id)
      }
    }
  }
  return out
}
