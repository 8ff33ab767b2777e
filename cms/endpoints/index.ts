/** Root endpoints of the workbench: the per-role summary (staff and liaisons) and the audit export (admins). */
import type { Endpoint, PayloadHandler } from 'payload'
import { auditExportEndpoint } from './auditExport.ts'
import { errorResponse, json, refuseUnless } from './respond.ts'
import { workbenchSummary } from './workbenchSummary.ts'

/** GET /api/workbench/summary — what the caller's 工作台 shows, computed with the caller's rights. */
const summary: PayloadHandler = async (req) => {
  const refused = refuseUnless(req, ['admin', 'reviewer', 'editor', 'unitLiaison'], '查看工作台')
  if (refused) return refused
  try {
    return json(req, { ok: true, ...(await workbenchSummary(req)) })
  } catch (error) {
    return errorResponse(req, error)
  }
}

export const workbenchEndpoints: Endpoint[] = [{ path: '/workbench/summary', method: 'get', handler: summary }, auditExportEndpoint]
