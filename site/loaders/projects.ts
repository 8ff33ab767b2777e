/** 民生实事 as residents see them: status and 滞后 milestones worked out with the build's clock (cms/domain/projects.ts). */
import { PROJECT_CAMPAIGNS, PROJECT_STATUS } from '../../cms/domain/contentTypes/index.ts'
import { isPastDay } from '../../cms/domain/dates.ts'
import { projectStatus } from '../../cms/domain/projects.ts'
import { slugs } from '../../cms/slugs.ts'
import type { ProjectEntry } from '../lib/entries.ts'
import { siteImageUnder } from '../lib/media.ts'
import { richTextToHtml } from '../lib/richtext.ts'
import { payloadLoader } from './payload.ts'
import { dateOnly, feedFields, labelled, optional, rows, str, unitRef } from './refs.ts'

type Doc = Record<string, unknown>
const images = (value: unknown, mediaBase: string) =>
  Array.isArray(value) ? value.map(siteImageUnder(mediaBase)).filter((image) => image !== undefined) : []
const day = (value: unknown): string | null => (optional(value) ? dateOnly(value) : null)

/** One project at `now`: explicit fields, labels in Chinese, milestones in due order, photos linked under `mediaBase`. */
export function projectEntry(doc: Doc, now: Date, mediaBase: string): Omit<ProjectEntry, 'cmsId' | 'updatedAt'> {
  const milestones = rows(doc.milestones)
    .map((row) => ({ title: str(row.title), dueDate: dateOnly(row.dueDate), doneDate: day(row.doneDate) }))
    .map((row) => ({ ...row, overdue: row.doneDate === null && row.dueDate !== '' && isPastDay(row.dueDate, now) }))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
  const progress = Number(doc.progress ?? 0)
  return {
    title: str(doc.title),
    campaign: labelled(PROJECT_CAMPAIGNS, doc.campaign),
    year: Number(doc.year),
    unit: unitRef(doc.unit) ?? { slug: '', name: '', kind: '' },
    target: str(doc.target),
    html: richTextToHtml(doc.description),
    milestones,
    progress,
    progressText: optional(doc.progressText),
    progressDate: day(doc.progressDate),
    status: labelled(PROJECT_STATUS, projectStatus({ milestones, progress }, now)),
    before: images(doc.beforePhotos, mediaBase),
    after: images(doc.afterPhotos, mediaBase),
  }
}

export const projectsLoader = payloadLoader<ProjectEntry>(slugs.projects, (doc, { mediaBase }) => ({
  id: str(doc.slug),
  cmsId: str(doc.id),
  updatedAt: str(doc.updatedAt),
  ...feedFields(doc),
  ...projectEntry(doc, new Date(), mediaBase),
}))
