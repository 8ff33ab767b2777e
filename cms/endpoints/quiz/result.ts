/**
 * The answer to a quiz: the score and, for every question, the answer given, the right one and the
 * explanation at once — a page for a form post without JavaScript, JSON for /js/quiz.js.
 */
import type { PayloadRequest } from 'payload'
import { answer, type Block } from '../../collections/ResidentReports/endpoints/page.ts'
import { OPTION_LETTERS } from '../../domain/quiz/form.ts'
import type { JudgedQuestion } from '../../domain/quiz/rules.ts'

export const AGAIN: Block = { kind: 'link', href: '/quiz/', text: '再测一次（换一组题目）' }
const KNOWLEDGE: Block = { kind: 'link', href: '/knowledge/', text: '查看全部文明知识' }
const NOT_COUNTED = '本次测试的人数较多，您的结果已显示但未计入各题统计。'

const optionText = (options: readonly string[], n: number | null): string =>
  n === null ? '未作答' : `${OPTION_LETTERS[n - 1] ?? n}. ${options[n - 1] ?? ''}`

function questionBlocks(question: JudgedQuestion, index: number): Block[] {
  if (question.gone) return [{ kind: 'p', text: `第 ${index + 1} 题：这道题已下线，不计分。` }]
  const verdict = question.outcome === 'right' ? '✔ 答对了' : question.outcome === 'wrong' ? '✘ 答错了' : '✘ 未作答'
  return [
    { kind: 'p', text: `第 ${index + 1} 题（${verdict}）：${question.question}` },
    {
      kind: 'list',
      items: [
        `您的答案：${optionText(question.options, question.chosen)}`,
        `正确答案：${optionText(question.options, question.correct)}`,
        `解析：${question.explanation}`,
      ],
    },
  ]
}

const jsonOf = (question: JudgedQuestion) =>
  question.gone
    ? { id: question.id, gone: true }
    : {
        id: question.id,
        question: question.question,
        options: question.options,
        chosen: question.chosen,
        correct: question.correct,
        outcome: question.outcome,
        explanation: question.explanation,
      }

export function quizResult(req: PayloadRequest, result: { questions: JudgedQuestion[]; score: number; total: number }, counted: boolean) {
  const summary = `您答对了 ${result.score} 题，共 ${result.total} 题（${result.total > 0 ? Math.round((result.score / result.total) * 100) : 0} 分）。`
  return answer(req, {
    status: 200,
    title: '应知应会测试结果',
    blocks: [
      { kind: 'p', text: summary },
      ...(counted ? [] : [{ kind: 'p', text: NOT_COUNTED } as Block]),
      ...result.questions.flatMap(questionBlocks),
      AGAIN,
      KNOWLEDGE,
    ],
    json: { ok: true, score: result.score, total: result.total, counted, summary, questions: result.questions.map(jsonOf) },
  })
}
