/** The demo administrator created on the first start against an empty database. */
export const DEMO_ADMIN_EMAIL = 'admin@example.com'
export const DEMO_ADMIN_FILE = 'demo-admin.json'

/** A readable random password: 4 groups of 4 from an alphabet without look-alike characters. */
export function formatPassword(randomBytes: Uint8Array): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  const chars = Array.from(randomBytes.slice(0, 16), (byte) => alphabet[byte % alphabet.length])
  return [0, 4, 8, 12].map((start) => chars.slice(start, start + 4).join('')).join('-')
}
