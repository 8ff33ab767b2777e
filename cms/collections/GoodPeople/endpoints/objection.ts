/**
 * POST /api/good-people/:id/objection — 异议反馈 during the public notice (a plain form POST from the
 * nominee's objection page, /good-people/<slug>/objection/). Anyone may call it from the site's own
 * page while the notice is open; same-site only, honeypot, the one-time challenge the server put on
 * the page (cms/limits/challenges.ts), OBJECTION_LIMIT per client network counted in the database,
 * byte cap. The objection reaches the staff-only queue with its contact data private.
 */
import type { Endpoint } from 'payload'
import { paths } from '../../../domain/publicPaths.ts'
import { validateObjection } from '../../../domain/residentReports.ts'
import { OBJECTION_LIMIT } from '../../../domain/residentReportsLimits.ts'
import { checkChallenge, redeemChallenge } from '../../../limits/challenges.ts'
import { slugs } from '../../../slugs.ts'
import { challengeRefused, refuseCrossSite, takeLimit } from '../../ResidentReports/endpoints/guard.ts'
import { answer, type Block, badInput } from '../../ResidentReports/endpoints/page.ts'
import { BodyTooLarge, readForm } from '../../ResidentReports/endpoints/readForm.ts'
import { HONEYPOT_FIELD } from '../../ResidentReports/endpoints/submit.ts'
import { NOTICE_CLOSED, publishedNominee } from './notice.ts'

export const OBJECTION_CHALLENGE = 'objection' as const

export const objectionEndpoint: Endpoint = {
  path: '/:id/objection',
  method: 'post',
  handler: async (req) => {
    const now = new Date()
    const crossSite = refuseCrossSite(req)
    if (crossSite) return crossSite
    const nominee = await publishedNominee(req, now)
    if (!nominee)
      return answer(req, { status: 404, title: '没有找到', blocks: [{ kind: 'p', text: '没有找到这位人选。' }], json: { ok: false } })
    const back: Block = { kind: 'link', href: paths.goodPerson(nominee.slug), text: `返回${nominee.name}的页面` }
    const form: Block = {
      kind: 'link',
      href: paths.goodPersonObjection(nominee.slug),
      text: '重新打开异议反馈表单（浏览器“后退”可保留已填内容）',
    }
    if (nominee.notice !== 'open')
      return answer(req, {
        status: 403,
        title: '不在公示期内',
        blocks: [{ kind: 'p', text: NOTICE_CLOSED }, back],
        json: { ok: false, message: NOTICE_CLOSED },
      })
    const slot = await takeLimit(req, OBJECTION_LIMIT, '提交异议', now.getTime())
    if (!slot.ok) return slot.response
    let fields: Record<string, string>
    try {
      fields = (await readForm(req, { maxBytes: 32 * 1024, fileFields: [] })).fields
    } catch (error) {
      await slot.giveBack()
      const message = error instanceof BodyTooLarge ? '提交的内容过大。' : '表单无法读取，请从网站的人选页面提交。'
      return badInput(req, [{ field: 'form', message }], '异议内容需要修改', form)
    }
    const challenge = await checkChallenge(req.payload, {
      purpose: OBJECTION_CHALLENGE,
      token: fields.challengeToken,
      answer: fields.challengeAnswer,
      now: now.getTime(),
    })
    const checked = validateObjection(fields)
    const errors = [
      ...(fields[HONEYPOT_FIELD] ? [{ field: HONEYPOT_FIELD, message: '表单校验未通过，请刷新页面后重新填写。' }] : []),
      ...(challenge.ok ? [] : [{ field: 'challengeAnswer', message: challenge.message }]),
      ...(checked.ok ? [] : checked.errors),
    ]
    const refused = !challenge.ok && errors.length === 1 ? challenge : null
    if (refused || errors.length > 0 || !checked.ok || !challenge.ok) {
      await slot.giveBack()
      return refused ? challengeRefused(req, refused, form) : badInput(req, errors, '异议内容需要修改', form)
    }
    const used = await redeemChallenge(req.payload, challenge)
    if (!used.ok) {
      await slot.giveBack()
      return challengeRefused(req, used, form)
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
