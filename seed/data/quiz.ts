/**
 * 应知应会测试题 of demo knowledge items (seed/data/knowledge.ts), keyed by the item's slug. Facts of
 * the campaign come from the source articles (/work/shared/seeds, DOMAIN.md) and name the city whose
 * practice they are (淄博, 合肥庐阳区, 济南); everyday rules restate the items' own answers.
 * `correct` is the number of the right option (1-based).
 */
export type SeedQuiz = { question: string; options: string[]; correct: number; explanation: string }

export const quizMarks: Record<string, SeedQuiz> = {
  'evaluation-system': {
    question: '2021年度全国文明城市测评中，淄博在全国114个地级文明城市中排第几名？',
    options: ['第1名', '第29名', '第50名', '第114名'],
    correct: 2,
    explanation: '据淄博市的报道，2021年度测评中淄博位列全国114个地级文明城市第29名、山东省第1名。',
  },
  'nine-no-one-create': {
    question: '合肥市庐阳区提出的“九无一创”中，“一创”指的是什么？',
    options: ['创精品示范区', '创卫生城市', '创平安社区', '创文明家庭'],
    correct: 1,
    explanation: '“九无”是卫生无死角、小区无失管、车辆无违停等九项；“一创”即创精品示范区（合肥庐阳区的做法）。',
  },
  'exposure-rules': {
    question: '多地创文经验中，被曝光的问题曝光几次仍未整改，就启动问责程序？',
    options: ['一次', '两次', '三次', '五次'],
    correct: 3,
    explanation: '介绍莱芜、蚌埠、淮北创文经验的报道提到：曝光三次仍未整改的启动问责程序。本站曝光台也按这条规则提示问责。',
  },
  'citizen-patrol': {
    question: '济南市中区的市民巡访团把测评结果怎样公布？',
    options: ['只报给街道，不公开', '进行排名，并在手机报上公布', '只在年底公布一次', '不做测评'],
    correct: 2,
    explanation: '济南市中区的市民巡访团对各街道的环境卫生、公共秩序、公益宣传等进行巡访测评，结果排名并在手机报上公布。',
  },
  'yield-at-zebra-crossing': {
    question: '机动车行经人行横道，遇行人正在通过时应当怎么做？',
    options: ['鸣笛提醒行人让开', '加速通过', '停车让行', '绕行通过'],
    correct: 3,
    explanation: '《道路交通安全法》规定：机动车行经人行横道时应当减速行驶；遇行人正在通过人行横道，应当停车让行。',
  },
  'helmet-on-e-bike': {
    question: '“一盔一带”指的是什么？',
    options: ['骑电动车戴头盔，坐汽车系安全带', '一人一顶头盔', '头盔挂在车把上备用', '只在高速公路上系安全带'],
    correct: 1,
    explanation: '“一盔一带”：骑电动车戴头盔，坐汽车系安全带。头盔要系紧下颌带，不能只挂在车把上。',
  },
  'pedestrian-crossing': {
    question: '下面哪种过马路的做法是正确的？',
    options: ['车少时可以闯红灯', '翻越隔离护栏更快', '走人行横道，按信号灯通行', '边看手机边过马路'],
    correct: 3,
    explanation: '过马路要走人行横道、过街天桥或地下通道，按信号灯通行，不翻越护栏，不看手机。',
  },
  'four-categories': {
    question: '生活垃圾分为哪四类？',
    options: [
      '可回收物、有害垃圾、厨余垃圾、其他垃圾',
      '干垃圾、湿垃圾、大件垃圾、建筑垃圾',
      '纸类、塑料、金属、玻璃',
      '可燃垃圾、不可燃垃圾、电池、药品',
    ],
    correct: 1,
    explanation: '生活垃圾分为可回收物、有害垃圾、厨余垃圾和其他垃圾四类（桶的颜色以当地标识为准）。',
  },
  'hazardous-waste': {
    question: '用完的废电池应该投放到哪类垃圾桶？',
    options: ['可回收物', '有害垃圾', '厨余垃圾', '其他垃圾'],
    correct: 2,
    explanation: '废电池、废灯管、过期药品、废水银温度计等属于有害垃圾；易碎的要包裹后轻放。',
  },
  'kitchen-waste': {
    question: '投放厨余垃圾时，装垃圾的塑料袋应该怎么处理？',
    options: ['连袋一起投进厨余垃圾桶', '破袋投放，塑料袋投入其他垃圾桶', '塑料袋投进有害垃圾桶', '随手丢在桶边'],
    correct: 2,
    explanation: '厨余垃圾要沥干水分、破袋投放：把厨余垃圾倒入桶中，塑料袋投入其他垃圾桶。',
  },
  'bulky-waste': {
    question: '家里换下的旧沙发应该怎么处理？',
    options: ['放进小区垃圾桶', '放在楼道里等人拿走', '堆放到小区指定地点或预约清运', '放在路边'],
    correct: 3,
    explanation: '旧家具等大件垃圾要单独堆放在小区指定地点，或预约物业、环卫部门清运，不能堆在楼道、路边。',
  },
  'leash-your-dog': {
    question: '出门遛狗，下面哪一项是文明养犬的底线？',
    options: ['狗很温顺就不用拴绳', '使用牵引绳，由成年人牵领', '让狗自己在小区里跑', '只在晚上遛狗就可以不拴绳'],
    correct: 2,
    explanation: '拴绳是文明养犬的底线：使用牵引绳，由具有完全民事行为能力的人牵领，在电梯、楼道主动避让他人。',
  },
  'clean-plate': {
    question: '“光盘行动”倡导的是什么？',
    options: ['吃多少点多少，吃不完打包带走', '盘子要洗得很干净', '聚餐时多点菜显得热情', '只在食堂吃饭'],
    correct: 1,
    explanation: '“光盘行动”倡导吃多少点多少、吃不完打包带走，拒绝“舌尖上的浪费”。',
  },
  'queue-in-order': {
    question: '排队时，与前面的人大约保持多远的距离比较礼貌？',
    options: ['紧贴着', '约一米', '约五米', '不用排队'],
    correct: 2,
    explanation: '自觉排队、不插队，与前面的人保持约一米的距离；帮别人占位同样不礼貌。',
  },
}
