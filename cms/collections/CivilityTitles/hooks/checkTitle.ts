import { type CollectionBeforeChangeHook, type CollectionBeforeValidateHook, ValidationError } from 'payload'
import { idOf } from '../../../domain/ids.ts'
import { checkTitle as check, type TitleInput } from '../../../domain/titles.ts'
import { slugs } from '../../../slugs.ts'

/** A unit's title shows the unit's name: filled in when the editor left 持有者名称 empty. */
export const fillHolder: CollectionBeforeValidateHook = async ({ data, req }) => {
  const unit = idOf(data?.unit)
  if (!data || unit === null || (typeof data.holder === 'string' && data.holder.trim() !== '')) return data
  const found = await req.payload.find({
    collection: slugs.units,
    where: { id: { equals: unit } },
    limit: 1,
    depth: 0,
    select: { name: true },
    overrideAccess: true,
    req,
  })
  if (found.docs[0]) data.holder = found.docs[0].name
  return data
}

/** Every rule of cms/domain/titles.ts checkTitle on the whole document; each error names its field. */
export const checkTitle: CollectionBeforeChangeHook = ({ collection, data, req }) => {
  const errors = check(data as TitleInput, new Date())
  if (errors.length > 0)
    throw new ValidationError({ collection: collection.slug, errors: errors.map((e) => ({ path: e.field, message: e.message })) }, req.t)
  return data
}
