/** When a survey takes answers: from its open time until its close time (instants, shown in China time). Pure. */
export type SurveyWindow = { opensAt?: string | null; closesAt?: string | null }
export type SurveyState = 'before' | 'open' | 'after'

export function surveyState(survey: SurveyWindow, now: Date): SurveyState {
  const opens = new Date(survey.opensAt ?? '').getTime()
  const closes = new Date(survey.closesAt ?? '').getTime()
  if (Number.isNaN(opens) || Number.isNaN(closes)) return 'before'
  if (now.getTime() < opens) return 'before'
  return now.getTime() < closes ? 'open' : 'after'
}

export const STATE_MESSAGES: Record<Exclude<SurveyState, 'open'>, string> = {
  before: '这份问卷还没有开始，请在开始时间之后再来填写。',
  after: '这份问卷已经结束，不再接受填写。谢谢您的关注。',
}

/** Public results: only when the editor chose it, and only after the survey closed. */
export const resultsArePublic = (survey: SurveyWindow & { publicResults?: boolean | null }, now: Date): boolean =>
  Boolean(survey.publicResults) && surveyState(survey, now) === 'after'
