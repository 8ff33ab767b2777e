/**
 * POST /api/good-people/:id/objection — 异议反馈 during the public notice (plain form POST). Anyone may
 * call it while the notice is open; honeypot, signed challenge, per-IP limit, byte cap; the objection
 * reaches the staff-only queue with its contact data private.
 */
import type { Endpoint } from 'payload'
import { clientIp } from '../../../auth/loginThrottle.ts'
import { verifyChallenge } from '../../../domain/challenge.ts'
import { paths } from '../../../domain/publicPaths.ts'
import { validateObjection } from '../../../domain/residentReports.ts'
import { OBJECTION_LIMIT, SlidingWindow } from '../../../domain/residentReportsLimits.ts'
import { slugs } from '../../../slugs.ts'
import { answer, badInput, tooMany } from '../../ResidentReports/endpoints/page.ts'
import { BodyTooLarge, readForm } from '../../ResidentReports/endpoints/readForm.ts'
import { HONEYPOT_FIELD } from '../../ResidentReports/endpoints/submit.ts'
import { NOTICE_CLOSED, publishedNominee } from './notice.ts'

export const OBJECTION_CHALLENGE = 'objection'
const objectionsPerIp = new SlidingWindow(OBJECTION_LIMIT)

export const objectionEndpoint: Endpoint = {
  path: '/:id/objection',
  method: 'post',
  handler: async (req) => {
    const now = new Date()
    const nominee = await publishedNominee(req, now)
    if (!nominee)
      return answer(req, { status: 404, title: '没有找到', blocks: [{ kind: 'p', text: '没有找到这位人选。' }], json: { ok: false } })
    const back = { kind: 'link' as const, href: paths.goodPerson(nominee.slug), text: `返回${nominee.name}的页面` }
    if (nominee.notice !== 'open')
      return answer(req, {
        status: 403,
        title: '不在公示期内',
        blocks: [{ kind: 'p', text: NOTICE_CLOSED }, back],
        json: { ok: false, message: NOTICE_CLOSED },
      })
    const ip = clientIp(req)
    const slot = objectionsPerIp.take(ip, now.getTime())
    if (!slot.allowed) return tooMany(req, slot.retryAfterSeconds, '提交异议')
    let form: Awaited<ReturnType<typeof readForm>>
    try {
      form = await readForm(req, { maxBytes: 32 * 1024, fileFields: [] })
    } catch (error) {
      objectionsPerIp.giveBack(ip, now.getTime())
      const message = error instanceof BodyTooLarge ? '提交的内容过大。' : '表单无法读取，请从网站的人选页面提交。'
      return badInput(req, [{ field: 'form', message }])
    }
    const challenge = verifyChallenge({
      secret: req.payload.secret,
      purpose: OBJECTION_CHALLENGE,
      token: form.fields.challengeToken,
      answer: form.fields.challengeAnswer,
      now,
    })
    const checked = validateObjection(form.fields)
    const errors = [
      ...(form.fields[HONEYPOT_FIELD] ? [{ field: HONEYPOT_FIELD, message: '表单校验未通过，请刷新页面后重新填写。' }] : []),
      ...(challenge.ok ? [] : [{ field: 'challengeAnswer', message: challenge.message }]),
      ...(checked.ok ? [] : checked.errors),
    ]
    if (errors.length > 0 || !checked.ok) {
      objectionsPerIp.giveBack(ip, now.getTime())
      return badInput(req, errors, '异议内容需要修改')
    }
    const { message, contactName, contactPhone } = checked.value
    await req.payload.create({
      collection: slugs.objections,
      data: {
        nominee: nominee.id,
        summary: `${nominee.name}：${message}`.slice(0, 60),
        message,
        contact: { name: contactName || null, phone: contactPhone || null },
      } as never,
      overrideAccess: true,
    })
    return answer(req, {
      status: 201,
      title: '异议已收到',
      blocks: [{ kind: 'p', text: '谢谢您的反馈。工作人员会认真核实，您的联系方式只有工作人员可见。' }, back],
      json: { ok: true },
    })
  },
}
