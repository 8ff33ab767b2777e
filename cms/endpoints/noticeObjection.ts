/**
 * 异议反馈 during a public notice (公示), for any kind of notice target (a good-person nominee, a new
 * civility title): a plain form POST from the target's objection page. Anyone may call it from the
 * site's own page while the notice is open; same-site only, honeypot, the one-time challenge the
 * server put on the page (cms/limits/challenges.ts), OBJECTION_LIMIT per client network counted in
 * the database (shared by every notice), byte cap. The objection reaches the staff-only queue with
 * its contact data private; `target` says which relation of the objection names what it is about.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { challengeRefused, refuseCrossSite, takeLimit } from '../collections/ResidentReports/endpoints/guard.ts'
import { answer, type Block, badInput } from '../collections/ResidentReports/endpoints/page.ts'
import { BodyTooLarge, readForm } from '../collections/ResidentReports/endpoints/readForm.ts'
import { HONEYPOT_FIELD } from '../collections/ResidentReports/endpoints/submit.ts'
import type { NoticeState } from '../domain/endorsements.ts'
import type { ChallengePurpose } from '../domain/formPages.ts'
import { validateObjection } from '../domain/residentReports.ts'
import { OBJECTION_LIMIT } from '../domain/residentReportsLimits.ts'
import { checkChallenge, redeemChallenge } from '../limits/challenges.ts'
import { slugs } from '../slugs.ts'

/** The largest objection form accepted (a 1000-character message and two short fields fit many times over). */
export const OBJECTION_MAX_BYTES = 32 * 1024

/** What an objection is about: a published document, its notice state now, its pages and the objection's relation to it. */
export type NoticeTarget = {
  name: string
  notice: NoticeState
  /** The target's public page and its objection form page. */
  page: string
  form: string
  /** The objection's relation to the target ({ nominee: id }, { title: id }). */
  relation: Record<string, number | string>
}

export type NoticeObjectionOptions = {
  purpose: ChallengePurpose
  /** The published target named by the request's :id, or null (anonymous reads: published only). */
  find: (req: PayloadRequest, now: Date) => Promise<NoticeTarget | null>
  /** What the 404 says ('没有找到这位人选。'), and what the form is sent from ('人选页面'). */
  notFound: string
  sentFrom: string
  /** What a request outside the notice is told. */
  closed: string
}

export function noticeObjectionEndpoint(options: NoticeObjectionOptions): Endpoint {
  return {
    path: '/:id/objection',
    method: 'post',
    handler: async (req) => {
      const now = new Date()
      const crossSite = refuseCrossSite(req)
      if (crossSite) return crossSite
      const target = await options.find(req, now)
      if (!target)
        return answer(req, { status: 404, title: '没有找到', blocks: [{ kind: 'p', text: options.notFound }], json: { ok: false } })
      const back: Block = { kind: 'link', href: target.page, text: `返回${target.name}的页面` }
      const form: Block = { kind: 'link', href: target.form, text: '重新打开异议反馈表单（浏览器“后退”可保留已填内容）' }
      if (target.notice !== 'open')
        return answer(req, {
          status: 403,
          title: '不在公示期内',
          blocks: [{ kind: 'p', text: options.closed }, back],
          json: { ok: false, message: options.closed },
        })
      const slot = await takeLimit(req, OBJECTION_LIMIT, '提交异议', now.getTime())
      if (!slot.ok) return slot.response
      let fields: Record<string, string>
      try {
        fields = (await readForm(req, { maxBytes: OBJECTION_MAX_BYTES, fileFields: [] })).fields
      } catch (error) {
        await slot.giveBack()
        const message = error instanceof BodyTooLarge ? '提交的内容过大。' : `表单无法读取，请从网站的${options.sentFrom}提交。`
        return badInput(req, [{ field: 'form', message }], '异议内容需要修改', form)
      }
      const challenge = await checkChallenge(req.payload, {
        purpose: options.purpose,
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
          ...target.relation,
          summary: `${target.name}：${message}`.slice(0, 60),
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
}
