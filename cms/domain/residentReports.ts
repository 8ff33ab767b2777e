import { createHash } from 'node:crypto'

/**
 * 市民随手拍 rules shared by the CMS, the site's form and the tests. Pure (hashing aside).
 * Categories follow the campaign's "九无一创" problems plus uncivil behaviour.
 */
export const REPORT_CATEGORIES = {
  'dirty-corner': { zh: '卫生死角、乱扔垃圾', en: 'Dirty corners, litter' },
  'illegal-parking': { zh: '乱停乱放', en: 'Illegal parking' },
  'road-damage': { zh: '道路破损、坑洼', en: 'Damaged roads, potholes' },
  'shop-spillover': { zh: '占道经营、店外经营', en: 'Shops spilling onto the street' },
  'illegal-ads': { zh: '乱贴乱画、小广告', en: 'Illegal ads and flyers' },
  greenery: { zh: '绿化缺损', en: 'Missing greenery' },
  'market-order': { zh: '农贸市场秩序', en: 'Market disorder' },
  compound: { zh: '老旧小区管理', en: 'Unmanaged compounds' },
  behaviour: { zh: '不文明行为', en: 'Uncivil behaviour' },
  other: { zh: '其他', en: 'Other' },
} as const
export type ReportCategory = keyof typeof REPORT_CATEGORIES

export const REPORT_STATUS = {
  received: { zh: '已收到，等待处理', en: 'Received' },
  accepted: { zh: '已受理，正在核实', en: 'Accepted' },
  converted: { zh: '已转入曝光台', en: 'Converted to an exposure' },
  merged: { zh: '已与相同问题合并处理', en: 'Merged' },
  rejected: { zh: '不予受理', en: 'Not accepted' },
} as const
export type ReportStatus = keyof typeof REPORT_STATUS

/** A closed report's contact data is erased REPORT_CONTACT_RETENTION_DAYS after it closed. */
export const CLOSED_STATUSES: readonly ReportStatus[] = ['converted', 'merged', 'rejected']
export const isClosedStatus = (status: unknown): boolean => CLOSED_STATUSES.includes(status as ReportStatus)

export const REPORT_LIMITS = {
  descriptionMin: 10,
  descriptionMax: 1000,
  placeMin: 2,
  placeMax: 100,
  nameMax: 20,
  photosMax: 3,
  reasonMax: 500,
} as const

export const DEFAULT_CONTACT_RETENTION_DAYS = 90

/** Contact data of reports closed before this instant is erased. */
export const eraseClosedBefore = (now: Date, days: number): Date => new Date(now.getTime() - days * 24 * 60 * 60 * 1000)

export type FieldError = { field: string; message: string }
export type ReportInput = {
  category: ReportCategory
  description: string
  place: string
  lat: number | null
  lng: number | null
  contactName: string
  contactPhone: string
}

const text = (value: unknown): string => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '')
const MOBILE = /^1[3-9]\d{9}$/
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

function coordinate(raw: unknown, max: number, name: string, errors: FieldError[]): number | null {
  const value = text(raw)
  if (!value) return null
  const number = Number(value)
  if (!Number.isFinite(number) || Math.abs(number) > max) {
    errors.push({ field: name, message: `${name === 'lat' ? '纬度' : '经度'}：应为 -${max} 到 ${max} 之间的数字，可以不填。` })
    return null
  }
  return number
}

function lengthError(label: string, value: string, min: number, max: number): string | null {
  const length = [...value].length
  if (length === 0 && min > 0) return `${label}：必填，请填写 ${min}–${max} 个字。`
  if (length < min) return `${label}：至少 ${min} 个字（现在 ${length} 个）。`
  if (length > max) return `${label}：最多 ${max} 个字（现在 ${length} 个）。`
  return null
}

