/**
 * 创城动态 of the fictional 示范市: the office's own reports (its units and roads are fictional), and
 * 经验借鉴 reprints of the source articles (../shared/seeds 001, 002, 003), attributed to their
 * outlets and real cities, their facts quoted faithfully in Simplified Chinese.
 */
import { daysAgo } from './clock.ts'
import type { SeedGeneric } from './types.ts'

const OFFICE = '示范市创城办'

export default [
  {
    slug: 'campaign-push-meeting',
    status: 'published',
    title: '示范市召开文明城市创建工作推进会',
    date: daysAgo(2),
    source: OFFICE,
    author: '通讯员 林晓',
    summary: '会议通报了近期实地督查和测评发现的问题，部署背街小巷、农贸市场和交通秩序三项集中整治。',
    cover: { seed: 31, palette: 'red', alt: '会场示意图，红色主色调' },
    body: [
      '市文明城市创建工作推进会召开，各区、各街道和市直部门分管负责同志参加。会议通报了近期实地督查和市民巡访团测评发现的问题。',
      '## 三项集中整治',
      '会议部署背街小巷环境卫生、农贸市场经营秩序、主次干道交通秩序三项集中整治，要求各责任单位对照测评体系逐一点位自查，问题清单化、整改限时化。',
      '会议强调，曝光问题三次仍未整改的，启动问责程序；整改情况在曝光台和督查专报上公开。',
    ],
    units: ['city', 'd-jingming', 'd-ruihe'],
  },
  {
    slug: 'xinhua-back-lanes',
    status: 'published',
    title: '新华街道背街小巷整治见成效',
    date: daysAgo(5),
    source: OFFICE,
    author: '新华街道 通讯员 周明',
    summary: '新华街道对辖区12条背街小巷逐巷排查，清理卫生死角和乱堆乱放，建立巷长负责制。',
    cover: { seed: 32, palette: 'grey', alt: '小巷与墙绘示意图，灰色主色调' },
    body: [
      '景明区新华街道对辖区12条背街小巷逐巷排查，清理卫生死角、规范乱堆乱放，补齐路灯和垃圾收集点。',
      '街道为每条小巷设立巷长，由社区干部和热心居民共同担任，每天巡查、随手拍上报，问题当天交办。',
    ],
    units: ['s-xinhua', 'c-xinhuali', 'c-huayuan'],
  },
  {
    slug: 'zebra-crossing-volunteers',
    status: 'published',
    title: '“礼让斑马线”文明交通志愿服务启动',
    date: daysAgo(9),
    source: OFFICE,
    author: '通讯员 陈静',
    summary: '市交警支队联合各街道在主要路口开展“礼让斑马线”志愿服务，劝导机动车礼让行人。',
    cover: { seed: 33, palette: 'blue', alt: '路口斑马线示意图，蓝色主色调' },
    body: [
      '市交警支队联合景明区、瑞和区各街道，在人民路、和平路等主要路口开展“礼让斑马线”文明交通志愿服务，早晚高峰时段劝导机动车减速礼让行人、非机动车按道行驶。',
      '志愿者在路口发放倡议书，宣传“车让人、人快走”。交警部门同步加强路口执法，对不礼让行人的机动车依法处罚。',
    ],
    units: ['dept-traffic', 's-heping'],
  },
  {
    slug: 'serving-chopsticks-restaurants',
    status: 'published',
    title: '“文明餐桌”行动：百家餐馆推行公筷公勺',
    date: daysAgo(14),
    source: OFFICE,
    author: '通讯员 林晓',
    summary: '全市首批百家餐馆摆放公筷公勺、提供小份菜，倡导“光盘行动”，拒绝舌尖上的浪费。',
    cover: { seed: 34, palette: 'green', alt: '餐桌与碗筷示意图，绿色主色调' },
    body: [
      '“文明餐桌”行动在全市餐饮单位推开，首批百家餐馆在餐桌上摆放公筷公勺，提供小份菜、半份菜，服务员提醒顾客适量点餐、吃不完打包。',
      '机关和单位食堂同步开展“光盘行动”，各社区在居民中倡导健康文明的用餐习惯。',
    ],
    units: ['city'],
  },
  {
    slug: 'zibo-lessons-2021',
    status: 'published',
    title: '经验借鉴：淄博市2021年度全国文明城市测评位列全国第29名',
    date: '2021-12-31',
    source: '大众网·海报新闻',
    author: '记者 李玉娟 通讯员 范伟 王仕强 李炳浩 毛瑞琛',
    summary: '在全国114个地级文明城市中，淄博市位列全国第29名、山东省第1名。本文摘编其“沉浸式”创城做法。',
    cover: { seed: 35, palette: 'red', alt: '城市天际线示意图，红色主色调' },
    body: [
      '据大众网·海报新闻报道，2021年度全国文明城市测评成绩揭晓，在全国114个地级文明城市中，淄博市位列全国第29名，山东省第1名。',
      '## “沉浸式”创城',
      '淄博秉持“沉浸式”感受、“体验式”创城工作理念，从打造城市的“面子”，向改造背街小巷、农贸市场、老旧小区、城乡接合部等城市的“里子”转变。',
      '淄博组织各区文明办、主城区14个镇办、14个挂包单位分管领导及工作人员，实地观摩点评农贸市场、商贸综合体、背街小巷、交通场站等5种不同类型的8个点位。',
    ],
  },
  {
    slug: 'lixia-model-city',
    status: 'published',
    title: '经验借鉴：济南历下以绣花功夫推进全国文明典范城市创建',
    date: '2021-08-24',
    source: '济南日报',
    author: '',
    summary: '济南市历下区召开创建全国文明典范城市工作推进会，实行“六位一体”督导机制和“即时反馈，24小时处理”。',
    cover: { seed: 36, palette: 'blue', alt: '街区示意图，蓝色主色调' },
    body: [
      '据济南日报报道，8月23日，济南市历下区召开创建全国文明典范城市工作推进会，会上播放了创建全国文明典范城市暗访片，并通报了前期创建工作进展情况。',
      '## 督导机制',
      '历下区实行区级领导包挂督导、两办重点督查、创城办日常督查、纪委监督检查、新闻舆论监督、市民群众监督“六位一体”督导机制，形成督办台账，严格落实“即时反馈，24小时处理”工作要求。',
    ],
  },
  {
    slug: 'bengbu-volunteers',
    status: 'draft',
    title: '经验借鉴：蚌埠“万名司机礼让斑马线”',
    date: daysAgo(1),
    source: '外地经验摘编',
    author: '',
    summary: '蚌埠市组织开展“千名干警上路面”“万名司机礼让斑马线”等志愿服务活动（待审核）。',
    body: ['蚌埠市组织开展“千名干警上路面”“万名司机礼让斑马线”等志愿服务活动，在全市上下掀起了“礼让斑马线”等“志愿服务”劝文明的热潮。'],
  },
] satisfies SeedGeneric[]
