import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { chinaDay, storedDay } from '../../../domain/dates.ts'
import { idOf } from '../../../domain/ids.ts'
import { exposureTitleFor } from '../../../domain/residentReports.ts'
import { slugs } from '../../../slugs.ts'

/**
 * 转为曝光事项: an editor picks the responsible unit (`convertUnit`) and saves. A DRAFT exposure is
 * created in the same transaction, as that editor (their rights apply), pre-filled with the photos,
 * place, coordinates and description; it then goes through the normal review. The reporter's
 * contact is not copied. The report is linked to it and closed as 已转入曝光台.
 */
export const convertToExposure: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const unit = idOf(data.convertUnit)
  data.convertUnit = null
  if (operation !== 'update' || unit === null) return data
  if (idOf(originalDoc?.exposure) !== null) {
    throw new ValidationError(
      {
        collection: slugs.residentReports,
        errors: [{ path: 'convertUnit', message: '这条随手拍已经转为曝光事项。 / Already converted.' }],
      },
      req.t,
    )
  }
  const report = { ...originalDoc, ...data }
  const coordinates = (report.coordinates ?? {}) as { lat?: number | null; lng?: number | null }
  const photos = ((report.photos ?? []) as unknown[]).map(idOf).filter((id) => id !== null)
  const exposure = await req.payload.create({
    collection: slugs.exposures,
    draft: true,
    data: {
      _status: 'draft',
      title: exposureTitleFor(String(report.category), String(report.place)),
      description: String(report.description),
      place: String(report.place),
      coordinates: { lat: coordinates.lat ?? null, lng: coordinates.lng ?? null },
      beforePhotos: photos,
      foundAt: storedDay(chinaDay(String(originalDoc?.createdAt ?? new Date().toISOString())) ?? new Date().toISOString().slice(0, 10)),
      unit,
      internalNotes: `来源：市民随手拍 #${originalDoc?.id}`,
    } as never,
    req,
    user: req.user,
    overrideAccess: false,
  })
  data.exposure = exposure.id
  data.unit = data.unit ?? originalDoc?.unit ?? unit
  data.status = 'converted'
  return data
}
