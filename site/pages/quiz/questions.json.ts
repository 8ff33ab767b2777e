/** /quiz/questions.json: the build's quiz pool (site/lib/quiz.ts), read by the server filling /quiz/. */

import { getCollection } from 'astro:content'
import type { APIRoute } from 'astro'
import { quizPool } from '../../lib/quiz.ts'

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(quizPool((await getCollection('knowledge')).map((entry) => entry.data))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
