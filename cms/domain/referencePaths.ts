/**
 * Where a collection's documents point at documents of another collection (relationship and upload
 * fields, inside groups and arrays too), as query paths ('unit', 'placements.unit', 'photos'), leaving
 * out fields with a read rule of their own (never public).
 * The site's loader uses them to re-read only the documents that embed a renamed unit or a
 * re-captioned image instead of every document. Pure: works on Payload's flattened field config.
 */
export type FieldLike = {
  name?: string
  type: string
  relationTo?: string | readonly string[]
  flattenedFields?: readonly FieldLike[]
  blocks?: readonly { flattenedFields?: readonly FieldLike[]; fields?: readonly FieldLike[] }[]
  access?: { read?: unknown }
}

const pointsAt = (field: FieldLike, target: string): boolean =>
  (field.type === 'relationship' || field.type === 'upload') &&
  (Array.isArray(field.relationTo) ? field.relationTo.includes(target) : field.relationTo === target)

/** Does any field under these point at `target`? */
function mentions(fields: readonly FieldLike[], target: string): boolean {
  return fields.some(
    (field) =>
      pointsAt(field, target) ||
      mentions(field.flattenedFields ?? [], target) ||
      (field.blocks ?? []).some((block) => mentions(block.flattenedFields ?? block.fields ?? [], target)),
  )
}

/**
 * The query paths of every field pointing at `target`, or null when one sits where a query path
 * cannot reach it (inside blocks or a polymorphic relationship): then every document must be re-read.
 */
export function referencePaths(fields: readonly FieldLike[], target: string, prefix = ''): string[] | null {
  const paths: string[] = []
  for (const field of fields) {
    // A field with its own read rule is not on public pages (the site reads as anonymous), and an
    // anonymous query may not filter by it either (a 留言's photos): nothing to re-read for it.
    if (field.access?.read) continue
    const path = field.name ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
    if (pointsAt(field, target)) {
      if (Array.isArray(field.relationTo)) return null
      paths.push(path)
    } else if (field.type === 'blocks') {
      if ((field.blocks ?? []).some((block) => mentions(block.flattenedFields ?? block.fields ?? [], target))) return null
    } else if (field.flattenedFields) {
      const inner = referencePaths(field.flattenedFields, target, `${path}.`)
      if (inner === null) return null
      paths.push(...inner)
    }
  }
  return paths
}

/**
 * Were documents of a collection deleted since the last load? `before` documents then, `created`
 * since, `now` documents today: anything short of before + created was deleted (a deleted unit or
 * image leaves no trace on the documents that showed it, so they must all be re-read).
 */
export const deletedSince = (before: number, created: number, now: number): boolean => before + created > now
