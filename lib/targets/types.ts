export type TargetKind = 'target' | 'result';
export type Comparison = 'about' | 'atLeast' | 'atMost' | 'range' | 'exact';

/** One measured indicator with its value: a target (this plan) or a result (what was achieved). */
export interface Target {
  /** Source text of the whole mention (indicator … value unit qualifier), as in the analysed text. */
  text: string;
  start: number;
  end: number;
  /** The measured thing as written: 地区生产总值, 城镇调查失业率, 国家高新技术企业. */
  indicator: string;
  /** 增长 / 下降 / 达到 / 控制在 / 保持在 / 新增 / 突破 …, or null when none is written. */
  direction: string | null;
  value: number | null;
  /** Upper bound when comparison is 'range'. */
  valueMax: number | null;
  unit: string;
  /** 左右 / 以上 / 以内 / 不低于 / 多 / 余 / 近 / 约 …, or null. */
  qualifier: string | null;
  comparison: Comparison;
  kind: TargetKind;
  masked: boolean;
  /** The year or horizon the figure belongs to: '2022', '今后五年', '到2025年', '十四五', or null. */
  period: string | null;
  /** Title of the innermost section containing the mention, or null. */
  section: string | null;
  sectionId: number | null;
  /** True when the mention is inside the headline target paragraph (主要预期目标). */
  headline: boolean;
  /** Span of the quantity itself (value + unit) inside the mention, for precise painting. */
  valueStart: number;
  valueEnd: number;
}
