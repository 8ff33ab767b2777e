/**
 * On a knowledge item's edit view, inside 应知应会测试题: how residents answered this question in the
 * public quiz — counted quizzes, right, wrong, left open, and each option chosen (BarChart). Staff
 * only (the answer rows are staff-read); nothing for a new item. Server component.
 */
import type { UIFieldServerProps } from 'payload'
import { OPTION_LETTERS } from '../../domain/quiz/form.ts'
import { missPercent, optionTexts, type QuizMark } from '../../domain/quiz/rules.ts'
import { hasRole } from '../../domain/roles.ts'
import { tallyOf } from '../../quiz/stats.ts'
import { BarChart } from '../charts/BarChart.tsx'

export async function QuizStatsField(props: UIFieldServerProps) {
  const { id, payload, req, data } = props
  if (id === undefined || !hasRole(req.user, 'admin', 'reviewer', 'editor')) return null
  const mark = (data as { quiz?: QuizMark } | undefined)?.quiz
  const tally = await tallyOf(payload, { id, question: (data as { question?: string })?.question, quiz: mark })
  const options = optionTexts(mark)
  const correct = mark?.correct ?? null
  return (
    <section className="quiz-stats" aria-labelledby="quiz-stats-h" style={{ margin: '1rem 0 1.5rem' }}>
      <h3 id="quiz-stats-h">答题统计（网站“应知应会测试”）</h3>
      {tally.shown === 0 ? (
        <p>还没有市民答过这道题。</p>
      ) : (
        <>
          <p data-quiz-stats={`${tally.shown}/${tally.right}/${tally.wrong}/${tally.skipped}`}>
            计入统计的测试中出现 {tally.shown} 次：答对 {tally.right} 次，答错 {tally.wrong} 次，未作答 {tally.skipped} 次（答错或未作答{' '}
            {missPercent(tally)}%）。
          </p>
          <BarChart
            caption="各选项被选择的次数"
            countLabel="次数"
            total={tally.shown}
            bars={[
              ...options.map((text, i) => ({
                label: `${OPTION_LETTERS[i]}. ${text}`,
                count: tally.byOption[i] ?? 0,
                note: correct === i + 1 ? '正确答案' : undefined,
              })),
              { label: '未作答', count: tally.skipped },
            ]}
          />
        </>
      )}
    </section>
  )
}
