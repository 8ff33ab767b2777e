/** 留言 for 示范市: answered and rated, late, overdue, private, new. Days are counted back from the seed day. */
export type SeedMessage = {
  slug: string
  /** A demo tracking code (look it up on /messages/status/). */
  code: string
  title: string
  category: 'consult' | 'suggest' | 'complain' | 'praise'
  text: string
  allowPublic: boolean
  unit: string | null
  receivedDaysAgo: number
  reply?: string
  answeredDaysAgo?: number
  rating?: 'satisfied' | 'mostly-satisfied' | 'dissatisfied'
  /** Staff-only contact (never on the site; the site test checks these strings are absent). */
  contact?: { name: string; phone: string }
}

export const messages: SeedMessage[] = [
  {
    slug: 'demo-message-bus-stop',
    code: 'SFXXAAAAA2',
    title: '建议在新华路口增设公交站',
    category: 'suggest',
    text: '新华路小区到地铁站有一公里多，老人出行不便，建议在新华路口增设一个公交站。',
    allowPublic: true,
    unit: 's-xinhua',
    receivedDaysAgo: 14,
    reply: '感谢您的建议。经与市公交公司现场踏勘，已确定在新华路口北侧增设“新华路口”站，下月起 12 路、35 路停靠。',
    answeredDaysAgo: 11,
    rating: 'satisfied',
    contact: { name: '留言人王示例', phone: '13900001111' },
  },
  {
    slug: 'demo-message-recycling',
    code: 'SFXXAAAAA3',
    title: '垃圾分类投放点开放时间是什么？',
    category: 'consult',
    text: '小区新设了垃圾分类定时定点投放点，请问每天几点开放？错过时间怎么办？',
    allowPublic: true,
    unit: 's-jianshe',
    receivedDaysAgo: 10,
    reply: '投放点每天 7:00–9:00、18:00–20:00 开放，其余时间可投放到小区东门的误时投放点。',
    answeredDaysAgo: 8,
    rating: 'mostly-satisfied',
  },
  {
    slug: 'demo-message-night-noise',
    code: 'SFXXAAAAA4',
    title: '夜间施工噪音扰民',
    category: 'complain',
    text: '光明街道文化路工地连续多日夜里十一点后还在施工，噪音很大，影响休息。',
    allowPublic: true,
    unit: 's-guangming',
    receivedDaysAgo: 21,
    reply: '已责令施工单位停止夜间施工，确需连续作业的须办理夜间施工许可并公示。街道将每晚巡查。',
    answeredDaysAgo: 9,
    rating: 'dissatisfied',
  },
  {
    slug: 'demo-message-volunteers',
    code: 'SFXXAAAAA5',
    title: '表扬和平街道志愿者',
    category: 'praise',
    text: '上周末和平街道的志愿者帮我们楼清理了堆积多年的杂物，非常感谢！',
    allowPublic: true,
    unit: 's-heping',
    receivedDaysAgo: 6,
    reply: '感谢您的肯定！我们会继续做好志愿服务，欢迎您也加入社区志愿者队伍。',
    answeredDaysAgo: 4,
  },
  {
    slug: 'demo-message-private-rent',
    code: 'SFXXAAAAA6',
    title: '咨询老旧小区改造费用分摊',
    category: 'consult',
    text: '我家所在小区列入老旧小区改造，想了解居民需要分摊哪些费用。',
    allowPublic: false,
    unit: 's-xinhua',
    receivedDaysAgo: 9,
    reply: '本次改造基础类项目由政府出资，居民无需分摊；加装电梯等完善类项目按单元自愿、协商分摊。',
    answeredDaysAgo: 6,
    contact: { name: '留言人李示例', phone: '13900002222' },
  },
  {
    slug: 'demo-message-overdue-lights',
    code: 'SFXXAAAAA7',
    title: '背街小巷路灯不亮',
    category: 'complain',
    text: '建设街道胜利巷的三盏路灯坏了一个多月，晚上走路很危险。',
    allowPublic: true,
    unit: 's-jianshe',
    receivedDaysAgo: 16,
  },
  {
    slug: 'demo-message-due-soon',
    code: 'SFXXAAAAA8',
    title: '建议公园增设座椅',
    category: 'suggest',
    text: '人民公园环湖步道座椅太少，老人散步走累了没处休息，建议增设。',
    allowPublic: true,
    unit: 's-xinhua',
    receivedDaysAgo: 5,
  },
  {
    slug: 'demo-message-new',
    code: 'SFXXAAAAA9',
    title: '咨询文明家庭评选条件',
    category: 'consult',
    text: '想了解今年文明家庭评选的条件和报名方式。',
    allowPublic: true,
    unit: null,
    receivedDaysAgo: 0,
  },
]
