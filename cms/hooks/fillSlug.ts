import { randomBytes } from 'node:crypto'
import type { FieldHook } from 'payload'
import { makeSlug } from '../domain/slug.ts'

/** Give a document a slug from its title when the editor left it empty; never change an existing one. */
export const fillSlug: FieldHook = ({ value, data, originalDoc }) => {
  if (typeof value === 'string' && value.trim() !== '') return value.trim().toLowerCase()
  if (typeof originalDoc?.slug === 'string' && originalDoc.slug !== '') return originalDoc.slug
  const title = typeof data?.title === 'string' ? data.title : ''
  return makeSlug(title, new Date(), randomBytes(4).toString('hex'))
}
