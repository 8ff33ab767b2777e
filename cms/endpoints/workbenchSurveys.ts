/** The workbench's open surveys with their response counts (staff only; a liaison sees none). */
import type { PayloadRequest } from 'payload'
import { openSurveyConditions, whereOf } from '../domain/dashboard.ts'
import { hasRole } from '../domain/roles.ts'
import { slugs } from '../slugs.ts'

export type OpenSurvey = { title: string; href: string; responses: number; closesAt: string }

export async function openSurveys(req: PayloadRequest, now: Date): Promise<OpenSurvey[]> {
  if (!hasRole(req.user, 'admin', 'reviewer', 'editor')) return []
  const { docs } = await req.payload.find({
    collection: slugs.surveys,
    where: whereOf(openSurveyConditions(now)),
    sort: 'closesAt',
    limit: 20,
    depth: 0,
    select: { title: true, closesAt: true },
    user: req.user,
    overrideAccess: false,
  })
  return Promise.all(
    docs.map(async (doc) => ({
      title: String(doc.title),
      href: `/admin/collections/${slugs.surveys}/${doc.id}`,
      closesAt: String(doc.closesAt),
      responses: (
        await req.payload.count({
          collection: slugs.surveyResponses,
          where: { survey: { equals: doc.id } },
          user: req.user,
          overrideAccess: false,
        })
      ).totalDocs,
    })),
  )
}
