/** 留言 (residents' questions and suggestions with public replies): the pure rules. */
export * from './deadline.ts'
export * from './limits.ts'
export * from './stats.ts'
export * from './validate.ts'
export * from './workingDays.ts'
