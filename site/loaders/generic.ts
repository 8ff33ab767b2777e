/**
 * ONE loader for every generic type of the content-type table (an entry with a `generic` shape): the
 * shape names the fields, so a new type needs no loader of its own. Rich text becomes sanitized
 * HTML, uploads image renditions, units unit refs; links to other documents are kept as collection +
 * CMS id and resolved at build time (site/lib/genericContent.ts), so a taken-down item is gone from
 * the pages that gather it on the next build, without re-reading them.
 */
import type { Loader } from 'astro/loaders'
import { type GenericKey, type GenericShape, type GenericType, genericTypes, refId } from '../../cms/domain/contentTypes/index.ts'
import type { BuildRequest } from '../lib/buildRequest.ts'
import type { GenericEntry, GenericRef } from '../lib/entries.ts'
import { siteImageUnder } from '../lib/media.ts'
import type { PageSettings } from '../lib/pageSettings.ts'
import { htmlToText, richTextToHtml } from '../lib/richtext.ts'
import { payloadLoader } from './payload.ts'
import { dateOnly, feedFields, optional, rows, str, unitRefs } from './refs.ts'

type Doc = Record<string, unknown>

/** The links of a polymorphic relationship, in the editors' order (populated or bare ids alike). */
export function storedRefs(value: unknown): GenericRef[] {
  return rows(value)
    .map((row) => ({ relationTo: str(row.relationTo), id: refId(row.value) }))
    .filter((ref) => ref.relationTo !== '' && ref.id !== '')
}

/** A generic type's entry from a CMS document, by its shape (its image linked under `mediaBase`). */
export function genericEntry(shape: GenericShape, doc: Doc, mediaBase: string): GenericEntry {
  const html = shape.body ? richTextToHtml(doc[shape.body]) : ''
  const summary = (shape.summary && optional(doc[shape.summary])) || htmlToText(html).slice(0, 120)
  return {
    cmsId: str(doc.id),
    updatedAt: str(doc.updatedAt),
    ...feedFields(doc),
    title: str(doc[shape.title]),
    date: dateOnly(doc[shape.date]),
    summary,
    html,
    image: shape.image ? siteImageUnder(mediaBase)(doc[shape.image]) : undefined,
    meta: (shape.meta ?? []).flatMap(({ field, label }) => {
      const value = optional(doc[field])
      return value ? [{ label: label.zh, value }] : []
    }),
    units: shape.units ? unitRefs(doc[shape.units]) : [],
    refs: shape.refs ? storedRefs(doc[shape.refs.field]) : [],
  }
}

const loaderOf = (type: GenericType) =>
  payloadLoader<GenericEntry>(type.slug, (doc, page) => ({ id: str(doc.slug), ...genericEntry(type.generic, doc, page.mediaBase) }))

/** Every generic type's loader, by its key (site/loaders/index.ts spreads them in). */
export const genericLoadersFor = (request: BuildRequest, page: PageSettings): Record<GenericKey, Loader> =>
  Object.fromEntries(genericTypes.map((type) => [type.key, loaderOf(type)(request, page)])) as Record<GenericKey, Loader>
