/**
 * Scenario 3: the object storage is gone for a while (s3rver stopped). Uploads through nginx must answer
 * 503 with a Chinese message naming the object storage and leave no media document behind; an edit
 * published during the outage, and one after, go live once S3 is back; an upload then succeeds.
 */
import { photo } from '../../tests/helpers/residents.ts'
import { type Answer, ask } from './client.ts'
import type { Drill } from './cluster.ts'
import { type Publisher, publishBulletin, waitLive } from './publish.ts'
import type { Check, Recorder } from './report.ts'

let seed = 0
export async function upload(p: Publisher): Promise<Answer> {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(await photo(++seed))], { type: 'image/jpeg' }), `drill-${seed}.jpg`)
  body.append('_payload', JSON.stringify({ alt: `演练上传的图片 ${seed}` }))
  return ask(`${p.base}/api/media`, { method: 'POST', body, headers: { authorization: `JWT ${p.token}` }, timeoutMs: 60_000 })
}

const mediaCount = async (p: Publisher): Promise<number> => {
  const answer = await ask(`${p.base}/api/media?limit=1&depth=0`, { headers: { authorization: `JWT ${p.token}` } })
  return answer.status === 200 ? Number((JSON.parse(answer.text) as { totalDocs: number }).totalDocs) : -1
}

export async function s3Outage(drill: Drill, p: Publisher, recorder: Recorder, outageMs: number): Promise<Check[]> {
  const name = '3 S3 down'
  const before = await mediaCount(p)
  await drill.procs.s3.kill()
  const downAt = Date.now()
  recorder.log(`s3rver stopped for ${outageMs / 1000} s`)
  const during = await publishBulletin(p, 's3down')
  const answers: Answer[] = []
  while (Date.now() - downAt < outageMs) {
    answers.push(await upload(p))
    await new Promise((resolve) => setTimeout(resolve, 1500))
  }
  const afterOutage = await mediaCount(p)
  const duringLiveEarly = await waitLive(during.url, during.title, 1)
  drill.procs.s3 = await drill.startS3()
  const upAt = Date.now()
  recorder.log(`s3rver back after ${((upAt - downAt) / 1000).toFixed(1)} s`)
  const duringMs = await waitLive(during.url, during.title, 120_000)
  const after = await publishBulletin(p, 's3back')
  const afterMs = await waitLive(after.url, after.title, 120_000)
  const uploadAfter = await upload(p)
  const refused = answers.filter((a) => a.status === 503 && a.text.includes('对象存储'))
  const statuses = [...new Set(answers.map((a) => a.status))].join(',')
  recorder.number('uploads during the outage', answers.length)
  recorder.number('uploads answered 503 naming the object storage', refused.length)
  recorder.log(`first 503 answer: ${answers[0]?.text.slice(0, 200) ?? ''}`)
  recorder.number(
    'edit published during the outage: live after S3 returned (s)',
    duringLiveEarly !== null ? 'live during the outage' : duringMs === null ? 'never' : (duringMs / 1000).toFixed(1),
  )
  return [
    {
      scenario: name,
      check: 'every upload answered 503 naming the cause',
      pass: answers.length > 0 && refused.length === answers.length,
      detail: `${refused.length} of ${answers.length} (statuses ${statuses})`,
    },
    { scenario: name, check: 'no media document without a file', pass: afterOutage === before, detail: `media ${before} → ${afterOutage}` },
    {
      scenario: name,
      check: 'the edit made during the outage went live',
      pass: duringMs !== null,
      detail: duringMs === null ? 'not live' : 'live',
    },
    {
      scenario: name,
      check: 'publishing works after S3 returned',
      pass: afterMs !== null,
      detail: afterMs === null ? 'not live' : `${(afterMs / 1000).toFixed(1)} s to live`,
    },
    {
      scenario: name,
      check: 'an upload works after S3 returned',
      pass: uploadAfter.status === 201,
      detail: `status ${uploadAfter.status}`,
    },
  ]
}
