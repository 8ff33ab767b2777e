import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { idOf } from '../../domain/ids.ts'
import { attendanceErrors, durationHours } from '../../domain/volunteering/index.ts'
import { slugs } from '../../slugs.ts'

const touched = (data: Record<string, unknown>, original: Record<string, unknown> | undefined): boolean =>
  original !== undefined && (data.attended !== original.attended || Number(data.hours ?? 0) !== Number(original.hours ?? 0))

/**
 * Attendance and hours: only for a sign-up that stands, once the activity has started, at most its
 * length in hours; the person who recorded them is kept. The clock is the request's.
 */
export const checkAttendance: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation, collection }) => {
  if (operation !== 'update') return data
  const next = { ...originalDoc, ...data }
  if (!touched(next, originalDoc)) return data
  const fail = (path: string, message: string) => new ValidationError({ collection: collection.slug, errors: [{ path, message }] })
  const errors = attendanceErrors({
    attended: Boolean(next.attended),
    hours: Number(next.hours ?? 0),
    cancelled: next.status === 'cancelled',
  })
  if (errors[0]) throw fail(errors[0].field, errors[0].message)
  const activityId = idOf(next.activity)
  const activity =
    activityId === null
      ? null
      : await req.payload.findByID({ collection: slugs.volunteerActivities, id: activityId, depth: 0, overrideAccess: true, req })
  if (!activity || new Date(activity.startsAt).getTime() > Date.now())
    throw fail('attended', '已出勤：活动开始后才能登记出勤和时长。 / Attendance can be recorded once the activity has started.')
  const longest = Math.ceil(durationHours(activity.startsAt, activity.endsAt))
  if (Number(next.hours ?? 0) > longest)
    throw fail('hours', `志愿时长：不能超过活动时长（${longest} 小时）。 / Hours: at most the activity's length (${longest} h).`)
  return { ...data, recordedBy: req.user?.id ?? data.recordedBy }
}
