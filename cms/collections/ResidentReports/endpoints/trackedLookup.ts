/**
 * The resident's look-up by tracking code, shared by 随手拍 and 留言 status pages: the per-network
 * limit (counted in the database), the code's format (400) and the not-found answer (404), each as a
 * Chinese page for the no-JS form and JSON for scripts. The caller finds and presents the document.
 */
import type { PayloadRequest } from 'payload'
import type { LimitRule } from '../../../domain/sharedLimits.ts'
import { normalizeTrackingCode } from '../../../domain/trackingCode.ts'
import { takeLimit } from './guard.ts'
import { answer, type Block } from './page.ts'

export type LookupOptions<T> = {
  limit: LimitRule
  /** What is being looked up, for the limit's message ("查询", "查询留言"). */
  action: string
  /** The link back to the look-up form, shown under every answer. */
  otherCode: Block
  /** "没有找到这个查询码对应的…，请核对后重试。" */
  notFound: string
  find: (req: PayloadRequest, code: string) => Promise<T | undefined>
}

export const CODE_FORMAT_MESSAGE = '查询码：应为 10 位字母和数字（如 ABCDE-FGHJK），不区分大小写。'

/** The found document and its normalised code, or the Response to send. */
export async function trackedLookup<T>(
  req: PayloadRequest,
  options: LookupOptions<T>,
): Promise<{ ok: true; code: string; doc: T } | { ok: false; response: Response }> {
  const limit = await takeLimit(req, options.limit, options.action, Date.now())
  if (!limit.ok) return { ok: false, response: limit.response }
  const code = normalizeTrackingCode(req.searchParams.get('code'))
  if (!code) {
    const message = CODE_FORMAT_MESSAGE
    const blocks = [{ kind: 'p' as const, text: message }, options.otherCode]
    return { ok: false, response: answer(req, { status: 400, title: '查询码格式不正确', blocks, json: { ok: false, message } }) }
  }
  const doc = await options.find(req, code)
  if (!doc) {
    const message = options.notFound
    const blocks = [{ kind: 'p' as const, text: message }, options.otherCode]
    return { ok: false, response: answer(req, { status: 404, title: '没有找到', blocks, json: { ok: false, message } }) }
  }
  return { ok: true, code, doc }
}
