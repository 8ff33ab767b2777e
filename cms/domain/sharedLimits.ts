import { createHmac } from 'node:crypto'

/**
 * Pure rules of the shared limits (cms/limits/sharedLimits.ts stores them): fixed windows, client
 * networks and subject digests. Clock and secret are passed in.
 *
 * A limit is "at most `max` events per subject in each window of `windowMs`" (windows aligned to the
 * epoch, so every process computes the same window without talking to the others). Subjects are
 * client networks (an IPv4 address, or the /64 an IPv6 address belongs to: one machine gets a whole
 * /64), accounts, e-mail addresses, browsers — always stored as a keyed digest, never in clear.
 */
export type LimitRule = { name: string; windowMs: number; max: number }

export type LimitVerdict = { allowed: true; slot: number } | { allowed: false; retryAfterSeconds: number }

/** The window `now` falls in, and when it ends. */
export function windowOf(rule: LimitRule, now: number): { number: number; endsAt: number } {
  const number = Math.floor(now / rule.windowMs)
  return { number, endsAt: (number + 1) * rule.windowMs }
}

/** Seconds a refused caller should wait: until the current window ends (at least 1). */
export const retryAfterSeconds = (rule: LimitRule, now: number): number => Math.max(1, Math.ceil((windowOf(rule, now).endsAt - now) / 1000))

/** Expand an IPv6 address (with `::`, an embedded IPv4 tail, a zone) to its eight 16-bit groups, or null. */
function ipv6Groups(address: string): number[] | null {
  let text = address.split('%')[0]?.toLowerCase() ?? ''
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text)
  if (v4) {
    const bytes = v4.slice(1).map(Number)
    if (bytes.some((byte) => byte > 255)) return null
    text = `${text.slice(0, v4.index)}${((bytes[0] ?? 0) * 256 + (bytes[1] ?? 0)).toString(16)}:${((bytes[2] ?? 0) * 256 + (bytes[3] ?? 0)).toString(16)}`
  }
  const halves = text.split('::')
  if (halves.length > 2) return null
  const parse = (part: string | undefined): string[] => (part ? part.split(':') : [])
  const head = parse(halves[0])
  const tail = parse(halves[1])
  const missing = 8 - head.length - tail.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null
  const groups = [...head, ...Array.from({ length: halves.length === 2 ? missing : 0 }, () => '0'), ...tail]
  if (groups.some((group) => !/^[0-9a-f]{1,4}$/.test(group))) return null
  return groups.map((group) => Number.parseInt(group, 16))
}

/**
 * The network a client address is counted as: IPv4 (also IPv4-mapped IPv6) as itself, IPv6 by its
 * /64 prefix. Anything unparseable is its own lower-cased text ('unknown' when empty).
 */
export function clientNetwork(address: string): string {
  const text = address.trim()
  if (!text) return 'unknown'
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) return text
  const groups = ipv6Groups(text)
  if (!groups) return text.toLowerCase()
  const mapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff
  if (mapped) return [groups[6] ?? 0, groups[7] ?? 0].flatMap((group) => [group >> 8, group & 255]).join('.')
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`
}

/** A keyed digest of a subject, so rows never hold an address, account or e-mail in clear. */
export const subjectDigest = (secret: string, rule: string, subject: string): string =>
  createHmac('sha256', secret).update(`limit|${rule}|${subject}`).digest('base64url').slice(0, 24)

/** The bucket a (rule, subject) pair counts in during the window of `now`. */
export const bucketOf = (secret: string, rule: LimitRule, subject: string, now: number): string =>
  `${rule.name}|${subjectDigest(secret, rule.name, subject)}|${windowOf(rule, now).number}`
