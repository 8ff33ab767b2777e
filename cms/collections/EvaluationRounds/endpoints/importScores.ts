/**
 * POST /api/evaluation-rounds/:id/import/preview and …/import/commit — multipart form, field `file`.
 * Staff only. 200 with the preview (and whether anything changed); 400 with every row's problems.
 */
import { addDataAndFileToRequest, type Endpoint, type PayloadHandler, type PayloadRequest } from 'payload'
import { settingsOf } from '../../../config/fromPayload.ts'
import { hasRole } from '../../../domain/roles.ts'
import { ScoreImportError } from '../../../import/errors.ts'
import type { UploadedFile } from '../../../import/readSpreadsheet.ts'
import { commitImport, previewImport } from '../../../import/scoreImport.ts'
import { errorResponse, json, notFound, publicPreview, routeId } from './respond.ts'

/** Room for the multipart envelope around the file. */
const ENVELOPE_BYTES = 64 * 1024

async function uploadedFile(req: PayloadRequest): Promise<UploadedFile> {
  const declared = Number(req.headers.get('content-length') ?? 0)
  const limit = settingsOf(req.payload).limits.scoreImportMaxBytes
  if (declared > limit + ENVELOPE_BYTES) {
    const mb = Math.round((limit / 1024 / 1024) * 10) / 10
    throw new ScoreImportError(`文件过大，上限 ${mb} MB / File too large; the limit is ${mb} MB`, { status: 413 })
  }
  try {
    await addDataAndFileToRequest(req)
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    throw new ScoreImportError(`上传的表单无法读取：${why} / The upload could not be read`)
  }
  const file = req.file
  if (!file?.data) throw new ScoreImportError('请选择要导入的文件（表单字段 file） / Choose a file (form field "file")')
  return { name: file.name, data: file.data }
}

function importHandler(mode: 'preview' | 'commit'): PayloadHandler {
  return async (req) => {
    try {
      if (!hasRole(req.user, 'admin', 'reviewer', 'editor')) {
        return json(
          req,
          { ok: false, message: '只有编辑、审核员或管理员可以导入测评分数 / Only staff can import scores' },
          req.user ? 403 : 401,
        )
      }
      const id = routeId(req)
      if (id === null) return notFound(req)
      const file = await uploadedFile(req)
      if (mode === 'preview') {
        const { currentScores: _current, ...result } = await previewImport(req.payload, id, file, req.user)
        const { errors, matched } = result.preview.summary
        const message =
          errors > 0
            ? `发现 ${errors} 处错误，请修改文件后重新上传；未写入任何数据 / ${errors} problem(s); nothing was written`
            : `可以导入：匹配 ${matched} 个单位 / Ready to import ${matched} units`
        return json(req, { ok: errors === 0, message, ...result, preview: publicPreview(result.preview) }, errors > 0 ? 400 : 200)
      }
      const result = await commitImport(req.payload, id, file, req.user)
      const message = result.changed
        ? `已导入 ${result.preview.summary.matched} 个单位的分数，排名已重新计算（保存为草稿，发布需审核） / Imported; ranks recomputed (saved as a draft)`
        : '分数与当前版本相同，未做任何修改 / Same scores as now; nothing changed'
      return json(req, { ok: true, message, changed: result.changed, round: result.round, preview: publicPreview(result.preview) })
    } catch (error) {
      return errorResponse(req, error)
    }
  }
}

export const importPreviewEndpoint: Endpoint = { path: '/:id/import/preview', method: 'post', handler: importHandler('preview') }
export const importCommitEndpoint: Endpoint = { path: '/:id/import/commit', method: 'post', handler: importHandler('commit') }
