import { describe, expect, it } from 'vitest'
import { isPromiseOverdue, issueStatus, PROMISE_OVERDUE } from '../../cms/domain/tvIssues.ts'
import { episodes } from '../../seed/data/episodes.ts'
import { html } from './site.ts'

const now = new Date()
const published = episodes.filter((item) => item.status === 'published')
const overdue = published.flatMap((item) =>
  item.issues.filter((issue) => isPromiseOverdue(issue, now)).map((issue) => ({ episode: item.slug, issue })),
)

describe('TV promises 逾期未兑现 on the built site', () => {
  it('should have at least one overdue promise in the seed to show', () => {
    expect(overdue.length).toBeGreaterThan(0)
  })

  it('should tag exactly the overdue promises on each episode page, with the status the follow-ups give', () => {
    for (const item of published) {
      const cards = html(`tv/${item.slug}/index.html`).querySelectorAll('main .issues > li')
      cards.forEach((card, index) => {
        const issue = item.issues[index]!
        expect(card.querySelector('.tag')?.text).toBe(
          { open: '待解决', 'in-progress': '整改中', solved: '已解决' }[issueStatus(issue.followUps)],
        )
        expect(card.text.includes(PROMISE_OVERDUE.zh), `${item.slug}: ${issue.title}`).toBe(isPromiseOverdue(issue, now))
      })
    }
  })

  it("should list each overdue promise on the responsible unit's page, linking the episode", () => {
    for (const { episode, issue } of overdue) {
      const main = html(`units/${issue.unit}/index.html`).querySelector('main')!
      const row = main.querySelectorAll('li').find((li) => li.text.includes(issue.title) && li.text.includes(PROMISE_OVERDUE.zh))
      expect(row?.querySelector(`a[href="/tv/${episode}/"]`), issue.title).toBeTruthy()
      expect(row?.querySelector(`time[datetime="${issue.promiseDeadline}"]`)).toBeTruthy()
    }
  })
})
