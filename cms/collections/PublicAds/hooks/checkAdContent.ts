import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { checkAdContent as judge } from '../../../domain/ads.ts'
import { slugs } from '../../../slugs.ts'

/** An ad needs what its format shows (image, slogan text or video) and a validity that ends after it starts. */
export const checkAdContent: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const errors = judge({
    format: merged.format,
    hasImage: Boolean(merged.image),
    hasVideo: Boolean(merged.video || merged.videoUrl),
    slogan: merged.slogan,
    validFrom: merged.validFrom,
    validTo: merged.validTo,
  })
  if (errors.length > 0) throw new ValidationError({ collection: slugs.publicAds, errors }, req.t)
  return data
}
