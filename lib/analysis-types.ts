import type { KeywordHit } from './keywords/types';
import type { Section } from './outline/types';
import type { Target } from './targets/types';

/** What `analyze(text)` returns. All offsets are UTF-16 offsets into the text that was passed in. */
export interface Analysis {
  /** First line when it looks like a title (…政府工作报告), else null. */
  title: string | null;
  /** The report's plan year (2022 for 2022年政府工作报告), when it can be told. */
  year: number | null;
  sections: Section[];
  /** The headline target paragraph (主要预期目标), or null. */
  headline: { start: number; end: number } | null;
  targets: Target[];
  keywords: KeywordHit[];
}
