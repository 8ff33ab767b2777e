/**
 * POST /api/messages/submit — the public 留言 form (multipart, works without JavaScript), guarded
 * like 随手拍 (ARCHITECTURE rule 19): same-site only (403), attempt and message limits per client
 * network counted in the database (429), a byte cap on the body and each photo, a honeypot, the
 * one-time challenge the server put on /messages/new/, validation naming each field, photos checked
 * by content and re-encoded after the answer (随手拍's checkPhotos, cms/jobs/processPhotos.ts), and a duplicate check (same text or photo within
 * a day). Success: a page with the tracking code (only its hash is stored).
 */
import { randomBytes } from 'node:crypto'
import type { Endpoint, PayloadRequest, Where } from 'payload'
import { settingsOf } from '../../../config/fromPayload.ts'
import {
  MESSAGE_ATTEMPT_LIMIT,
  MESSAGE_CHALLENGE,
  MESSAGE_LIMIT,
  messageBodyMaxBytes,
  messageTextHash,
  validateMessage,
} from '../../../domain/messages/index.ts'
import { DUPLICATE_WINDOW_MS, reportPhotoMaxBytes } from '../../../domain/residentReports.ts'
import { formatTrackingCode, hashTrackingCode, trackingCodeFrom } from '../../../domain/trackingCode.ts'
import { checkChallenge, redeemChallenge } from '../../../limits/challenges.ts'
import { oneWriterAtATime } from '../../../oneWriter.ts'
import { slugs } from '../../../slugs.ts'
import { challengeRefused, refuseCrossSite, takeLimit } from '../../ResidentReports/endpoints/guard.ts'
import { answer, badInput } from '../../ResidentReports/endpoints/page.ts'
import { checkPhotos } from '../../ResidentReports/endpoints/photos.ts'
import { BodyTooLarge, readForm } from '../../ResidentReports/endpoints/readForm.ts'
import { HONEYPOT_FIELD } from '../../ResidentReports/endpoints/submit.ts'
import { BACK_TO_MESSAGE_FORM, MESSAGE_STATUS_PATH, statusHref } from './links.ts'
import { storeMessage } from './store.ts'

const TITLE = '留言需要修改'

function newTrackingCode(): string {
  for (;;) {
    const code = trackingCodeFrom(randomBytes(32))
    if (code) return code
  }
}

async function isDuplicate(req: PayloadRequest, textHash: string, photoHashes: string[], now: Date): Promise<boolean> {
  const same: Where[] = [
    { textHash: { equals: textHash } },
    ...(photoHashes.length > 0 ? [{ 'photoHashes.hash': { in: photoHashes } }] : []),
  ]
  const since = new Date(now.getTime() - DUPLICATE_WINDOW_MS).toISOString()
  const { totalDocs } = await req.payload.count({
    collection: slugs.messages,
    where: { and: [{ createdAt: { greater_than: since } }, { or: same }] },
    overrideAccess: true,
  })
  return totalDocs > 0
}

const DUPLICATE = {
  status: 409,
  title: '相同的留言已经收到',
  blocks: [
    { kind: 'p' as const, text: '今天已经收到内容或照片相同的留言，无需重复提交。请用第一次提交时得到的查询码查看答复。' },
    { kind: 'link' as const, href: MESSAGE_STATUS_PATH, text: '查询答复' },
  ],
  json: { ok: false, duplicate: true, message: '今天已经收到相同内容或照片的留言。' },
}

