import type { ImageSize } from 'payload'
import { MAX_INPUT_PIXELS, type RenditionSpec } from '../../domain/renditionPlan.ts'

const webp = { format: 'webp' as const, options: { quality: 78 } }

/** Renditions made on upload (hooks/attachRenditions.ts); the site builds its srcset from them. */
export const IMAGE_SIZES: readonly RenditionSpec[] = [
  { name: 'thumbnail', width: 400, height: 300, position: 'centre', formatOptions: webp },
  { name: 'card', width: 800, height: 533, position: 'centre', formatOptions: webp },
  { name: 'hero', width: 1600, height: 900, position: 'centre', withoutEnlargement: true, formatOptions: webp },
  { name: 'social', width: 1200, height: 630, position: 'centre', formatOptions: { format: 'jpeg' as const, options: { quality: 82 } } },
]

/**
 * The sizes as Payload is told them. Framework detail (rule 16), kept to this file: Payload makes a
 * rendition for every `upload.imageSizes` entry itself, decoding the upload again for each (twice for
 * a focal-point crop); the collection makes them from one decode instead. Payload still needs the list
 * — it declares the sizes.* columns, orders them in the admin, deletes their files and names them to
 * the storage adapter — so each size is declared wider and higher than any accepted picture (no more
 * than MAX_INPUT_PIXELS pixels), which Payload leaves out ("smaller than the size in both directions",
 * withoutEnlargement unset: payload/dist/uploads/image-resizing/getImageResizeAction.js).
 * tests/int/media-renditions.test.ts fails if Payload makes or changes a rendition after an upgrade.
 */
export const PAYLOAD_IMAGE_SIZES: ImageSize[] = IMAGE_SIZES.map(({ name }) => ({
  name,
  width: MAX_INPUT_PIXELS + 1,
  height: MAX_INPUT_PIXELS + 1,
}))
