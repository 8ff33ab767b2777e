/**
 * POST /api/resident-reports/:id/convert  { "unit": <id> } — staff turn a report into a draft
 * exposure (the same path as choosing 转为曝光事项 in the admin: see hooks/convertToExposure.ts).
 * Anonymous 401, others 403; the update runs with the caller's rights.
 */
import { type Endpoint, ValidationError } from 'payload'
import { idOf } from '../../../domain/ids.ts'
import { hasRole } from '../../../domain/roles.ts'
import { slugs } from '../../../slugs.ts'

export const convertEndpoint: Endpoint = {
  path: '/:id/convert',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'reviewer', 'editor')) {
      return Response.json(
        { ok: false, message: '只有编辑、审核员或管理员可以转为曝光事项。 / Staff only.' },
        { status: req.user ? 403 : 401 },
      )
    }
    const id = String(req.routeParams?.id ?? '')
    const body = (await req.json?.().catch(() => ({}))) as { unit?: unknown } | undefined
    const unit = idOf(body?.unit)
    if (!/^[\w-]{1,64}$/.test(id) || unit === null) {
      return Response.json({ ok: false, message: '请选择责任单位（unit）。 / Choose the responsible unit.' }, { status: 400 })
    }
    try {
      const report = await req.payload.update({
        collection: slugs.residentReports,
        id,
        data: { convertUnit: unit } as never,
        user: req.user,
        overrideAccess: false,
        req,
        depth: 0,
      })
      return Response.json({ ok: true, report: report.id, exposure: idOf(report.exposure), status: report.status }, { status: 200 })
    } catch (error) {
      if (error instanceof ValidationError) return Response.json({ ok: false, errors: error.data.errors }, { status: 400 })
      const status = (error as { status?: number }).status ?? 500
      return Response.json({ ok: false, message: status === 404 ? '没有这条随手拍。 / Not found.' : (error as Error).message }, { status })
    }
  },
}
