/**
 * A unit liaison's scope: their own unit and every unit below it (a street's liaison works on the
 * street, its communities and their grids). The unit tree is read once per request.
 */
import type { PayloadRequest, Where } from 'payload'
import { hasRole } from '../domain/roles.ts'
import { type Id, sameId, subtree } from '../domain/tree.ts'
import { slugs } from '../slugs.ts'

const scopes = new WeakMap<object, Promise<Id[]>>()

/** The unit a liaison belongs to (id), or undefined for anyone else. */
export function liaisonUnit(user: unknown): Id | undefined {
  if (!hasRole(user as object, 'unitLiaison')) return undefined
  const unit = (user as { unit?: unknown }).unit
  if (unit && typeof unit === 'object' && 'id' in unit) return (unit as { id: Id }).id
  return typeof unit === 'number' || typeof unit === 'string' ? unit : undefined
}

async function loadScope(req: PayloadRequest, root: Id): Promise<Id[]> {
  const { docs } = await req.payload.find({
    collection: slugs.units,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { parent: true } as never,
    req,
  })
  return subtree(
    root,
    (docs as { id: Id; parent?: Id | { id: Id } | null }[]).map((unit) => ({
      id: unit.id,
      parent: unit.parent && typeof unit.parent === 'object' ? unit.parent.id : unit.parent,
    })),
  )
}

/** The unit ids a liaison may work on, or undefined when the user is not a liaison (or has no unit). */
export async function liaisonScope(req: PayloadRequest): Promise<Id[] | undefined> {
  const root = liaisonUnit(req.user)
  if (root === undefined) return undefined
  let scope = scopes.get(req)
  if (!scope) {
    scope = loadScope(req, root)
    scopes.set(req, scope)
  }
  return scope
}

/** A query for documents whose `unit` is in the liaison's scope. */
export const unitInScope = (scope: readonly Id[]): Where => ({ unit: { in: [...scope] } })

/** True when a liaison may work on documents of `unit`. */
export async function isInLiaisonScope(req: PayloadRequest, unit: Id | null | undefined): Promise<boolean> {
  const scope = await liaisonScope(req)
  return scope !== undefined && unit !== null && unit !== undefined && scope.some((id) => sameId(id, unit))
}
