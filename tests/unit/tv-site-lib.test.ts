import { describe, expect, it } from 'vitest'
import type { EpisodeEntry, EpisodeIssue } from '../../site/lib/entries.ts'
import { overduePromises } from '../../site/lib/exposures.ts'

const issue = (title: string, unit: string, promiseDeadline: string | null, promiseOverdue: boolean): EpisodeIssue => ({
  title,
  unit: { slug: unit, name: unit, kind: 'street' },
  status: { value: 'in-progress', label: '整改中' },
  promise: '承诺',
  promiseDeadline,
  promiseOverdue,
  followUps: [],
  exposure: null,
})
const episode = (id: string, episodeNumber: number, issues: EpisodeIssue[]) => ({
  id,
  data: { title: `第${episodeNumber}期标题`, series: '示范问政', episodeNumber, issues } as unknown as EpisodeEntry,
})

describe('overduePromises', () => {
  const items = [
    episode('ep-2', 2, [issue('占道经营', 'heping', '2026-08-15', true), issue('油烟', 'heping', '2026-12-31', false)]),
    episode('ep-1', 1, [issue('飞线充电', 'heping', '2026-04-18', true), issue('小广告', 'jianshe', '2026-05-01', true)]),
  ]
  it.each([
    ['heping', ['飞线充电@2026-04-18@/tv/ep-1/', '占道经营@2026-08-15@/tv/ep-2/']],
    ['jianshe', ['小广告@2026-05-01@/tv/ep-1/']],
    ['nowhere', []],
  ])('should list the overdue promises of %s, earliest first, linking the episode', (unit, expected) => {
    expect(overduePromises(items, unit).map((p) => `${p.issue}@${p.promiseDeadline}@${p.episode.path}`)).toEqual(expected)
  })

  it('should title the episode link with its series and number', () => {
    expect(overduePromises(items, 'jianshe')[0]?.episode.title).toBe('《示范问政》第1期：第1期标题')
  })
})
