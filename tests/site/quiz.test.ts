/**
 * 应知应会测试 in the built seeded site: the form page with its placeholder (the server fills the
 * questions per GET), the question pool of published marked items without the right options, the
 * page filled as the server does, its weight, and no quiz page in the search index.
 */
import { describe, expect, it } from 'vitest'
import { challengeKey } from '../../cms/domain/challenge.ts'
import { parsePool, QUIZ_PLACEHOLDER } from '../../cms/domain/quiz/form.ts'
import { quizKey, readQuizToken } from '../../cms/domain/quiz/token.ts'
import { fillQuizPage } from '../../publisher/quizPage.ts'
import { isSearchable } from '../../publisher/rules/affectedPages.ts'
import { knowledge } from '../../seed/data/knowledge.ts'
import { quizMarks } from '../../seed/data/quiz.ts'
import { pageWeight } from '../helpers/pageWeight.ts'
import { html, read, siteDir } from './site.ts'

const published = knowledge.filter((item) => item.status === 'published' && quizMarks[item.slug])

describe('the quiz page', () => {
  it('should carry one h1, a form posting to the quiz endpoint, the placeholder and the script', () => {
    const page = html('quiz/index.html')
    expect(page.querySelectorAll('h1').map((h) => h.text)).toEqual(['应知应会测试'])
    const form = page.querySelector('form#quiz-form')
    expect(form?.getAttribute('action')).toBe('/api/knowledge/quiz')
    expect(form?.getAttribute('method')).toBe('post')
    expect(read('quiz/index.html')).toContain(QUIZ_PLACEHOLDER)
    expect(page.querySelector('script[src="/js/quiz.js"]')).not.toBeNull()
    expect(page.querySelector('main')).not.toBeNull()
  })

  it('should hold the pool of published marked items, questions and options only', () => {
    const pool = parsePool(read('quiz/questions.json'))
    expect(pool.map((q) => q.question).sort()).toEqual(published.map((item) => quizMarks[item.slug]?.question).sort())
    expect(read('quiz/questions.json')).not.toMatch(/correct|explanation|解析/)
  })

  it('should be filled by the server with the drawn questions and a token for them, and stay under 60 kB', async () => {
    const key = challengeKey('site-test')
    const filled = await fillQuizPage(read('quiz/index.html'), { root: siteDir(), key, now: Date.now(), questions: 10 })
    expect(filled).not.toBeNull()
    const token = /name="quizToken" value="([^"]+)"/.exec(filled ?? '')?.[1]
    const ticket = readQuizToken({ key: quizKey(key), token, now: Date.now(), maxQuestions: 10 })
    expect(ticket.ok && ticket.ids.length).toBe(10)
    expect((filled ?? '').match(/<fieldset class="quiz-q">/g)).toHaveLength(10)
    expect(pageWeight(siteDir(), 'quiz/index.html').total + (filled ?? '').length).toBeLessThan(60 * 1024)
  })

  it('should be linked from 文明知识 and kept out of the search index', () => {
    expect(html('knowledge/index.html').querySelector('a[href="/quiz/"]')).not.toBeNull()
    expect(isSearchable('quiz/index.html')).toBe(false)
  })
})
