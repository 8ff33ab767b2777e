/**
 * In front of Payload's REST route handlers: a request whose query or multipart body cannot be
 * parsed gets a 400 naming what is wrong, instead of the 500 Payload's parser would produce.
 * (The fuzz test in tests/e2e/attacks.test.ts found these.)
 */
import { contentTypeProblem, type Problem, queryProblem } from '../domain/requestShape.ts'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

const badRequest = (problem: Problem): Response =>
  Response.json({ errors: [{ message: problem.message, field: problem.field }] }, { status: 400, headers: { 'cache-control': 'no-store' } })

async function multipartProblem(request: Request): Promise<Problem | null> {
  const typeProblem = contentTypeProblem(request.headers.get('content-type'))
  if (typeProblem) return typeProblem
  if (!/^multipart\/form-data/i.test(request.headers.get('content-type') ?? '')) return null
  try {
    await request.clone().formData()
    return null
  } catch {
    return { field: 'body', message: '上传内容格式错误，无法解析 / the multipart body cannot be parsed' }
  }
}

export function guarded(handler: Handler): Handler {
  return async (request, context) => {
    const problem = queryProblem(new URL(request.url).search) ?? (await multipartProblem(request))
    return problem ? badRequest(problem) : handler(request, context)
  }
}
