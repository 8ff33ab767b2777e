/** The 政务公开 documents' loader: explicit fields, labels resolved, HTML sanitized (through payloadLoader, anonymous). */

import { DOCUMENT_KINDS, DOCUMENT_VALIDITY } from '../../cms/domain/contentTypes/index.ts'
import { idOf } from '../../cms/domain/ids.ts'
import { slugs } from '../../cms/slugs.ts'
import type { DocumentEntry } from '../lib/entries.ts'
import { htmlToText, richTextToHtml } from '../lib/richtext.ts'
import { payloadLoader } from './payload.ts'
import { attachments, dateOnly, feedFields, labelled, optional, str, unitRef } from './refs.ts'

export const documentsLoader = payloadLoader<DocumentEntry>(slugs.documents, (doc, { mediaBase }) => {
  const html = richTextToHtml(doc.body)
  const issuer = unitRef(doc.issuer) ?? { slug: '', name: '', kind: '' }
  return {
    id: str(doc.slug),
    cmsId: str(doc.id),
    updatedAt: str(doc.updatedAt),
    ...feedFields(doc),
    title: str(doc.title),
    kind: labelled(DOCUMENT_KINDS, doc.kind),
    docNumber: optional(doc.docNumber),
    issuer,
    issuerName: optional(doc.issuerName) ?? issuer.name,
    signedDate: dateOnly(doc.signedDate),
    publishDate: dateOnly(doc.publishDate),
    validity: labelled(DOCUMENT_VALIDITY, doc.validity),
    // Only the id: the page resolves it among the published documents at build time.
    replacedBy: idOf(doc.replacedBy) === null ? null : str(idOf(doc.replacedBy)),
    summary: optional(doc.summary) ?? htmlToText(html).slice(0, 120),
    html,
    attachments: attachments(doc.attachments, mediaBase),
  }
})
