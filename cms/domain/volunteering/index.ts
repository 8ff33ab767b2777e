/** 新时代文明实践 and volunteering: the pure rules (sign-up, places, hours, privacy, China time). */
export * from './hours.ts'
export * from './limits.ts'
export * from './privacy.ts'
export * from './signup.ts'
export * from './time.ts'
