import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { isInLiaisonScope, liaisonUnit } from '../../../access/unitScope.ts'
import { idOf } from '../../../domain/ids.ts'

/** A liaison works on their own unit's (and the units below it) activities and centres only. */
export const keepLiaisonUnit: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  if (liaisonUnit(req.user) === undefined) return data
  if (await isInLiaisonScope(req, idOf(data.unit ?? originalDoc?.unit))) return data
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: [
        { path: 'unit', message: '联络员只能填写本单位及下属单位的内容。 / Liaisons work only on their own unit and the units below it.' },
      ],
    },
    req.t,
  )
}
