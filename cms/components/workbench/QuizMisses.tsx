/**
 * 工作台: the 应知应会 questions residents miss most in the public quiz (share answered wrong or left
 * open), as a BarChart, each question linking to its knowledge item. Staff only. Server component.
 */
import type { PayloadRequest } from 'payload'
import { missPercent, mostMissed } from '../../domain/quiz/rules.ts'
import { hasRole } from '../../domain/roles.ts'
import { quizTallies } from '../../quiz/stats.ts'
import { slugs } from '../../slugs.ts'
import { BarChart } from '../charts/BarChart.tsx'

/** Questions the block shows. */
export const MISSED_SHOWN = 8

export async function QuizMisses({ req }: { req: PayloadRequest }) {
  if (!hasRole(req.user, 'admin', 'reviewer', 'editor')) return null
  const tallies = await quizTallies(req.payload)
  const missed = mostMissed(tallies, MISSED_SHOWN)
  const quizzes = tallies.reduce((most, tally) => Math.max(most, tally.shown), 0)
  return (
    <section aria-labelledby="wb-quiz" className="workbench__quiz" style={{ marginTop: '2rem' }}>
      <h2 id="wb-quiz">应知应会：市民最常答错的题</h2>
      {missed.length === 0 ? (
        <p>网站的应知应会测试还没有计入统计的答题（已标记测试题 {tallies.length} 道）。</p>
      ) : (
        <>
          <BarChart
            caption={`答错或未作答的比例（已标记测试题 ${tallies.length} 道；单题最多出现 ${quizzes} 次）`}
            countLabel="答错/未答次数"
            bars={missed.map((tally) => ({
              label: tally.title,
              count: tally.shown - tally.right,
              percent: missPercent(tally),
              note: `出现 ${tally.shown} 次，答对 ${tally.right} 次`,
            }))}
          />
          <ul>
            {missed.map((tally) => (
              <li key={tally.id}>
                <a href={`/admin/collections/${slugs.knowledge}/${tally.id}`}>{tally.title}</a>：答错 {tally.wrong} 次，未作答{' '}
                {tally.skipped} 次
              </li>
            ))}
          </ul>
          <p>
            <a href={`/admin/collections/${slugs.quizAnswers}`}>全部答题记录</a>
          </p>
        </>
      )}
    </section>
  )
}
