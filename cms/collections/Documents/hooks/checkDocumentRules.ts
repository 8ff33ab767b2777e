import { type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'
import { checkDocument, type Replacement } from '../../../domain/documentValidity.ts'
import { type Id, idOf } from '../../../domain/ids.ts'
import { slugs } from '../../../slugs.ts'

/** How far the chain of replacements is followed to find a loop (a real chain is two or three long). */
const CHAIN_LIMIT = 20

async function readReplacement(req: PayloadRequest, id: Id): Promise<Replacement> {
  const find = (at: Id) =>
    req.payload.findByID({ collection: slugs.documents, id: at, depth: 0, overrideAccess: true, disableErrors: true, req })
  const first = await find(id)
  const chain: Id[] = []
  for (let next = idOf(first?.replacedBy); next !== null && chain.length < CHAIN_LIMIT; ) {
    chain.push(next)
    next = idOf((await find(next))?.replacedBy)
  }
  return { id, published: first?._status === 'published', chain }
}

async function attachmentTypes(req: PayloadRequest, values: unknown): Promise<string[]> {
  const ids = (Array.isArray(values) ? values : []).map(idOf).filter((id): id is Id => id !== null)
  if (ids.length === 0) return []
  const found = await req.payload.find({
    collection: slugs.media,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    req,
  })
  return found.docs.map((file) => String(file.mimeType ?? ''))
}

/** 文号 form, 发布日期 not before 成文日期, PDF attachments, and a validity with its (published, other, loop-free) replacement. */
export const checkDocumentRules: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const replacedBy = idOf(merged.replacedBy)
  const errors = checkDocument({
    id: originalDoc?.id,
    validity: merged.validity,
    replacement: replacedBy === null ? null : await readReplacement(req, replacedBy),
    docNumber: merged.docNumber,
    signedDate: merged.signedDate,
    publishDate: merged.publishDate,
    attachmentTypes: await attachmentTypes(req, merged.attachments),
  })
  if (errors.length > 0) throw new ValidationError({ collection: slugs.documents, errors }, req.t)
  return data
}
