/**
 * 统计结果 on a survey's edit screen (server component): responses, 知晓率, per question bar charts
 * (the shared BarChart: a real table), the split by district, and the CSV export. Staff only (the
 * survey's edit screen is); short-text answers appear only in the CSV.
 */
import type { UIFieldServerProps } from 'payload'
import { surveyResults } from '../../collections/Surveys/results.ts'
import { hasRole } from '../../domain/roles.ts'
import { overallAwareness, percent, questionResults, type SurveyQuestion } from '../../domain/surveys/index.ts'
import { slugs } from '../../slugs.ts'
import { BarChart } from '../charts/BarChart.tsx'

export async function SurveyResults({ id, payload, req }: UIFieldServerProps) {
  if (!id || !hasRole(req.user, 'admin', 'reviewer', 'editor')) return null
  const survey = await payload.findByID({ collection: slugs.surveys, id, depth: 0, draft: true, overrideAccess: true })
  const questions = (survey.questions ?? []) as SurveyQuestion[]
  const { tally, responses } = await surveyResults(payload, survey.id, questions)
  const awareness = overallAwareness(questions, tally.all)
  const units = await payload.find({
    collection: slugs.units,
    where: { kind: { equals: 'district' } },
    pagination: false,
    depth: 0,
    select: { name: true },
  })
  const districts = units.docs.map((unit) => ({ name: String(unit.name), part: tally.districts[String(unit.id)] }))
  return (
    <section className="survey-results" aria-labelledby="survey-results" style={{ margin: '1.5rem 0' }}>
      <h2 id="survey-results">统计结果（Results）</h2>
      <p>
        共收到 <strong data-responses={responses}>{responses}</strong> 份答卷
        {awareness ? `；总体知晓率 ${awareness.percent}%（${awareness.correct} / ${awareness.answered} 次作答正确）` : ''}。{' '}
        <a href={`/api/surveys/${survey.id}/results.csv`} download>
          导出全部答卷 CSV（Export CSV）
        </a>
      </p>
      {questionResults(questions, tally.all).map((result) =>
        result.rows.length > 0 ? (
          <div key={result.number}>
            <BarChart
              caption={`${result.number}. ${result.prompt}（${result.answered} 人作答${result.awareness ? `，知晓率 ${result.awareness.percent}%` : ''}${result.average !== null ? `，平均 ${result.average} 分` : ''}）`}
              bars={result.rows.map((row) => ({
                label: row.label,
                count: row.count,
                percent: row.percent,
                note: row.correct ? '正确答案' : undefined,
              }))}
            />
          </div>
        ) : (
          <p key={result.number}>
            {result.number}. {result.prompt}：文字题，{result.answered} 人作答（内容见 CSV 导出，不公开）。
          </p>
        ),
      )}
      {survey.askDistrict ? (
        <BarChart
          caption="按区县：答卷数（知晓率见备注）"
          countLabel="答卷数"
          bars={districts.map((district) => {
            const aware = district.part ? overallAwareness(questions, district.part) : null
            const count = district.part?.responses ?? 0
            return { label: district.name, count, percent: percent(count, responses), note: aware ? `知晓率 ${aware.percent}%` : undefined }
          })}
        />
      ) : null}
    </section>
  )
}
