/**
 * 嵌入来源 (site identity): the partner sites allowed to show the site's embeds (/embed/…) in a frame,
 * as origins one per line — `https://news.example.cn` or with a port. The embed pages answer
 * `Content-Security-Policy: frame-ancestors <these origins>`; every other page keeps
 * `frame-ancestors 'none'`. Pure.
 */
export const MAX_EMBED_ORIGINS = 20
const ORIGIN = /^https?:\/\/[a-z0-9]+(?:[.-][a-z0-9]+)*(?::\d{1,5})?$/

/** One origin as written (trimmed, lower-case, no trailing slash), or null when it is not a plain http(s) origin. */
export function normalOrigin(line: string): string | null {
  const value = line.trim().toLowerCase().replace(/\/$/, '')
  return ORIGIN.test(value) && value.length <= 200 ? value : null
}

/** Every origin of the field's text, each once; lines that are not origins are left out. */
export function embedOriginsOf(text: unknown): string[] {
  if (typeof text !== 'string') return []
  const origins = text
    .split(/[\r\n,]+/)
    .map(normalOrigin)
    .filter((origin): origin is string => origin !== null)
  return [...new Set(origins)].slice(0, MAX_EMBED_ORIGINS)
}

/** The field's validation: every non-empty line an origin, at most MAX_EMBED_ORIGINS. */
export function checkEmbedOrigins(text: unknown): true | string {
  if (text === null || text === undefined || text === '') return true
  if (typeof text !== 'string') return '嵌入来源：应为文本。 / Embed origins: text expected.'
  const lines = text
    .split(/[\r\n,]+/)
    .map((line) => line.trim())
    .filter(Boolean)
  const wrong = lines.find((line) => normalOrigin(line) === null)
  if (wrong !== undefined)
    return `嵌入来源：“${wrong.slice(0, 80)}”不是网站来源，每行一个，如 https://news.example.cn（不含路径）。 / Embed origins: "${wrong.slice(0, 80)}" is not an origin; one per line, e.g. https://news.example.cn (no path).`
  if (lines.length > MAX_EMBED_ORIGINS) return `嵌入来源：最多 ${MAX_EMBED_ORIGINS} 个。 / Embed origins: at most ${MAX_EMBED_ORIGINS}.`
  return true
}
