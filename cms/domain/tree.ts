/**
 * The unit tree (市 → 区县 → 街道 → 社区 → 网格, plus 部门). Pure: the parent lookup is passed in,
 * so the same rules work on a loaded map, a test fixture or a cache.
 */

/** A document id: Payload uses numbers on SQL and strings on MongoDB. */
export type Id = number | string

/** Looks up the parent of a unit; null/undefined for a root. */
export type ParentOf = (id: Id) => Id | null | undefined

/** Two ids are the same when their string forms match (1 === '1'). */
export const sameId = (a: Id, b: Id): boolean => String(a) === String(b)

/** True when giving `id` the parent `newParent` would close a loop (or the stored tree already loops). */
export function wouldCreateCycle(id: Id | undefined, newParent: Id | null | undefined, parentOf: ParentOf): boolean {
  if (newParent === null || newParent === undefined) return false
  const visited = new Set<string>()
  let current: Id | null | undefined = newParent
  while (current !== null && current !== undefined) {
    if (id !== undefined && sameId(current, id)) return true
    const key = String(current)
    if (visited.has(key)) return true
    visited.add(key)
    current = parentOf(current)
  }
  return false
}

/** The ancestors of a unit, nearest first; stops (without repeating) if the stored tree loops. */
export function ancestors(id: Id, parentOf: ParentOf): Id[] {
  const result: Id[] = []
  const visited = new Set<string>([String(id)])
  let current = parentOf(id)
  while (current !== null && current !== undefined && !visited.has(String(current))) {
    visited.add(String(current))
    result.push(current)
    current = parentOf(current)
  }
  return result
}

/** A unit and every unit below it (a street's communities and their grids), given each unit's parent. */
export function subtree(root: Id, units: readonly { id: Id; parent?: Id | null }[]): Id[] {
  const children = new Map<string, Id[]>()
  for (const unit of units) {
    if (unit.parent === null || unit.parent === undefined) continue
    const key = String(unit.parent)
    children.set(key, [...(children.get(key) ?? []), unit.id])
  }
  const result: Id[] = [root]
  const seen = new Set<string>([String(root)])
  for (let index = 0; index < result.length; index += 1) {
    for (const child of children.get(String(result[index])) ?? []) {
      if (seen.has(String(child))) continue
      seen.add(String(child))
      result.push(child)
    }
  }
  return result
}
