import type { SeedContext } from '../context.ts'
import { documents } from '../data/documents.ts'
import { simplePdf } from '../pdf.ts'
import { SEED_CONTEXT } from '../upsert.ts'

type Id = number | string

/** A demo PDF in the media library, found again by file name on the next run. */
async function upsertPdf(ctx: SeedContext, pdf: { title: string; file: string; english: string }): Promise<Id> {
  const where = { filename: { equals: pdf.file } }
  const found = await ctx.payload.find({ collection: 'media', where, limit: 1, depth: 0, overrideAccess: true })
  if (found.docs[0]) return found.docs[0].id
  const data = simplePdf(pdf.english)
  const file = { data, mimetype: 'application/pdf', name: pdf.file, size: data.length }
  return (await ctx.payload.create({ collection: 'media', data: { alt: pdf.title }, file, overrideAccess: true, context: SEED_CONTEXT })).id
}

/** 政务公开 documents, replacements first so that a 已修订 document points to a published one. */
export async function seedDocuments(ctx: SeedContext): Promise<void> {
  const ids = new Map<string, Id>()
  for (const item of documents) {
    const replacedBy = item.replacedBy ? ids.get(item.replacedBy) : undefined
    if (item.replacedBy && replacedBy === undefined)
      throw new Error(`seed: ${item.slug} is replaced by ${item.replacedBy}, listed after it`)
    const id = await ctx.upsert(
      'documents',
      item.slug,
      async () => ({
        title: item.title,
        slug: item.slug,
        kind: item.kind,
        docNumber: item.docNumber,
        issuer: ctx.unit(item.issuer),
        issuerName: item.issuerName,
        signedDate: item.signedDate,
        publishDate: item.publishDate,
        validity: item.validity,
        replacedBy,
        summary: item.summary,
        body: ctx.richText(item.body),
        attachments: item.pdf ? [await upsertPdf(ctx, item.pdf)] : [],
        _status: item.status,
      }),
      item.status === 'draft',
    )
    ids.set(item.slug, id)
  }
}
