/**
 * A document's validity (有效 / 已修订 / 已废止) and the document that replaces it. Pure: the
 * replacement (its status and the chain of replacements after it) is read by the caller.
 */
import { chinaDay } from './dates.ts'
import { checkDocNumber, type FieldError, type Validity } from './documents.ts'

type Id = number | string

/** The replacement as read: published or not, and the ids it is itself replaced by, in order (to find a loop). */
export type Replacement = { id: Id; published: boolean; chain: readonly Id[] }

export type DocumentCheck = {
  /** The document's own id; undefined while it is being created. */
  id?: Id
  validity?: Validity | null
  replacement?: Replacement | null
  docNumber?: string | null
  signedDate?: string | null
  publishDate?: string | null
  /** The MIME types of the attachments. */
  attachmentTypes?: readonly string[]
}

const same = (a: Id | undefined, b: Id): boolean => a !== undefined && String(a) === String(b)
const msg = (zh: string, en: string): string => `${zh} / ${en}`

/** Every rule of a document's validity, dates and attachments; an empty list means it may be saved. */
export function checkDocument(doc: DocumentCheck): FieldError[] {
  const errors: FieldError[] = []
  const number = checkDocNumber(doc.docNumber)
  if (number) errors.push({ path: 'docNumber', message: number })
  errors.push(...checkDates(doc), ...checkReplacement(doc))
  if ((doc.attachmentTypes ?? []).some((type) => type !== 'application/pdf')) {
    errors.push({
      path: 'attachments',
      message: msg('附件（attachments）只能是 PDF 文件。', 'Attachments (attachments) must be PDF files.'),
    })
  }
  return errors
}

function checkDates(doc: DocumentCheck): FieldError[] {
  const signed = doc.signedDate ? chinaDay(doc.signedDate) : null
  const published = doc.publishDate ? chinaDay(doc.publishDate) : null
  if (signed === null || published === null || published >= signed) return []
  return [
    {
      path: 'publishDate',
      message: msg(
        `发布日期（publishDate）${published} 不能早于成文日期 ${signed}。`,
        `Publish date ${published} is before the date signed ${signed}.`,
      ),
    },
  ]
}

function checkReplacement(doc: DocumentCheck): FieldError[] {
  const replaced = doc.validity === 'revised' || doc.validity === 'repealed'
  const word = doc.validity === 'revised' ? '已修订' : '已废止'
  const r = doc.replacement
  const error = (zh: string, en: string): FieldError[] => [{ path: 'replacedBy', message: msg(zh, en) }]
  if (!replaced) {
    return r
      ? error(
          '效力为“有效”的文件不能填写替代文件（replacedBy）；已修订或已废止时才填写。',
          'An in-force document has no replacement (replacedBy).',
        )
      : []
  }
  if (!r)
    return error(`效力为“${word}”时必须选择替代文件（replacedBy）。`, `A ${doc.validity} document needs its replacement (replacedBy).`)
  if (same(doc.id, r.id)) return error('替代文件（replacedBy）不能是本文件自己。', 'A document cannot replace itself (replacedBy).')
  if (!r.published)
    return error('替代文件（replacedBy）必须是已发布的文件；请先发布新文件。', 'The replacement (replacedBy) must be published first.')
  if (r.chain.some((id) => same(doc.id, id))) {
    return error(
      '替代文件（replacedBy）又被本文件替代，形成循环；请检查替代关系。',
      'The replacement (replacedBy) is itself replaced by this document: a loop.',
    )
  }
  return []
}

/**
 * The workbench's 替代文件未发布 count: documents marked 已修订 / 已废止 whose replacement is not (or
 * no longer) published — the save rule lets none through, but a replacement may be unpublished later
 * (a takedown must never wait), and the site then shows the banner without its link.
 */
export const REPLACEMENT_NOT_PUBLISHED = [
  ['validity', 'not_equals', 'effective'],
  ['replacedBy._status', 'not_equals', 'published'],
] as const
