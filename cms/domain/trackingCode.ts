import { createHash } from 'node:crypto'

/**
 * 随手拍 tracking codes: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U),
 * about 49 bits of randomness, shown once to the resident as "ABCDE-FGHJK". Only the SHA-256
 * hash is stored, so a leaked database does not reveal anyone's code.
 * Pure: the random bytes are passed in.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ'
export const CODE_LENGTH = 10

/** Build a code from random bytes (one byte per character; bytes ≥ the largest multiple of the alphabet size are skipped). */
export function trackingCodeFrom(bytes: Uint8Array): string | null {
  const limit = 256 - (256 % CODE_ALPHABET.length)
  let code = ''
  for (const byte of bytes) {
    if (byte >= limit) continue
    code += CODE_ALPHABET[byte % CODE_ALPHABET.length]
    if (code.length === CODE_LENGTH) return code
  }
  return null
}

/** What a resident typed → the canonical code (upper case, dashes and spaces removed), or null when it cannot be one. */
export function normalizeTrackingCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 40) return null
  const code = input.toUpperCase().replace(/[\s\-_]/g, '')
  if (code.length !== CODE_LENGTH) return null
  for (const char of code) if (!CODE_ALPHABET.includes(char)) return null
  return code
}

/** "ABCDEFGHJK" → "ABCDE-FGHJK" for reading aloud and writing down. */
export const formatTrackingCode = (code: string): string => `${code.slice(0, 5)}-${code.slice(5)}`

/** What is stored and looked up. */
export const hashTrackingCode = (code: string): string => createHash('sha256').update(`tracking:${code}`).digest('hex')
