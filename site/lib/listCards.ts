/**
 * What a list page's card shows of an item, and nothing more. A list page's cacheKey is a hash of its props
 * (cacheKey.ts), so a list page that carried its items' whole entries was rendered again whenever any field
 * of one of them changed — a renamed unit a bulletin names under 涉及单位, an image's alt text, the bulletin's
 * own updatedAt — though its bytes stayed the same (issue 26: a unit rename rendered 228 such pages at 10,000
 * items, an alt-text edit 471). The list routes carry these cards instead; the card components take these
 * types, so a card that shows one more field fails `astro check` until the field is added here (and the
 * full-build comparison of tests/e2e/publish.test.ts, which renders every page both ways).
 */
import type { BulletinEntry, EpisodeEntry, ExposureEntry, ProjectEntry } from './entries.ts'
import type { SiteImage } from './media.ts'
import type { Keyed } from './sections.ts'
import type { TitleItem } from './titles.ts'

/**
 * A card maker: the item's id and the listed fields of its data, in the order listed (the props' order is
 * part of the page's cache key, so a card's fields keep one order).
 */
const cardOf =
  <T, K extends keyof T>(keys: readonly K[]) =>
  ({ id, data }: Keyed<T>): Keyed<Pick<T, K>> => ({
    id,
    data: Object.fromEntries(keys.map((key) => [key, data[key]])) as Pick<T, K>,
  })

/** A bulletin as its list card shows it (components/bulletins/BulletinList.astro). */
export const bulletinCard = cardOf<BulletinEntry, 'title' | 'date' | 'series' | 'issueLabel' | 'summary'>([
  'title',
  'date',
  'series',
  'issueLabel',
  'summary',
])
export type BulletinCard = ReturnType<typeof bulletinCard>

/** A project as its card shows it (components/projects/ProjectCard.astro). */
export const projectCard = cardOf<
  ProjectEntry,
  'title' | 'status' | 'campaign' | 'year' | 'unit' | 'progress' | 'milestones' | 'progressText' | 'progressDate'
>(['title', 'status', 'campaign', 'year', 'unit', 'progress', 'milestones', 'progressText', 'progressDate'])
export type ProjectCard = ReturnType<typeof projectCard>

/**
 * A list card's picture: decorative, alt="" (WCAG H67). The card's linked title names the item and the picture
 * adds nothing a screen reader user needs there; the item's own page shows it with its alt text. So a list page
 * neither shows nor carries an image's alt text, and an alt-text edit renders only the pages that show it
 * (issue 26: the exposure and TV lists were about 700 of the 1,658 pages an alt-text edit rendered at 10,000 items).
 */
export type Thumbnail = Pick<SiteImage, 'src' | 'srcset' | 'width' | 'height'> & { alt: '' }
export const thumbnail = (image: SiteImage | null | undefined): Thumbnail | null =>
  image ? { src: image.src, srcset: image.srcset, width: image.width, height: image.height, alt: '' } : null

/** A TV episode as its card shows it (components/tv/EpisodeCard.astro; the list groups them by series, newest first). */
const episodeFields = cardOf<EpisodeEntry, 'title' | 'series' | 'episodeNumber' | 'airDate' | 'issuesRaised' | 'issuesSolved'>([
  'title',
  'series',
  'episodeNumber',
  'airDate',
  'issuesRaised',
  'issuesSolved',
])
export const episodeCard = (item: Keyed<EpisodeEntry>) => {
  const { id, data } = episodeFields(item)
  return { id, data: { ...data, cover: thumbnail(item.data.cover) } }
}
export type EpisodeCard = ReturnType<typeof episodeCard>

/**
 * An exposure as the board's card shows it (components/exposures/ExposureCard.astro): its first 整改前 photo as
 * a thumbnail, title, status, unit and dates — not its description, history, reply or other photos.
 */
export const exposureCard = ({ id, data }: Keyed<ExposureEntry>) => ({
  id,
  data: {
    title: data.title,
    status: data.status,
    unit: data.unit,
    foundAt: data.foundAt,
    deadline: data.deadline,
    photo: thumbnail(data.before[0]),
  },
})
export type ExposureCard = ReturnType<typeof exposureCard>

/** A civility title as the directory's table shows it (components/titles/TitleTable.astro). */
export const titleRow = ({ id, status, statusLabel, data }: TitleItem) => ({
  id,
  status,
  statusLabel,
  data: { holder: data.holder, year: data.year, level: data.level, category: data.category },
})
export type TitleRow = ReturnType<typeof titleRow>
