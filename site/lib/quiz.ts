/**
 * The 应知应会 quiz pool of a build: every published knowledge item marked as a quiz question, with
 * its question and options only (the right option and the explanation stay with the CMS, which
 * judges answers). The server draws each visit's questions from it (publisher/quizPage.ts). Pure.
 */
import type { PoolQuestion } from '../../cms/domain/quiz/form.ts'
import type { KnowledgeEntry } from './entries.ts'

export function quizPool(items: readonly KnowledgeEntry[]): { questions: PoolQuestion[] } {
  const questions = items
    .flatMap((item) => (item.quiz ? [{ id: item.cmsId, question: item.quiz.question, options: [...item.quiz.options] }] : []))
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))
  return { questions }
}
