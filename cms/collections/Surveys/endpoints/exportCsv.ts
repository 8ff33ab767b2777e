/**
 * GET /api/surveys/:id/results.csv — every response as a row (短文字 answers included: never public),
 * formula-escaped. Editors, reviewers and administrators only: anyone else gets 403 before anything is read.
 */
import type { Endpoint } from 'payload'
import { idOf } from '../../../domain/ids.ts'
import { hasRole } from '../../../domain/roles.ts'
import { type Answer, type SurveyQuestion, surveyCsv } from '../../../domain/surveys/index.ts'
import { slugs } from '../../../slugs.ts'

const MAX_ROWS = 100_000
const refuse = (status: number, message: string) =>
  Response.json({ ok: false, message }, { status, headers: { 'cache-control': 'no-store' } })

export const exportCsvEndpoint: Endpoint = {
  path: '/:id/results.csv',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'reviewer', 'editor'))
      return refuse(403, '只有编辑和审核人员可以导出问卷答卷。 / Editors and reviewers only.')
    const id = String(req.routeParams?.id ?? '')
    if (!/^[\w-]{1,64}$/.test(id)) return refuse(404, '没有找到这份问卷。')
    const survey = (
      await req.payload.find({
        collection: slugs.surveys,
        where: { id: { equals: id } },
        limit: 1,
        depth: 0,
        draft: true,
        overrideAccess: true,
      })
    ).docs[0]
    if (!survey) return refuse(404, '没有找到这份问卷。')
    const units = await req.payload.find({
      collection: slugs.units,
      where: { kind: { equals: 'district' } },
      pagination: false,
      depth: 0,
      select: { name: true },
      overrideAccess: true,
    })
    const names = new Map(units.docs.map((unit) => [String(unit.id), String(unit.name)]))
    const { docs } = await req.payload.find({
      collection: slugs.surveyResponses,
      where: { survey: { equals: survey.id } },
      sort: 'id',
      limit: MAX_ROWS,
      depth: 0,
      overrideAccess: true,
      select: { answers: true, district: true, createdAt: true },
    })
    const rows = docs.map((doc) => ({
      at: String(doc.createdAt),
      district: idOf(doc.district) === null ? null : (names.get(String(idOf(doc.district))) ?? String(idOf(doc.district))),
      answers: doc.answers as Answer[],
    }))
    const csv = surveyCsv((survey.questions ?? []) as SurveyQuestion[], rows, Boolean(survey.askDistrict))
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="survey-${survey.id}.csv"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      },
    })
  },
}
