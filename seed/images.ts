/**
 * Demo images drawn offline with sharp from SVG: abstract city scenes in campaign colours.
 * No text is drawn (fonts differ between machines), nothing is downloaded.
 */
import sharp from 'sharp'

export type Palette = { sky: string; ground: string; accent: string }

export const PALETTES: Record<string, Palette> = {
  red: { sky: '#fbe3dc', ground: '#b8261f', accent: '#f3b43f' },
  green: { sky: '#e2f1e4', ground: '#2f7d4a', accent: '#f0c341' },
  blue: { sky: '#dde9f6', ground: '#23578f', accent: '#f2994a' },
  grey: { sky: '#eceae6', ground: '#5b5f66', accent: '#c0392b' },
}

function skyline(seed: number, palette: Palette): string {
  const buildings = Array.from({ length: 9 }, (_, i) => {
    const height = 180 + ((seed * 37 + i * 53) % 260)
    const x = i * 140 - 20
    return `<rect x="${x}" y="${800 - height}" width="120" height="${height}" fill="${palette.ground}" opacity="${0.55 + (i % 3) * 0.15}"/>`
  }).join('')
  const sun = `<circle cx="${300 + ((seed * 97) % 900)}" cy="220" r="90" fill="${palette.accent}"/>`
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="${palette.sky}"/>${sun}${buildings}<rect y="800" width="1600" height="100" fill="${palette.ground}"/></svg>`
}

/** A portrait poster (公益海报, 1000×1500): the same scene filling a tall frame. */
const portrait = (svg: string): string =>
  svg.replace('width="1600" height="900">', 'width="1000" height="1500" viewBox="0 0 1600 900" preserveAspectRatio="xMidYMid slice">')

/** A 1600×900 JPEG of an abstract skyline (1000×1500 as a portrait poster); the same seed always gives the same bytes. */
export async function demoPhoto(
  seed: number,
  paletteName: keyof typeof PALETTES,
  shape: 'landscape' | 'portrait' = 'landscape',
): Promise<Buffer> {
  const palette = PALETTES[paletteName] ?? PALETTES.red
  const svg = skyline(seed, palette as Palette)
  return sharp(Buffer.from(shape === 'portrait' ? portrait(svg) : svg))
    .jpeg({ quality: 80 })
    .toBuffer()
}
