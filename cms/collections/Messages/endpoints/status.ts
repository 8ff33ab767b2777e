/**
 * GET /api/messages/status?code=XXXXX-XXXXX — the resident's own look-up (the GET form on
 * /messages/status/): progress, dates and deadline, and once published the reply, the replying unit
 * and the three rating buttons (a same-site POST each). Nothing personal. Limited per client network
 * in the database (30 per 10 minutes). A GET that changes nothing: no same-site check.
 */
import type { Endpoint } from 'payload'
import { MESSAGE_RATINGS } from '../../../domain/contentTypes/index.ts'
import { chinaDay, chineseDate } from '../../../domain/dates.ts'
import { MESSAGE_LOOKUP_LIMIT } from '../../../domain/messages/index.ts'
import { documentPath } from '../../../domain/publicPaths.ts'
import { formatTrackingCode } from '../../../domain/trackingCode.ts'
import { slugs } from '../../../slugs.ts'
import { answer, type Block } from '../../ResidentReports/endpoints/page.ts'
import { trackedLookup } from '../../ResidentReports/endpoints/trackedLookup.ts'
import { OTHER_CODE } from './links.ts'
import { findByCode, isAnswered, type TrackedMessage, unitName } from './lookup.ts'

const day = (value?: string | null): string => chineseDate(value ? chinaDay(value) : null, '—')

function stage(message: TrackedMessage): string {
  if (isAnswered(message)) return message.allowPublic ? '已答复（已在网站公开）' : '已答复（不公开，仅凭查询码查看）'
  return unitName(message) ? `已转交${unitName(message)}办理` : '已收到，等待转办'
}

function ratingBlocks(message: TrackedMessage, code: string): Block[] {
  if (!isAnswered(message)) return []
  if (message.rating)
    return [
      {
        kind: 'p',
        text: `您的评价：${MESSAGE_RATINGS[message.rating as keyof typeof MESSAGE_RATINGS]?.zh ?? message.rating}（每条留言只能评价一次）`,
      },
    ]
  return [
    { kind: 'p', text: '请对答复作出评价（只能评价一次）：' },
    ...Object.entries(MESSAGE_RATINGS).map(([value, label]) => ({
      kind: 'form' as const,
      action: `/api/messages/rate?code=${code}&rating=${value}`,
      button: label.zh,
    })),
  ]
}

export const messageStatusEndpoint: Endpoint = {
  path: '/status',
  method: 'get',
  handler: async (req) => {
    const found = await trackedLookup(req, {
      limit: MESSAGE_LOOKUP_LIMIT,
      action: '查询留言',
      otherCode: OTHER_CODE,
      notFound: '没有找到这个查询码对应的留言，请核对后重试。',
      find: findByCode,
    })
    if (!found.ok) return found.response
    const { code, doc: message } = found
    const answered = isAnswered(message)
    const result = {
      ok: true,
      title: message.title,
      stage: stage(message),
      receivedOn: chinaDay(message.receivedAt ?? ''),
      deadline: chinaDay(message.deadline ? new Date(new Date(message.deadline).getTime() - 1) : ''),
      answeredOn: answered ? chinaDay(message.answeredAt ?? '') : null,
      unit: answered ? unitName(message) : null,
      reply: answered ? (message.reply ?? null) : null,
      rating: message.rating ?? null,
      publicUrl: answered && message.allowPublic && message.slug ? documentPath(slugs.messages, message.slug) : null,
    }
    const blocks: Block[] = [
      {
        kind: 'list',
        items: [
          `留言标题：${result.title}`,
          `办理状态：${result.stage}`,
          `提交日期：${day(message.receivedAt)}`,
          `答复期限：${day(result.deadline)}`,
        ],
      },
      ...(answered
        ? [
            { kind: 'p' as const, text: `${result.unit ?? '责任单位'}于${day(message.answeredAt)}答复：` },
            { kind: 'p' as const, text: result.reply ?? '' },
          ]
        : []),
      ...ratingBlocks(message, formatTrackingCode(code)),
      ...(result.publicUrl ? [{ kind: 'link' as const, href: result.publicUrl, text: '查看网站上公开的留言和答复' }] : []),
      OTHER_CODE,
    ]
    return answer(req, { status: 200, title: '留言办理进度', blocks, json: result })
  },
}