async function submit(req: PayloadRequest, now: Date): Promise<Response> {
  const photoMax = reportPhotoMaxBytes(settingsOf(req.payload).limits.mediaMaxBytes)
  const form = await readForm(req, { maxBytes: messageBodyMaxBytes(photoMax), fileFields: ['photos'] })
  if (form.fields[HONEYPOT_FIELD])
    return badInput(
      req,
      [{ field: HONEYPOT_FIELD, message: '表单校验未通过，请刷新页面后重新填写。' }],
      '提交未通过校验',
      BACK_TO_MESSAGE_FORM,
    )
  const challenge = await checkChallenge(req.payload, {
    purpose: MESSAGE_CHALLENGE,
    token: form.fields.challengeToken,
    answer: form.fields.challengeAnswer,
    now: now.getTime(),
  })
  const checked = validateMessage(form.fields, form.files.length)
  if (!challenge.ok && checked.ok) return challengeRefused(req, challenge, BACK_TO_MESSAGE_FORM)
  const errors = [
    ...(challenge.ok ? [] : [{ field: 'challengeAnswer', message: challenge.message }]),
    ...(checked.ok ? [] : checked.errors),
  ]
  if (errors.length > 0 || !checked.ok || !challenge.ok) return badInput(req, errors, TITLE, BACK_TO_MESSAGE_FORM)
  const { photos, errors: photoErrors } = await checkPhotos(form.files, photoMax)
  if (photoErrors.length > 0) return badInput(req, photoErrors, TITLE, BACK_TO_MESSAGE_FORM)
  const code = newTrackingCode()
  // The challenge used, the duplicate check and the store: this process's one writer at a time (cms/oneWriter.ts).
  const refusal = await oneWriterAtATime(req.payload, async () => {
    const used = await redeemChallenge(req.payload, challenge)
    if (!used.ok) return challengeRefused(req, used, BACK_TO_MESSAGE_FORM)
    const textHash = messageTextHash(checked.value.subject, checked.value.text)
    const photoHashes = photos.map((photo) => photo.hash)
    if (await isDuplicate(req, textHash, photoHashes, now)) return answer(req, DUPLICATE)
    await storeMessage(req, { message: checked.value, photos, trackingHash: hashTrackingCode(code), textHash })
    return null
  })
  if (refusal) return refusal
  const shown = formatTrackingCode(code)
  const days = settingsOf(req.payload).terms.messageReplyWorkingDays
  return answer(req, {
    status: 201,
    title: '留言已收到，谢谢您！',
    blocks: [
      { kind: 'p', text: '您的查询码（请抄下或截图保存，只显示这一次）：' },
      { kind: 'code', text: shown },
      {
        kind: 'p',
        text: `工作人员会转交责任单位，一般在 ${days} 个工作日内答复。${checked.value.allowPublic ? '您同意公开，答复后留言和答复将在网站公开（不含联系人和照片）。' : '您没有同意公开，答复只能凭查询码查看。'}`,
      },
      { kind: 'link', href: statusHref(shown), text: '查询答复' },
    ],
    json: { ok: true, code: shown, public: checked.value.allowPublic },
  })
}

const tooLarge = (req: PayloadRequest): Response => {
  const mb = Math.round(messageBodyMaxBytes(reportPhotoMaxBytes(settingsOf(req.payload).limits.mediaMaxBytes)) / 1024 / 1024)
  return answer(req, {
    status: 413,
    title: '提交的内容过大',
    blocks: [{ kind: 'p', text: `照片：总大小超过上限（约 ${mb} MB），请减少照片或缩小后重试。` }, BACK_TO_MESSAGE_FORM],
    json: { ok: false, message: `照片总大小超过上限（约 ${mb} MB）。` },
  })
}

export const messageSubmitEndpoint: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    const now = new Date()
    const crossSite = refuseCrossSite(req)
    if (crossSite) return crossSite
    const attempt = await takeLimit(req, MESSAGE_ATTEMPT_LIMIT, '提交留言', now.getTime())
    if (!attempt.ok) return attempt.response
    const slot = await takeLimit(req, MESSAGE_LIMIT, '提交留言', now.getTime())
    if (!slot.ok) return slot.response
    try {
      const response = await submit(req, now)
      if (response.status !== 201) await slot.giveBack()
      return response
    } catch (error) {
      await slot.giveBack()
      if (error instanceof BodyTooLarge) return tooLarge(req)
      if (error instanceof Error && error.name === 'UnreadableForm')
        return badInput(req, [{ field: 'form', message: '表单无法读取，请从网站的留言页面提交。' }], TITLE, BACK_TO_MESSAGE_FORM)
      req.payload.logger.error({ err: error, msg: 'message not saved' })
      return answer(req, {
        status: 500,
        title: '暂时无法保存',
        blocks: [{ kind: 'p', text: '系统暂时无法保存您的留言，没有保存任何内容。请稍后重试。' }, BACK_TO_MESSAGE_FORM],
        json: { ok: false, message: '暂时无法保存，请稍后重试。' },
      })
    }
  },
}
