import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

/** An activity ends after it starts: a clear error naming 结束时间 otherwise. */
export const checkActivityTimes: CollectionBeforeValidateHook = ({ data, originalDoc, collection }) => {
  const startsAt = data?.startsAt ?? originalDoc?.startsAt
  const endsAt = data?.endsAt ?? originalDoc?.endsAt
  if (!startsAt || !endsAt) return data
  if (new Date(endsAt).getTime() > new Date(startsAt).getTime()) return data
  throw new ValidationError({
    collection: collection.slug,
    errors: [{ path: 'endsAt', message: '结束时间：应晚于开始时间。 / Ends at: must be after the start.' }],
  })
}
