/**
 * The quiz page's questions as HTML: the built /quiz/ page carries a placeholder, the server puts N
 * questions drawn for this visit and their signed token in its place on every GET
 * (publisher/formPages.ts). The question pool is a file of the same build (QUIZ_POOL_PATH): ids,
 * questions and options, never the right answers. Pure.
 */
import { escapeHtml } from '../formPages.ts'
import { answerField, QUIZ_TOKEN_FIELD } from './rules.ts'

/** The build's question pool, next to the page (site/pages/quiz/questions.json.ts writes it). */
export const QUIZ_POOL_PATH = '/quiz/questions.json'

export type PoolQuestion = { id: string; question: string; options: string[] }

/** Shown only if the page was served without the server (a misrouted CDN): sending it is refused as an expired page. */
export const QUIZ_PLACEHOLDER = '<div class="quiz-questions" data-quiz="questions"><p>测试题需要由网站服务器提供：请刷新本页面。</p></div>'

export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const

/** A pool file's questions; anything malformed is left out. */
export function parsePool(text: string): PoolQuestion[] {
  try {
    const raw = JSON.parse(text) as { questions?: unknown }
    if (!Array.isArray(raw.questions)) return []
    return raw.questions.filter(
      (item): item is PoolQuestion =>
        typeof item?.id === 'string' &&
        typeof item.question === 'string' &&
        Array.isArray(item.options) &&
        item.options.every((option: unknown) => typeof option === 'string'),
    )
  } catch {
    return []
  }
}

function questionHtml(item: PoolQuestion, index: number): string {
  const name = answerField(item.id)
  const options = item.options
    .map(
      (option, i) =>
        `<li><label><input type="radio" name="${escapeHtml(name)}" value="${i + 1}" autocomplete="off" /> <span class="letter">${OPTION_LETTERS[i]}.</span> ${escapeHtml(option)}</label></li>`,
    )
    .join('')
  return `<fieldset class="quiz-q"><legend><span class="quiz-n">第 ${index + 1} 题</span> ${escapeHtml(item.question)}</legend><ul class="quiz-options">${options}</ul></fieldset>`
}

/** The questions of one visit with their token; an empty pool says so instead. */
export function quizFields(questions: readonly PoolQuestion[], token: string | null): string {
  if (questions.length === 0 || token === null) return '<div class="quiz-questions"><p>暂时没有测试题，请稍后再来。</p></div>'
  return [
    '<div class="quiz-questions">',
    `<input type="hidden" name="${QUIZ_TOKEN_FIELD}" value="${escapeHtml(token)}" autocomplete="off" />`,
    ...questions.map(questionHtml),
    '</div>',
  ].join('')
}
