/**
 * Pure helpers for the 政务公开 document library: order, the year / issuer / validity filters, and
 * each document's replacement and what it replaced, resolved among the published documents at build
 * time. No Astro imports (tests/unit/documents-lib.test.ts).
 */
import { contentType, DOCUMENT_VALIDITY, documentPathOf } from '../../cms/domain/contentTypes/index.ts'
import { documentYear } from '../../cms/domain/documents.ts'
import type { DocumentEntry } from './entries.ts'
import { attachmentFile, feedDated, feedGuid } from './feedItemFacts.ts'
import type { FeedSource } from './feeds.ts'
import { groupBy, type Keyed } from './sections.ts'

const type = contentType('documents')
export const documentsPath = type.path
export const documentPath = (slug: string): string => documentPathOf(type, slug)

/** The library's filters, each a static list under /documents/<facet>/<key>/. */
export const FACETS = { year: '按年份', issuer: '按发布机关', validity: '按效力' } as const
export type Facet = keyof typeof FACETS
export const facetPath = (facet: Facet, key: string): string => `${documentsPath}${facet}/${key}/`

/** Newest published first; the same day by 文号, then the slug, so the order never changes between builds. */
export const newestDocuments = <T extends Keyed<DocumentEntry>>(items: readonly T[]): T[] =>
  [...items].sort(
    (a, b) =>
      b.data.publishDate.localeCompare(a.data.publishDate) ||
      (a.data.docNumber ?? '').localeCompare(b.data.docNumber ?? '') ||
      a.id.localeCompare(b.id),
  )

export type FacetGroup<T> = { facet: Facet; key: string; label: string; path: string; items: T[] }

const facetKey: Record<Facet, (entry: DocumentEntry) => { value: string; label: string }> = {
  year: (entry) => ({ value: documentYear(entry.publishDate), label: `${documentYear(entry.publishDate)}年` }),
  issuer: (entry) => ({ value: entry.issuer.slug, label: entry.issuer.name }),
  validity: (entry) => entry.validity,
}

/** Newest year first; issuers with the most documents first (then by name); validity in the option order (有效 first). */
function facetOrder<T>(facet: Facet, groups: FacetGroup<T>[]): FacetGroup<T>[] {
  if (facet === 'year') return groups.sort((a, b) => b.key.localeCompare(a.key))
  if (facet === 'issuer') return groups.sort((a, b) => b.items.length - a.items.length || a.label.localeCompare(b.label, 'zh-CN'))
  const order = Object.keys(DOCUMENT_VALIDITY)
  return groups.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key))
}

/** The documents of each value of a filter, each list newest first. Documents without an issuer stay out of the issuer lists. */
export function facetGroups<T extends Keyed<DocumentEntry>>(facet: Facet, items: readonly T[]): FacetGroup<T>[] {
  const groups = groupBy(newestDocuments(items), (item) => facetKey[facet](item.data))
    .filter((group) => group.key !== '')
    .map((group) => ({ facet, key: group.key, label: group.label, path: facetPath(facet, group.key), items: group.items }))
  return facetOrder(facet, groups)
}

export type FilterLink = { label: string; path: string; count: number }
export type Filters = { total: number } & Record<Facet, FilterLink[]>

/** Every filter's links with their counts, as the filter bar on each list page shows them. */
export function documentFilters(items: readonly Keyed<DocumentEntry>[]): Filters {
  const links = (facet: Facet) =>
    facetGroups(facet, items).map((group) => ({ label: group.label, path: group.path, count: group.items.length }))
  return { total: items.length, year: links('year'), issuer: links('issuer'), validity: links('validity') }
}

/** A document as other pages link it: its page, title and 文号. */
export type DocumentLink = { path: string; title: string; docNumber: string | null; publishDate: string }
const linkOf = ({ id, data }: Keyed<DocumentEntry>): DocumentLink => ({
  path: documentPath(id),
  title: data.title,
  docNumber: data.docNumber,
  publishDate: data.publishDate,
})

/** The published document that replaces this one (null when none is published), and the published documents it replaced, newest first. */
export function replacementsOf(
  entry: DocumentEntry,
  items: readonly Keyed<DocumentEntry>[],
): { replacement: DocumentLink | null; replaces: DocumentLink[] } {
  const replacing = entry.replacedBy === null ? undefined : items.find((item) => item.data.cmsId === entry.replacedBy)
  const replaced = newestDocuments(items.filter((item) => item.data.replacedBy === entry.cmsId && item.data.cmsId !== entry.cmsId))
  return { replacement: replacing && replacing.data.cmsId !== entry.cmsId ? linkOf(replacing) : null, replaces: replaced.map(linkOf) }
}

/** 《标题》（文号） as a document is cited. */
export const citation = (link: Pick<DocumentLink, 'title' | 'docNumber'>): string =>
  `《${link.title}》${link.docNumber ? `（${link.docNumber}）` : ''}`

/** The banner of a document no longer in force; null while it is. */
export function validityNotice(validity: string, replacement: DocumentLink | null): string | null {
  if (validity === 'revised')
    return replacement ? `本文件已修订，现行文件为${citation(replacement)}。` : '本文件已修订，请以修订后的文件为准。'
  if (validity === 'repealed') return replacement ? `本文件已废止，由${citation(replacement)}替代。` : '本文件已废止，不再执行。'
  return null
}

const esc = (value: string): string =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
const p = (value: string): string => `<p>${esc(value)}</p>`

/** The section feed's items: explicit fields, the validity first, the full text, the PDFs as links; GUID = collection + CMS id. */
export function documentFeedItems(items: readonly Keyed<DocumentEntry>[], section: string): FeedSource[] {
  return items.map((item) => {
    const { id, data } = item
    const { replacement } = replacementsOf(data, items)
    const notice = validityNotice(data.validity.value, replacement)
    const meta = [
      data.docNumber ? `文号：${data.docNumber}` : '',
      `发布机关：${data.issuerName}`,
      `成文日期：${data.signedDate}`,
      `效力：${data.validity.label}`,
    ]
    return {
      guid: feedGuid(type.slug, data),
      title: data.validity.value === 'effective' ? data.title : `【${data.validity.label}】${data.title}`,
      path: documentPath(id),
      ...feedDated(data, data.publishDate),
      file: attachmentFile(data.attachments[0]),
      summary: data.summary,
      html: [
        notice
          ? replacement
            ? `<p><strong>${esc(notice)}</strong> <a href="${replacement.path}">查看新文件</a></p>`
            : `<p><strong>${esc(notice)}</strong></p>`
          : '',
        p(meta.filter(Boolean).join('；')),
        data.html,
        ...data.attachments.map((file) => `<p><a href="${esc(file.url)}">${esc(file.title || data.title)}（PDF）</a></p>`),
      ].join(''),
      categories: [section, data.kind.label, data.issuer.name, data.validity.label],
    }
  })
}
