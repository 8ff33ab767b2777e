/**
 * Checking a form's one-time challenge (cms/domain/challenge.ts) against what every process shares
 * in the database (cms/limits/sharedLimits.ts): at most CHALLENGE_MAX_TRIES tries per token, each
 * wrong try counted before it is refused and a right answer passing only while tries are left (so a
 * parallel burst of guesses gets no more), and a solved token used once. Rows live until the token expires.
 *
 * Endpoints call `checkChallenge` while validating (a right answer costs no try, so a resident who
 * must fix another field sends the same token again) and `redeemChallenge` once the submission is
 * otherwise acceptable, right before storing it.
 */
import type { Payload } from 'payload'
import {
  CHALLENGE_FAILURES,
  CHALLENGE_LIFE_MS,
  CHALLENGE_MAX_TRIES,
  type ChallengeFailure,
  challengeKey,
  isRightAnswer,
  readChallengeToken,
} from '../domain/challenge.ts'
import type { ChallengePurpose } from '../domain/formPages.ts'
import type { LimitRule } from '../domain/sharedLimits.ts'
// Renamed: biome reads a call of use…() as a React hook.
import { useOnce as firstUse, takeSlot, usedSlots } from './sharedLimits.ts'

type Db = Pick<Payload, 'count' | 'create' | 'delete' | 'secret'> & { config: Pick<Payload['config'], 'secret'> }

/** Tries per token. A token's tries are all counted in the window its expiry falls in (see `triesAt`). */
export const CHALLENGE_TRIES: LimitRule = { name: 'challenge-tries', windowMs: CHALLENGE_LIFE_MS, max: CHALLENGE_MAX_TRIES }

/**
 * The instant a token's tries are counted at: just before it expires, whenever the try is made. All
 * tries of a token land in one window, which ends no earlier than the token does.
 */
const triesAt = (expiresAt: number): number => expiresAt - 1

export type ChallengePass = { ok: true; nonce: string; expiresAt: number }
export type ChallengeRefusal = { ok: false; failure: ChallengeFailure; title: string; message: string }

const refuse = (failure: ChallengeFailure): ChallengeRefusal => ({ ok: false, failure, ...CHALLENGE_FAILURES[failure] })

/** The key forms are signed with: derived from the configured Payload secret (the server that fills pages derives the same). */
export const formChallengeKey = (payload: Db): string => challengeKey(payload.config.secret)

export async function checkChallenge(
  payload: Db,
  input: { purpose: ChallengePurpose; token: unknown; answer: unknown; now: number },
): Promise<ChallengePass | ChallengeRefusal> {
  const key = formChallengeKey(payload)
  const token = readChallengeToken({ key, purpose: input.purpose, token: input.token, now: input.now })
  if (!token.ok) return refuse(token.failure)
  const at = triesAt(token.expiresAt)
  if (isRightAnswer({ key, purpose: input.purpose, token: String(input.token), answer: input.answer })) {
    // A right answer costs no try, so it is not written: it passes while tries are left (read only). A
    // parallel burst of guesses gets no more: each wrong one is counted before it is refused, and the
    // right one passes exactly when taking and giving back a slot would have (fewer than the cap counted).
    if ((await usedSlots(payload, CHALLENGE_TRIES, token.nonce, at)) >= CHALLENGE_MAX_TRIES) return refuse('tries')
    return { ok: true, nonce: token.nonce, expiresAt: token.expiresAt }
  }
  const trial = await takeSlot(payload, CHALLENGE_TRIES, token.nonce, at)
  return refuse(trial.allowed ? 'wrong' : 'tries')
}

/** Use a checked token: true the first time in any process, refused as used every later time. */
export async function redeemChallenge(payload: Db, pass: ChallengePass): Promise<ChallengePass | ChallengeRefusal> {
  return (await firstUse(payload, 'challenge', pass.nonce, pass.expiresAt)) ? pass : refuse('used')
}
