/**
 * GET /api/evaluation-rounds/:id/export.xlsx and …/export.csv — the round's ranking for download.
 * Staff get the latest version (draft included); anyone else only a published round.
 */
import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { rankingTable, safeFileName } from '../../../domain/rankingExport.ts'
import { hasRole } from '../../../domain/roles.ts'
import { rankingCsv, rankingXlsx } from '../../../import/writeSpreadsheet.ts'
import { slugs } from '../../../slugs.ts'
import { errorResponse, notFound, routeId } from './respond.ts'

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const

const idOf = (value: unknown): string => String(value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)

/** Name and code of each unit in the ranking, by id. */
async function unitNames(req: PayloadRequest, ids: string[]): Promise<Map<string, { name: string; code?: string | null }>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: slugs.units,
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    select: { name: true, code: true },
    user: req.user,
    overrideAccess: false,
  })
  return new Map(docs.map((unit) => [String(unit.id), { name: unit.name, code: unit.code }]))
}

function exportHandler(format: keyof typeof TYPES): PayloadHandler {
  return async (req) => {
    try {
      const id = routeId(req)
      if (id === null) return notFound(req)
      const staff = hasRole(req.user, 'admin', 'reviewer', 'editor')
      const { payload, user } = req
      const round = await payload.findByID({
        collection: slugs.evaluationRounds,
        id,
        draft: staff,
        depth: 0,
        user,
        overrideAccess: false,
        disableErrors: true,
      })
      if (!round) return notFound(req)
      const results = round.results ?? []
      const units = await unitNames(
        req,
        results.map((row) => idOf(row.unit)),
      )
      const table = rankingTable(round.indicators ?? [], results, units)
      const body = format === 'xlsx' ? await rankingXlsx(table, round.title) : rankingCsv(table)
      const name = `${safeFileName(round.title)}-排名.${format}`
      const headers = new Headers({
        'content-type': TYPES[format],
        'content-disposition': `attachment; filename="ranking-${round.id}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        'cache-control': 'no-store',
      })
      return new Response(typeof body === 'string' ? body : new Uint8Array(body), { status: 200, headers })
    } catch (error) {
      return errorResponse(req, error)
    }
  }
}

export const exportXlsxEndpoint: Endpoint = { path: '/:id/export.xlsx', method: 'get', handler: exportHandler('xlsx') }
export const exportCsvEndpoint: Endpoint = { path: '/:id/export.csv', method: 'get', handler: exportHandler('csv') }
