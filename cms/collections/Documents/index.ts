import { CONTENT_TYPES, DOCUMENT_KINDS, DOCUMENT_VALIDITY } from '../../domain/contentTypes/index.ts'
import { DOC_NUMBER_EXAMPLE } from '../../domain/documents.ts'
import { dayPicker, label, selectOptions } from '../../fields/label.ts'
import { slugs } from '../../slugs.ts'
import { publicContent } from '../publicContent.ts'
import { checkDocumentRules } from './hooks/checkDocumentRules.ts'
import { refuseDeletingReplacement } from './hooks/refuseDeletingReplacement.ts'
import { storeChinaDay } from './hooks/storeChinaDay.ts'

const day = { position: 'sidebar' as const, date: dayPicker }

/** 政务公开: policy and work documents (实施方案, 测评体系, 管理办法, 年度工作报告) with 文号, dates, validity and PDFs. */
export const Documents = publicContent(slugs.documents, {
  labels: CONTENT_TYPES.documents.labels,
  admin: {
    useAsTitle: CONTENT_TYPES.documents.titleField,
    defaultColumns: ['title', 'docNumber', 'kind', 'publishDate', 'validity', '_status', 'reviewState'],
    listSearchableFields: ['title', 'docNumber'],
    description: label(
      '实施方案、测评体系、管理办法、年度工作报告等公开文件。修订或废止后请把效力改为“已修订”或“已废止”，并选择替代它的新文件。',
      'Policy and work documents. When one is revised or repealed, set its validity and choose the document that replaces it.',
    ),
  },
  defaultSort: '-publishDate',
  hooks: { beforeChange: [checkDocumentRules], beforeDelete: [refuseDeletingReplacement] },
  fields: [
    { name: 'title', type: 'text', label: label('标题', 'Title'), required: true, maxLength: 120 },
    { name: 'kind', type: 'select', label: label('文件类别', 'Kind'), required: true, index: true, options: selectOptions(DOCUMENT_KINDS) },
    {
      name: 'docNumber',
      type: 'text',
      label: label('文号', 'Document number'),
      unique: true,
      maxLength: 40,
      admin: {
        description: label(
          `发文字号，如“${DOC_NUMBER_EXAMPLE}”：年份用六角括号〔〕，序号不编虚位。没有文号的文件（如工作报告）留空。`,
          `As in "${DOC_NUMBER_EXAMPLE}"; leave empty when the document has none (e.g. a work report).`,
        ),
      },
    },
    {
      name: 'issuer',
      type: 'relationship',
      relationTo: slugs.units,
      required: true,
      index: true,
      label: label('发布机关', 'Issuer'),
      admin: { description: label('发文的单位；文件库按它筛选。', 'The issuing unit; the library filters by it.') },
    },
    {
      name: 'issuerName',
      type: 'text',
      label: label('发布机关署名', 'Issuer as signed'),
      maxLength: 80,
      admin: {
        description: label(
          '文件落款与单位名称不同时填写，如“中共示范市委办公室　示范市人民政府办公室”；留空则显示单位名称。',
          'The signature when it differs from the unit name; empty shows the unit name.',
        ),
      },
    },
    {
      name: 'signedDate',
      type: 'date',
      label: label('成文日期', 'Date signed'),
      required: true,
      hooks: { beforeChange: [storeChinaDay] },
      admin: day,
    },
    {
      name: 'publishDate',
      type: 'date',
      label: label('发布日期', 'Publish date'),
      required: true,
      index: true,
      hooks: { beforeChange: [storeChinaDay] },
      admin: { ...day, description: label('北京时间的日期，不早于成文日期。', 'A China calendar day, not before the date signed.') },
    },
    {
      name: 'validity',
      type: 'select',
      label: label('效力', 'Validity'),
      required: true,
      defaultValue: 'effective',
      index: true,
      options: selectOptions(DOCUMENT_VALIDITY),
      admin: { position: 'sidebar' },
    },
    {
      name: 'replacedBy',
      type: 'relationship',
      relationTo: slugs.documents,
      label: label('替代文件', 'Replaced by'),
      admin: {
        position: 'sidebar',
        description: label(
          '已修订或已废止时必填：选择已发布的新文件，不能选本文件。',
          'Required when revised or repealed: a published document, not this one.',
        ),
      },
    },
    { name: 'summary', type: 'textarea', label: label('摘要', 'Summary'), maxLength: 300 },
    { name: 'body', type: 'richText', label: label('全文', 'Full text'), required: true },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: slugs.media,
      hasMany: true,
      label: label('PDF 附件', 'PDF attachments'),
      filterOptions: { mimeType: { equals: 'application/pdf' } },
      admin: { description: label('只能是 PDF；在媒体库中上传。', 'PDF only; upload it to the media library.') },
    },
  ],
})
