/** The ways back the 留言 endpoints' pages offer (the form and the look-up are site pages). */
import type { Block } from '../../ResidentReports/endpoints/page.ts'

export const MESSAGE_FORM_PATH = '/messages/new/'
export const MESSAGE_STATUS_PATH = '/messages/status/'
export const BACK_TO_MESSAGE_FORM: Block = { kind: 'link', href: MESSAGE_FORM_PATH, text: '重新打开留言表单（浏览器“后退”可保留已填内容）' }
export const OTHER_CODE: Block = { kind: 'link', href: MESSAGE_STATUS_PATH, text: '查询其他查询码' }
export const statusHref = (code: string): string => `/api/messages/status?code=${encodeURIComponent(code)}`
