/**
 * POST /api/resident-reports/submit — the public 随手拍 form (multipart, works without JavaScript).
 * Anyone may call it from the site's own page; it is guarded by: same-site only (403), attempt and
 * report limits per client network counted in the database (429 + Retry-After), a byte cap on the
 * body and on each photo, a honeypot field, the one-time challenge the server put on the form page
 * (cms/limits/challenges.ts: a few tries per token, a solved token used once), field validation
 * (Chinese messages naming the field), photo checks by content, and duplicate detection (same text
 * or photo within a day). Success: a page with the tracking code.
 */
import { randomBytes } from 'node:crypto'
import type { Endpoint, PayloadRequest, Where } from 'payload'
import { settingsOf } from '../../../config/fromPayload.ts'
import {
  DUPLICATE_WINDOW_MS,
  reportBodyMaxBytes,
  reportPhotoMaxBytes,
  reportTextHash,
  validateReport,
} from '../../../domain/residentReports.ts'
import { REPORT_ATTEMPT_LIMIT, REPORT_LIMIT } from '../../../domain/residentReportsLimits.ts'
import { formatTrackingCode, hashTrackingCode, trackingCodeFrom } from '../../../domain/trackingCode.ts'
import { checkChallenge, redeemChallenge } from '../../../limits/challenges.ts'
import { oneWriterAtATime } from '../../../oneWriter.ts'
import { slugs } from '../../../slugs.ts'
import { challengeRefused, refuseCrossSite, takeLimit } from './guard.ts'
import { answer, BACK_TO_FORM, badInput } from './page.ts'
import { checkPhotos } from './photos.ts'
import { BodyTooLarge, readForm } from './readForm.ts'
import { storeReport } from './store.ts'

export const REPORT_CHALLENGE = 'resident-report' as const
export const HONEYPOT_FIELD = 'website'

function newTrackingCode(): string {
  for (;;) {
    const code = trackingCodeFrom(randomBytes(32))
    if (code) return code
  }
}

async function isDuplicate(req: PayloadRequest, textHash: string, photoHashes: string[], now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - DUPLICATE_WINDOW_MS).toISOString()
  const same: Where[] = [
    { textHash: { equals: textHash } },
    ...(photoHashes.length > 0 ? [{ 'photoHashes.hash': { in: photoHashes } }] : []),
  ]
  const { totalDocs } = await req.payload.count({
    collection: slugs.residentReports,
    where: { and: [{ createdAt: { greater_than: since } }, { or: same }] },
    overrideAccess: true,
  })
  return totalDocs > 0
}

const duplicate = (req: PayloadRequest): Response =>
  answer(req, {
    status: 409,
    title: '相同的问题已经收到',
    blocks: [
      { kind: 'p', text: '今天已经收到内容或照片相同的随手拍，无需重复提交。请用第一次提交时得到的查询码查看进度。' },
      { kind: 'link', href: '/report/status/', text: '查询处理进度' },
    ],
    json: { ok: false, duplicate: true, message: '今天已经收到相同内容或照片的随手拍。' },
  })

async function submit(req: PayloadRequest, now: Date): Promise<Response> {
  const photoMax = reportPhotoMaxBytes(settingsOf(req.payload).limits.mediaMaxBytes)
  const form = await readForm(req, { maxBytes: reportBodyMaxBytes(photoMax), fileFields: ['photos'] })
  if (form.fields[HONEYPOT_FIELD])
    return badInput(req, [{ field: HONEYPOT_FIELD, message: '表单校验未通过，请刷新页面后重新填写。' }], '提交未通过校验')
  const challenge = await checkChallenge(req.payload, {
    purpose: REPORT_CHALLENGE,
    token: form.fields.challengeToken,
    answer: form.fields.challengeAnswer,
    now: now.getTime(),
  })
  const checked = validateReport(form.fields, form.files.length)
  if (!challenge.ok && checked.ok) return challengeRefused(req, challenge, BACK_TO_FORM)
  const errors = [
    ...(challenge.ok ? [] : [{ field: 'challengeAnswer', message: challenge.message }]),
    ...(checked.ok ? [] : checked.errors),
  ]
  if (errors.length > 0 || !checked.ok || !challenge.ok) return badInput(req, errors)
  const { photos, errors: photoErrors } = await checkPhotos(form.files, photoMax)
  if (photoErrors.length > 0) return badInput(req, photoErrors)
  const code = newTrackingCode()
  // The challenge used, the duplicate check and the store: this process's one writer at a time (cms/oneWriter.ts).
  const refusal = await oneWriterAtATime(req.payload, async () => {
    const used = await redeemChallenge(req.payload, challenge)
    if (!used.ok) return challengeRefused(req, used, BACK_TO_FORM)
    const textHash = reportTextHash(checked.value.description, checked.value.place)
    const photoHashes = photos.map((photo) => photo.hash)
    if (await isDuplicate(req, textHash, photoHashes, now)) return duplicate(req)
    await storeReport(req, { report: checked.value, photos, trackingHash: hashTrackingCode(code), textHash })
    return null
  })
  if (refusal) return refusal
  const shown = formatTrackingCode(code)
  return answer(req, {
    status: 201,
    title: '随手拍已收到，谢谢您！',
    blocks: [
      { kind: 'p', text: '您的查询码（请抄下或截图保存，只显示这一次）：' },
      { kind: 'code', text: shown },
      { kind: 'p', text: '工作人员一般在 1 个工作日内处理。凭查询码可以查看处理进度，查询结果不显示任何个人信息。' },
      { kind: 'link', href: `/api/resident-reports/status?code=${shown}`, text: '查询处理进度' },
    ],
    json: { ok: true, code: shown, status: 'received' },
  })
}

export const submitEndpoint: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    const now = new Date()
    const crossSite = refuseCrossSite(req)
    if (crossSite) return crossSite
    const attempt = await takeLimit(req, REPORT_ATTEMPT_LIMIT, '提交随手拍', now.getTime())
    if (!attempt.ok) return attempt.response
    const slot = await takeLimit(req, REPORT_LIMIT, '提交随手拍', now.getTime())
    if (!slot.ok) return slot.response
    try {
      const response = await submit(req, now)
      if (response.status !== 201) await slot.giveBack()
      return response
    } catch (error) {
      await slot.giveBack()
      if (error instanceof BodyTooLarge) {
        const mb = Math.round(reportBodyMaxBytes(reportPhotoMaxBytes(settingsOf(req.payload).limits.mediaMaxBytes)) / 1024 / 1024)
        return answer(req, {
          status: 413,
          title: '提交的内容过大',
          blocks: [{ kind: 'p', text: `照片：总大小超过上限（约 ${mb} MB），请减少照片或缩小后重试。` }, BACK_TO_FORM],
          json: { ok: false, message: `照片总大小超过上限（约 ${mb} MB）。` },
        })
      }
      if (error instanceof Error && error.name === 'UnreadableForm')
        return badInput(req, [{ field: 'form', message: '表单无法读取，请从网站的随手拍页面提交。' }])
      req.payload.logger.error({ err: error, msg: 'resident report not saved' })
      return answer(req, {
        status: 500,
        title: '暂时无法保存',
        blocks: [{ kind: 'p', text: '系统暂时无法保存您的随手拍，没有保存任何内容。请稍后重试。' }, BACK_TO_FORM],
        json: { ok: false, message: '暂时无法保存，请稍后重试。' },
      })
    }
  },
}