/** Check the text fields of a submitted form; every problem names its field in Chinese. */
export function validateReport(
  form: Readonly<Record<string, unknown>>,
  photoCount: number,
): { ok: true; value: ReportInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = []
  const category = text(form.category)
  if (!(category in REPORT_CATEGORIES)) errors.push({ field: 'category', message: '问题类别：请从列表中选择一项。' })
  const description = text(form.description)
  const place = text(form.place)
  const contactName = text(form.contactName)
  const contactPhone = text(form.contactPhone).replace(/[\s()（）]/g, '')
  const descriptionError = lengthError('问题描述', description, REPORT_LIMITS.descriptionMin, REPORT_LIMITS.descriptionMax)
  if (descriptionError) errors.push({ field: 'description', message: descriptionError })
  const placeError = lengthError('地点', place, REPORT_LIMITS.placeMin, REPORT_LIMITS.placeMax)
  if (placeError) errors.push({ field: 'place', message: placeError })
  for (const [field, value, label] of [
    ['description', description, '问题描述'],
    ['place', place, '地点'],
    ['contactName', contactName, '联系人姓名'],
  ] as const) {
    if (CONTROL.test(value)) errors.push({ field, message: `${label}：含有无法显示的控制字符，请删除后重试。` })
  }
  if ([...contactName].length > REPORT_LIMITS.nameMax)
    errors.push({ field: 'contactName', message: `联系人姓名：最多 ${REPORT_LIMITS.nameMax} 个字，可以不填。` })
  if (contactPhone && !MOBILE.test(contactPhone) && !LANDLINE.test(contactPhone))
    errors.push({ field: 'contactPhone', message: '联系电话：请填写 11 位手机号或带区号的固定电话（如 0533-1234567），可以不填。' })
  if (photoCount > REPORT_LIMITS.photosMax)
    errors.push({ field: 'photos', message: `照片：最多 ${REPORT_LIMITS.photosMax} 张（现在 ${photoCount} 张）。` })
  const lat = coordinate(form.lat, 90, 'lat', errors)
  const lng = coordinate(form.lng, 180, 'lng', errors)
  if (errors.length > 0) return { ok: false, errors }
  return { ok: true, value: { category: category as ReportCategory, description, place, lat, lng, contactName, contactPhone } }
}

/** Duplicate detection key: the description with whitespace and punctuation removed, case folded. */
export function reportTextHash(description: string, place: string): string {
  const canonical = (value: string) => value.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '')
  return createHash('sha256')
    .update(`${canonical(description)}|${canonical(place)}`)
    .digest('hex')
}

export const photoHash = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** A resident's reports older than this window are no longer duplicates of a new one. */
export const DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000

/** An exposure title from a report: category and place, within the exposure title's 120 characters. */
export function exposureTitleFor(category: string, place: string): string {
  const label = REPORT_CATEGORIES[category as ReportCategory]?.zh ?? '市民反映问题'
  return `${place}：${label}`.slice(0, 120)
}

/** Each photo: at most 10 MB, and never more than the media library's own limit. */
export const DEFAULT_REPORT_PHOTO_MAX_BYTES = 10 * 1024 * 1024
export const reportPhotoMaxBytes = (mediaMaxBytes: number): number => Math.min(DEFAULT_REPORT_PHOTO_MAX_BYTES, mediaMaxBytes)

/** The whole form: three photos, the text fields and the multipart envelope. */
export const reportBodyMaxBytes = (photoMaxBytes: number): number => REPORT_LIMITS.photosMax * photoMaxBytes + 64 * 1024

export type ObjectionInput = { message: string; contactName: string; contactPhone: string }

/** 异议反馈 during a public notice: the same contact rules as a report, a 10–1000 character message. */
export function validateObjection(
  form: Readonly<Record<string, unknown>>,
): { ok: true; value: ObjectionInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = []
  const message = text(form.message)
  const messageError = lengthError('异议内容', message, REPORT_LIMITS.descriptionMin, REPORT_LIMITS.descriptionMax)
  if (messageError) errors.push({ field: 'message', message: messageError })
  if (CONTROL.test(message)) errors.push({ field: 'message', message: '异议内容：含有无法显示的控制字符，请删除后重试。' })
  const contact = validateReport(
    {
      category: 'other',
      description: 'x'.repeat(REPORT_LIMITS.descriptionMin),
      place: 'xx',
      contactName: form.contactName,
      contactPhone: form.contactPhone,
    },
    0,
  )
  if (!contact.ok) errors.push(...contact.errors)
  if (errors.length > 0 || !contact.ok) return { ok: false, errors }
  return { ok: true, value: { message, contactName: contact.value.contactName, contactPhone: contact.value.contactPhone } }
}
