import { type CollectionBeforeValidateHook, ValidationError } from 'payload'
import { type Id, idOf } from '../../../domain/ids.ts'
import { wouldCreateCycle } from '../../../domain/tree.ts'
import { slugs } from '../../../slugs.ts'

/** Reject a parent that would make a cycle, and a name already used under the same parent. */
export const checkUnitTree: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const id = originalDoc?.id as Id | undefined
  const parent = idOf(data.parent !== undefined ? data.parent : originalDoc?.parent)
  const name = (data.name ?? originalDoc?.name) as string | undefined
  const all = await req.payload.find({ collection: slugs.units, depth: 0, pagination: false, select: { parent: true, name: true }, req })
  const parentOf = new Map(all.docs.map((unit) => [String(unit.id), idOf(unit.parent)]))
  const errors: { path: string; message: string }[] = []
  if (parent !== null && !parentOf.has(String(parent))) {
    errors.push({ path: 'parent', message: `上级单位不存在（ID ${parent}）。 / The parent unit does not exist.` })
  } else if (wouldCreateCycle(id, parent, (unit) => parentOf.get(String(unit)))) {
    errors.push({ path: 'parent', message: '上级单位不能是本单位或其下级单位（会形成循环）。 / The parent would create a cycle.' })
  }
  const sibling = all.docs.find(
    (unit) => unit.name === name && String(idOf(unit.parent)) === String(parent) && String(unit.id) !== String(id),
  )
  if (name && sibling)
    errors.push({ path: 'name', message: `同一上级单位下已有“${name}”。 / A unit with this name already exists under the same parent.` })
  if (errors.length > 0) throw new ValidationError({ collection: slugs.units, errors }, req.t)
  return data
}
