/**
 * The 应知应会 quiz page (/quiz/, a form page of cms/domain/formPages.ts) as the server answers each
 * GET: the build's page with its placeholder replaced by N questions drawn from the build's pool
 * (cms/domain/quiz/form.ts) and a token signing exactly those ids and the time (cms/domain/quiz/token.ts).
 * Issuing writes nothing; the endpoint that receives the answers uses each token once.
 */
import { randomBytes, randomInt } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { parsePool, QUIZ_PLACEHOLDER, QUIZ_POOL_PATH, quizFields } from '../cms/domain/quiz/form.ts'
import { DEFAULT_QUIZ_QUESTIONS, pickQuestions } from '../cms/domain/quiz/rules.ts'
import { makeQuizToken, quizKey } from '../cms/domain/quiz/token.ts'

/** The pool of one build, read once per build folder (a build never changes; a switch is a new folder). */
let cached: { root: string; pool: ReturnType<typeof parsePool> } | null = null

async function poolOf(root: string) {
  if (cached?.root === root) return cached.pool
  const text = await fs.readFile(path.join(root, QUIZ_POOL_PATH), 'utf8').catch(() => null)
  const pool = text === null ? [] : parsePool(text)
  cached = { root, pool }
  return pool
}

/** The page with this visit's questions, or null when the page carries no quiz placeholder. */
export async function fillQuizPage(
  html: string,
  input: { root: string; key: string; now: number; questions?: number },
): Promise<string | null> {
  if (!html.includes(QUIZ_PLACEHOLDER)) return null
  const pool = await poolOf(input.root)
  const drawn = pickQuestions(pool, input.questions ?? DEFAULT_QUIZ_QUESTIONS, (n) => randomInt(n))
  const token =
    drawn.length === 0
      ? null
      : makeQuizToken({
          key: quizKey(input.key),
          ids: drawn.map((q) => q.id),
          now: input.now,
          nonce: randomBytes(16).toString('base64url'),
        })
  return html.replace(QUIZ_PLACEHOLDER, quizFields(drawn, token))
}
