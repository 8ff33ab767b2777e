/**
 * Uploads of every shape the media pipeline has to handle, generated (no binary fixtures): photo-like
 * noise so that any change in decoding, resampling or cropping shows in the pixels.
 */
import sharp from 'sharp'

export type ImageFixture = { name: string; data: Buffer; mimetype: string; about: string }

const photo = async (width: number, height: number, hue: number, channels: 3 | 4 = 3): Promise<sharp.Sharp> => {
  const noise = await sharp({
    create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 14 } },
  })
    .png()
    .toBuffer()
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},65%,75%)" stop-opacity="${channels === 4 ? 0.2 : 1}"/><stop offset="1" stop-color="hsl(${(hue + 140) % 360},60%,30%)"/></linearGradient></defs><rect width="${width}" height="${height}" fill="url(#g)"/><circle cx="${width / 3}" cy="${height / 2}" r="${Math.min(width, height) / 4}" fill="hsl(${(hue + 60) % 360},80%,50%)"/></svg>`
  const flat = await sharp(Buffer.from(svg))
    .composite([{ input: noise, blend: 'overlay' }])
    .toBuffer()
  return channels === 4 ? sharp(flat).ensureAlpha() : sharp(flat).removeAlpha()
}

const gps = {
  IFD0: { ImageDescription: 'secret place' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '36/1 48/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '118/1 3/1 0/1' },
}

/** Two frames, for the animated path (Payload reads every frame of a GIF). */
async function animatedGif(): Promise<Buffer> {
  const frames = await Promise.all([20, 200].map(async (hue) => (await photo(640, 400, hue)).raw().toBuffer()))
  return sharp(Buffer.concat(frames), { raw: { width: 640, height: 800, channels: 3, pageHeight: 400 } })
    .gif({ delay: [100, 100] })
    .toBuffer()
}

type Build = () => Promise<Omit<ImageFixture, 'name'>>
const jpeg =
  (about: string, image: () => Promise<sharp.Sharp>): Build =>
  async () => ({
    about,
    mimetype: 'image/jpeg',
    data: await (await image()).jpeg({ quality: 88 }).toBuffer(),
  })
const png =
  (about: string, image: () => Promise<sharp.Sharp>): Build =>
  async () => ({
    about,
    mimetype: 'image/png',
    data: await (await image()).png().toBuffer(),
  })
const exif =
  (about: string, orientation: number, image: () => Promise<sharp.Sharp>, withGps = false): Build =>
  async () => {
    const encoded = (await image()).jpeg({ quality: 88 })
    return {
      about,
      mimetype: 'image/jpeg',
      data: await (withGps ? encoded.withExif(gps) : encoded).withMetadata({ orientation }).toBuffer(),
    }
  }

/** By file name; each is built on demand (the camera-sized one takes a moment). */
export const IMAGE_FIXTURES: Record<string, Build> = {
  'landscape.jpg': jpeg('1600×1000 JPEG (the bench’s shape)', () => photo(1600, 1000, 10)),
  'portrait.jpg': jpeg('1000×1600 JPEG', () => photo(1000, 1600, 50)),
  'small.jpg': jpeg('1200×700 JPEG: narrower and lower than the hero (withoutEnlargement)', () => photo(1200, 700, 90)),
  'exact.jpg': jpeg('1600×1200 JPEG: 4:3 like the thumbnail, so resized without a focal crop', () => photo(1600, 1200, 130)),
  'camera.jpg': jpeg('4000×3000 JPEG: large enough for shrink-on-load', () => photo(4000, 3000, 170)),
  'rotated.jpg': exif('JPEG stored 1600×1000 with EXIF orientation 6 and GPS', 6, () => photo(1600, 1000, 210), true),
  'rotated-small.jpg': exif('JPEG stored 1500×2000 with orientation 8: the hero is resized, not focal-cropped', 8, () =>
    photo(1500, 2000, 250),
  ),
  'flipped.jpg': exif('JPEG with orientation 3 (upside down)', 3, () => photo(1300, 900, 290)),
  'grey.jpg': jpeg('greyscale JPEG', async () => (await photo(1200, 800, 330)).greyscale().toColourspace('b-w')),
  'p3.jpg': jpeg('JPEG with a Display P3 profile (converted to sRGB)', async () => (await photo(1400, 900, 30)).withIccProfile('p3')),
  'cmyk.jpg': jpeg('CMYK JPEG', async () => (await photo(1000, 800, 70)).toColourspace('cmyk')),
  'alpha.png': png('RGBA PNG', () => photo(1200, 900, 110, 4)),
  'palette.png': async () => ({
    about: 'palette PNG',
    mimetype: 'image/png',
    data: await (await photo(900, 700, 150)).png({ palette: true }).toBuffer(),
  }),
  'grey-alpha.png': png('grey + alpha PNG', async () => (await photo(800, 800, 190, 4)).toColourspace('b-w')),
  'deep.png': png('16-bit PNG', async () => (await photo(900, 600, 230)).toColourspace('rgb16')),
  'photo.webp': async () => ({
    about: 'WebP',
    mimetype: 'image/webp',
    data: await (await photo(1400, 900, 270)).webp({ quality: 85 }).toBuffer(),
  }),
  'photo.avif': async () => ({
    about: 'AVIF',
    mimetype: 'image/avif',
    data: await (await photo(800, 560, 310)).avif({ quality: 60 }).toBuffer(),
  }),
  'moving.gif': async () => ({ about: 'animated GIF, two frames', mimetype: 'image/gif', data: await animatedGif() }),
}

export async function imageFixture(name: string): Promise<ImageFixture> {
  const build = IMAGE_FIXTURES[name]
  if (!build) throw new Error(`no image fixture ${name}`)
  return { name, ...(await build()) }
}
