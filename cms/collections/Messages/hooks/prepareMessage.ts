/**
 * Every save of a 留言: the received time and the reply deadline (MESSAGE_REPLY_WORKING_DAYS working
 * days on China's official calendar, cms/domain/messages/workingDays.ts) once; when it is routed to a
 * unit; and publishing (message and reply together) only with a unit and a reply, which stamps
 * answeredAt the first time. Runs after the review workflow has allowed the save.
 */
import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { settingsOf } from '../../../config/fromPayload.ts'
import { idOf } from '../../../domain/ids.ts'
import { replyDeadline } from '../../../domain/messages/index.ts'
import { slugs } from '../../../slugs.ts'

type Data = Record<string, unknown>
const filled = (value: unknown): boolean => typeof value === 'string' && value.trim() !== ''

export const prepareMessage: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const before = (originalDoc ?? {}) as Data
  const now = new Date().toISOString()
  const next: Data = { ...data }
  const receivedAt = (next.receivedAt ?? before.receivedAt ?? now) as string
  next.receivedAt = receivedAt
  if (!next.deadline && !before.deadline)
    next.deadline = replyDeadline(receivedAt, settingsOf(req.payload).terms.messageReplyWorkingDays).toISOString()
  const unit = idOf(next.unit ?? before.unit)
  if (unit !== null && !(next.routedAt ?? before.routedAt)) next.routedAt = now
  if (next._status === 'published') {
    const errors = [
      ...(unit === null
        ? [{ path: 'unit', message: '发布前请选择责任单位（由该单位联络员答复）。 / Choose the responsible unit first.' }]
        : []),
      ...(filled(next.reply ?? before.reply) ? [] : [{ path: 'reply', message: '答复内容：发布前必须填写。 / Write the reply first.' }]),
    ]
    if (errors.length > 0) throw new ValidationError({ collection: slugs.messages, errors })
    if (!(next.answeredAt ?? before.answeredAt)) next.answeredAt = now
  }
  return next
}
