/**
 * Keyed digests of a client network (the shared limits' bucketOf, the endorsements' ipDigest) worked
 * out once per process for the current window: each is an HMAC, and a burst of 点赞 asks for the same
 * networks again and again. `key` must name everything the digest depends on (secret, rule, window).
 */
const memo = new Map<string, string>()
const MAX_ENTRIES = 20_000

export function memoDigest(key: string, compute: () => string): string {
  let value = memo.get(key)
  if (value === undefined) {
    if (memo.size >= MAX_ENTRIES) memo.clear()
    value = compute()
    memo.set(key, value)
  }
  return value
}
