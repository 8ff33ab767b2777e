/**
 * Uploaded images as the site shows them, with a srcset of the sharp renditions: served from the
 * build's /media/ folder, or from S3_PUBLIC_BASE_URL when uploads are in S3 and that is set
 * (publisher/astro/publicMedia.ts puts the linked files there).
 */
/** A file as a feed describes it: address, pixels, bytes and type (issue 25). */
export type FeedFile = { src: string; width: number; height: number; bytes: number; type: string }

export type SiteImage = {
  src: string
  srcset: string
  width: number
  height: number
  alt: string
  social?: string
  /** The uncropped picture at most FEED_IMAGE_MAX px wide, for media:content and the enclosure. */
  feed?: FeedFile
  /** The small rendition, for media:thumbnail. */
  thumb?: FeedFile
}

type Size = {
  url?: string | null
  filename?: string | null
  width?: number | null
  height?: number | null
  filesize?: number | null
  mimeType?: string | null
}
type MediaDoc = Size & { alt?: string; filename?: string; width?: number; height?: number; sizes?: Record<string, Size> }

/** The widest picture a feed carries uncropped (media:content). */
export const FEED_IMAGE_MAX = 1600

const fileOf = (size: Size | undefined, fileUrl: (filename: string) => string): FeedFile | undefined =>
  size?.filename && size.width && size.height && size.filesize && size.mimeType
    ? { src: fileUrl(size.filename), width: size.width, height: size.height, bytes: size.filesize, type: size.mimeType }
    : undefined

/**
 * The feed's picture: the uncropped `feed` rendition when the upload has one, else the cleaned
 * original when it is no wider than FEED_IMAGE_MAX (every rendition made today is cropped), else the
 * 1600 px `hero` rendition (cropped to 16:9: the best there is for a wide original).
 */
function feedFile(doc: MediaDoc, fileUrl: (filename: string) => string): FeedFile | undefined {
  return (
    fileOf(doc.sizes?.feed, fileUrl) ??
    ((doc.width ?? 0) <= FEED_IMAGE_MAX ? fileOf(doc, fileUrl) : undefined) ??
    fileOf(doc.sizes?.hero, fileUrl)
  )
}

/**
 * The URL the site links an uploaded file by, under `base`: where the build links uploads, `/media`
 * or the public base URL (site/lib/pageSettings.ts mediaBase, handed to the loaders as an argument).
 */
export const mediaUrl = (filename: string, base: string): string => `${base}/${encodeURIComponent(filename)}`

/** The image of an upload doc with its files linked under `base` (a map callback: takes no second argument). */
export const siteImageUnder =
  (base: string) =>
  (value: unknown): SiteImage | undefined => {
    const fileUrl = (filename: string): string => mediaUrl(filename, base)
    return imageOf(value, fileUrl)
  }

const optionalFile = <K extends string>(key: K, file: FeedFile | undefined) => (file ? { [key]: file } : {}) as Partial<Record<K, FeedFile>>

function imageOf(value: unknown, fileUrl: (filename: string) => string): SiteImage | undefined {
  if (!value || typeof value !== 'object') return undefined
  const doc = value as MediaDoc
  if (!doc.filename || !doc.width || !doc.height) return undefined
  const renditions = ['thumbnail', 'card', 'hero']
    .map((name) => doc.sizes?.[name])
    .filter((size): size is Size & { filename: string; width: number } => Boolean(size?.filename && size.width))
  const card = doc.sizes?.card
  const main =
    card?.filename && card.width && card.height
      ? { filename: card.filename, width: card.width, height: card.height }
      : { filename: doc.filename, width: doc.width, height: doc.height }
  const social = doc.sizes?.social?.filename
  return {
    src: fileUrl(main.filename),
    srcset: renditions.map((size) => `${fileUrl(size.filename)} ${size.width}w`).join(', '),
    width: main.width,
    height: main.height,
    alt: doc.alt ?? '',
    ...(social ? { social: fileUrl(social) } : {}),
    ...optionalFile('feed', feedFile(doc, fileUrl)),
    ...optionalFile('thumb', fileOf(doc.sizes?.thumbnail, fileUrl)),
  }
}
