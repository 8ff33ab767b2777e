/** The ranking rules as editors and residents read them: the admin, the ranking page and the export show these texts. */

/** The tie rule, shown to editors next to the ranking. */
export const TIE_RULE =
  '并列按“竞赛排名法”处理：总分相同者名次相同，其后名次顺延跳过（如 95、90、90、85 → 第1、2、2、4名）；' +
  '红榜为名次在前 N 名内的单位（含并列），黑榜为总分低于其的单位少于 N 个的单位；两榜重叠时以红榜为准，与红榜单位并列者不上黑榜。' +
  '参评单位不足 2N 个时，两榜各缩为参评单位数的一半（向下取整），互不重叠。缺少任一适用指标（未标“不涉及”）分数的单位标为“缺项”，不参加排名，也不上红黑榜。' +
  ' / Ties use standard competition ranking: equal totals share a rank and the next rank is skipped (95, 90, 90, 85 → 1, 2, 2, 4). ' +
  'The red list is every unit ranked within the top N (ties included); the black list is every unit with fewer than N units scoring ' +
  'strictly lower. If the lists would overlap, red wins and no unit tied with a red unit is black. With fewer than 2N ranked units ' +
  'both lists shrink to half the ranked units (rounded down) so they never overlap. A unit missing the score of any indicator that applies to it is ' +
  'shown as incomplete and is neither ranked nor listed.'

/** The 不涉及 rule, written in every round (admin) and on the ranking page and in the export. */
export const NOT_APPLICABLE_RULE =
  '标为“不涉及”的指标对该单位不适用（如辖区内没有农贸市场），不打分，也不计入该单位总分；该单位总分按其适用的指标折算为百分制：' +
  '总分 = Σ（适用指标得分 ÷ 满分 × 权重）÷ 适用指标权重之和 × 100，保留两位小数；全部指标都适用的单位总分不变。' +
  '全部指标都不涉及的单位没有总分，不参加排名，也不上红黑榜。未标“不涉及”又缺少分数的，本轮不能发布。' +
  ' / An indicator marked 不涉及 (not applicable) does not apply to that unit (e.g. it has no market): it is not scored and ' +
  "not counted. The unit's total is re-weighted over the indicators that apply, on the same 100-point basis: " +
  'total = Σ (score ÷ max score × weight) over applicable indicators ÷ Σ their weights × 100, to 2 decimals; a unit to which ' +
  'every indicator applies keeps its total. A unit to which no indicator applies has no total and is neither ranked nor listed. ' +
  'A missing score that is not marked 不涉及 still blocks publishing the round.'

/** The one line under a ranking (site page, export) that has 不涉及 cells. */
export const NOT_APPLICABLE_NOTE =
  '“—（不涉及）”表示该指标对该单位不适用，不计分；该单位总分按其适用的指标折算为百分制：' +
  '总分 = Σ（适用指标得分 ÷ 满分 × 权重）÷ 适用指标权重之和 × 100。'
