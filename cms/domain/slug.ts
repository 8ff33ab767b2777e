/**
 * URL slugs. Chinese titles have no ASCII form worth keeping, so a slug is the ASCII words of the
 * title when there are enough of them, otherwise the date plus a short random suffix. Pure: the
 * date and the suffix are passed in.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function makeSlug(title: string, date: Date, suffix: string): string {
  const ascii = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (ascii.length >= 6) return ascii.slice(0, 80).replace(/-+$/, '')
  const day = date.toISOString().slice(0, 10).replaceAll('-', '')
  return `${day}-${suffix.toLowerCase().replace(/[^a-z0-9]/g, '')}`
}

export function isValidSlug(value: unknown): boolean {
  return typeof value === 'string' && SLUG_PATTERN.test(value) && value.length <= 96
}
