/**
 * Demo 问卷 for 示范市: an open awareness and satisfaction survey (知晓率, 支持率, 满意度 — what the
 * national evaluation asks residents) with some answers, and a closed one whose results are public.
 * Facts from the seeds: Luyang's "九无一创" nine "no"s (003), the 12345 hotline (Bengbu, 004),
 * 市民文明公约 (000). Answers are generated deterministically (same seed, same counts).
 */
export type SeedQuestion = {
  prompt: string
  kind: 'single' | 'multiple' | 'scale' | 'text'
  required: boolean
  options?: { label: string; correct?: boolean }[]
}
export type SeedSurvey = {
  slug: string
  title: string
  intro: string
  /** China days relative to the seeding day, and the Beijing hour the survey opens and closes. */
  opensDay: number
  closesDay: number
  askDistrict: boolean
  publicResults: boolean
  questions: SeedQuestion[]
  responses: number
  texts: string[]
}

export const surveys: SeedSurvey[] = [
  {
    slug: 'civility-awareness-2026',
    title: '示范市创建全国文明城市市民知晓率和满意度调查',
    intro:
      '全国文明城市测评要向市民了解创城知晓率、支持率和满意度。请您花三分钟匿名填写，帮助我们找准短板、改进工作。问卷不记录姓名、电话和网络地址。',
    opensDay: -10,
    closesDay: 20,
    askDistrict: true,
    publicResults: true,
    questions: [
      {
        prompt: '您知道示范市正在创建全国文明城市吗？',
        kind: 'single',
        required: true,
        options: [{ label: '知道', correct: true }, { label: '不知道' }],
      },
      {
        prompt: '“九无一创”中的“九无”包括以下哪些？',
        kind: 'multiple',
        required: true,
        options: [
          { label: '无卫生死角', correct: true },
          { label: '无乱停乱放', correct: true },
          { label: '无店外经营', correct: true },
          { label: '无夜间散步' },
        ],
      },
      {
        prompt: '看到不文明现象，可以拨打哪个市民热线反映？',
        kind: 'single',
        required: true,
        options: [{ label: '12345', correct: true }, { label: '12315' }, { label: '114' }],
      },
      {
        prompt: '您支持示范市创建全国文明城市吗？',
        kind: 'single',
        required: true,
        options: [{ label: '支持' }, { label: '比较支持' }, { label: '不支持' }],
      },
      { prompt: '您对所住小区的环境卫生满意吗？', kind: 'scale', required: true },
      { prompt: '您对主次干道的交通秩序满意吗？', kind: 'scale', required: true },
      {
        prompt: '您主要从哪些渠道了解创城信息？',
        kind: 'multiple',
        required: false,
        options: [
          { label: '电视、广播' },
          { label: '报纸、手机报' },
          { label: '本网站' },
          { label: '微信公众号' },
          { label: '社区宣传栏' },
        ],
      },
      { prompt: '您对创城工作有什么意见和建议？', kind: 'text', required: false },
    ],
    responses: 60,
    texts: ['老旧小区楼道堆物希望尽快清理。', '建议早晚高峰在学校门口增加交通协管员。', '菜市场周边占道经营还比较多。', ''],
  },
  {
    slug: 'civilized-travel-q3-2026',
    title: '2026年第三季度市民文明出行满意度调查',
    intro: '了解市民对文明出行、公交服务和非机动车停放的评价。本问卷已结束，统计结果公开如下。',
    opensDay: -60,
    closesDay: -30,
    askDistrict: false,
    publicResults: true,
    questions: [
      {
        prompt: '行人过马路应当走人行横道，并遵守交通信号灯，对吗？',
        kind: 'single',
        required: true,
        options: [{ label: '对', correct: true }, { label: '不对' }],
      },
      { prompt: '您对公交车准点和文明服务满意吗？', kind: 'scale', required: true },
      { prompt: '您对非机动车停放秩序满意吗？', kind: 'scale', required: true },
      {
        prompt: '您认为最需要整治的出行问题是？（可多选）',
        kind: 'multiple',
        required: true,
        options: [{ label: '闯红灯' }, { label: '乱停乱放' }, { label: '机动车不礼让行人' }, { label: '占用盲道' }],
      },
      { prompt: '其他意见', kind: 'text', required: false },
    ],
    responses: 120,
    texts: ['希望多设非机动车停放点。', ''],
  },
]
