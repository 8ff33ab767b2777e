/** The published activity an anonymous endpoint acts on (anonymous read: published only), and its places. */
import type { PayloadRequest } from 'payload'
import { idOf } from '../../../domain/ids.ts'
import { paths } from '../../../domain/publicPaths.ts'
import { PLACES_AT, placesRule } from '../../../domain/volunteering/index.ts'
import { usedSlots } from '../../../limits/sharedLimits.ts'
import { slugs } from '../../../slugs.ts'
import { publishedById } from '../../publishedById.ts'
import type { Block } from '../../ResidentReports/endpoints/page.ts'

export type PublicActivity = {
  id: number | string
  slug: string
  title: string
  startsAt: string
  endsAt: string
  places: number
  unit: number | string | null
}

export async function publishedActivity(payload: PayloadRequest['payload'], rawId: unknown): Promise<PublicActivity | null> {
  const doc = await publishedById(payload, slugs.volunteerActivities, rawId, {
    slug: true,
    title: true,
    startsAt: true,
    endsAt: true,
    places: true,
    unit: true,
  })
  if (!doc) return null
  return {
    id: doc.id as number | string,
    slug: String(doc.slug ?? ''),
    title: String(doc.title ?? ''),
    startsAt: String(doc.startsAt),
    endsAt: String(doc.endsAt),
    places: Number(doc.places ?? 0),
    unit: idOf(doc.unit),
  }
}

/** Places taken now, counted in the database (every process agrees). */
export const placesTaken = (payload: PayloadRequest['payload'], activity: PublicActivity): Promise<number> =>
  usedSlots(payload, placesRule(activity.places), String(activity.id), PLACES_AT)

export const activityPath = (activity: Pick<PublicActivity, 'slug'>): string => paths.volunteerActivity(activity.slug)

export const backToActivity = (activity: PublicActivity): Block => ({
  kind: 'link',
  href: activityPath(activity),
  text: `返回“${activity.title}”活动页面（浏览器“后退”可保留已填内容）`,
})

export const NOT_FOUND = {
  status: 404,
  title: '没有找到这项活动',
  blocks: [{ kind: 'p' as const, text: '活动不存在或已撤下。' }],
  json: { ok: false },
}
