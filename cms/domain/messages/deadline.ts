/**
 * Where an unanswered 留言 stands against its reply deadline (the workbench's 已超期 / 即将超期). Pure.
 */
import { workingDaysLeft } from './workingDays.ts'

export const DEFAULT_REPLY_WORKING_DAYS = 5
/** 即将超期: at most this many working days left (the last day itself counts as 0). */
export const DUE_SOON_WORKING_DAYS = 1

export type MessageClock = { deadline?: string | null; answeredAt?: string | null }
export type DueState = 'answered' | 'overdue' | 'dueSoon' | 'open'

export function dueState(message: MessageClock, now: Date): DueState {
  if (message.answeredAt) return 'answered'
  if (!message.deadline) return 'open'
  if (new Date(message.deadline).getTime() <= now.getTime()) return 'overdue'
  return workingDaysLeft(message.deadline, now) <= DUE_SOON_WORKING_DAYS ? 'dueSoon' : 'open'
}

/** Answered by the deadline? (No deadline: on time.) */
export const answeredOnTime = (message: MessageClock): boolean =>
  Boolean(message.answeredAt) && (!message.deadline || new Date(message.answeredAt as string) <= new Date(message.deadline))
