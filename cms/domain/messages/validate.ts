/**
 * Checking a 留言 form: every problem names its field in Chinese. Contact rules are 随手拍's
 * (validateReport). Pure (hashing aside).
 */
import { createHash } from 'node:crypto'
import { MESSAGE_CATEGORIES, MESSAGE_RATINGS } from '../contentTypes/options.ts'
import { type FieldError, validateReport } from '../residentReports.ts'
import { MESSAGE_PHOTOS_MAX } from './limits.ts'

export const MESSAGE_LIMITS = { subjectMin: 4, subjectMax: 60, textMin: 10, textMax: 2000, replyMax: 3000 } as const

export type MessageCategory = keyof typeof MESSAGE_CATEGORIES
export type MessageRating = keyof typeof MESSAGE_RATINGS
export type MessageInput = {
  category: MessageCategory
  subject: string
  text: string
  allowPublic: boolean
  contactName: string
  contactPhone: string
}

const clean = (value: unknown): string => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '')
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

function lengthError(label: string, value: string, min: number, max: number): string | null {
  const length = [...value].length
  if (length === 0) return `${label}：必填，请填写 ${min}–${max} 个字。`
  if (length < min) return `${label}：至少 ${min} 个字（现在 ${length} 个）。`
  if (length > max) return `${label}：最多 ${max} 个字（现在 ${length} 个）。`
  return CONTROL.test(value) ? `${label}：含有无法显示的控制字符，请删除后重试。` : null
}

export function validateMessage(
  form: Readonly<Record<string, unknown>>,
  photoCount: number,
): { ok: true; value: MessageInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = []
  const category = clean(form.category)
  if (!(category in MESSAGE_CATEGORIES))
    errors.push({
      field: 'category',
      message: `留言类别：请从${Object.values(MESSAGE_CATEGORIES)
        .map((c) => c.zh)
        .join('、')}中选择一项。`,
    })
  const subject = clean(form.subject).replace(/\s+/g, ' ')
  const text = clean(form.text)
  const subjectError = lengthError('留言标题', subject, MESSAGE_LIMITS.subjectMin, MESSAGE_LIMITS.subjectMax)
  if (subjectError) errors.push({ field: 'subject', message: subjectError })
  const textError = lengthError('留言内容', text, MESSAGE_LIMITS.textMin, MESSAGE_LIMITS.textMax)
  if (textError) errors.push({ field: 'text', message: textError })
  if (photoCount > MESSAGE_PHOTOS_MAX)
    errors.push({ field: 'photos', message: `照片：最多 ${MESSAGE_PHOTOS_MAX} 张（现在 ${photoCount} 张）。` })
  const contact = validateReport(
    { category: 'other', description: 'x'.repeat(10), place: 'xx', contactName: form.contactName, contactPhone: form.contactPhone },
    0,
  )
  if (!contact.ok) errors.push(...contact.errors)
  if (errors.length > 0 || !contact.ok) return { ok: false, errors }
  return {
    ok: true,
    value: {
      category: category as MessageCategory,
      subject,
      text,
      allowPublic: form.allowPublic === 'yes' || form.allowPublic === 'on',
      contactName: contact.value.contactName,
      contactPhone: contact.value.contactPhone,
    },
  }
}

export const isRating = (value: unknown): value is MessageRating => typeof value === 'string' && value in MESSAGE_RATINGS

/** Duplicate key: subject and text with whitespace and punctuation removed, case folded. */
export function messageTextHash(subject: string, text: string): string {
  const canonical = (value: string) => value.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '')
  return createHash('sha256')
    .update(`message|${canonical(subject)}|${canonical(text)}`)
    .digest('hex')
}
