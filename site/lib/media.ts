/** Uploaded images as the site shows them: served from /media/, with a srcset of the sharp renditions. */
export type SiteImage = { src: string; srcset: string; width: number; height: number; alt: string; social?: string }

type Size = { url?: string | null; filename?: string | null; width?: number | null; height?: number | null }
type MediaDoc = { alt?: string; filename?: string; width?: number; height?: number; sizes?: Record<string, Size> }

const fileUrl = (filename: string): string => `/media/${encodeURIComponent(filename)}`

export function toSiteImage(value: unknown): SiteImage | undefined {
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
  }
}
