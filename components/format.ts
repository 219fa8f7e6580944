/**
 * Display formatting of targets for the hover card, the side panel and the popup: the value as a
 * reader would write it (6.5% 左右, 不低于 77.8%, 120多亿元, 6%—6.5%, X% 左右（数值已遮蔽）), the
 * period and the section title. Strings around the data come from the messages (t); the data itself
 * (units, qualifiers, indicators) stays in the report's own Chinese.
 */
import type { Target } from '../lib/targets/types';
import { t } from './t';

/** Shown in place of a hidden number (X%, **亿元, *.*倍 in the source all become X). */
export const MASK_SYMBOL = 'X';
/** Between the two ends of a range, as the reports write it (6%—6.5%). */
export const RANGE_DASH = '—';

/*
 * Where a qualifier goes relative to the quantity. The reports put 左右/以上/以内 after the unit
 * (6.5%左右), 多/余 between the number and the unit (120多亿元, 992余人次), and the verb-like ones
 * before it (不低于77.8%, 超过185亿元, 约3%, 近八成). Unknown qualifiers go before: a new verb-like
 * bound is far more likely than a new suffix.
 */
const AFTER_UNIT = new Set(['左右', '以上', '以内', '以下', '之内', '上下', '内', '许']);
const INSIDE = new Set(['多', '余', '余个', '多个']);

/** Numbers as the reports print them: no thousands separators, no float noise (0.30000000000000004). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toPrecision(12));
  if (Math.abs(rounded) >= 1e21) return rounded.toExponential();
  // toString switches to exponent below 1e-6; reports never go that small, but keep digits anyway.
  return Math.abs(rounded) > 0 && Math.abs(rounded) < 1e-6 ? rounded.toFixed(12).replace(/0+$/, '') : String(rounded);
}

/** The quantity without any qualifier: 6.5%, 6%—6.5%, 1—2个, X%. */
export function formatQuantity(target: Pick<Target, 'value' | 'valueMax' | 'unit' | 'masked' | 'comparison'>): string {
  const unit = target.unit;
  if (target.masked || target.value === null) return MASK_SYMBOL + unit;
  const low = formatNumber(target.value);
  if (target.comparison === 'range' && target.valueMax !== null) {
    const high = formatNumber(target.valueMax);
    // A percentage range repeats the sign on both ends (6%—6.5%); counts write the unit once (1—2个).
    const lowUnit = unit === '%' || unit === '‰' ? unit : '';
    return `${low}${lowUnit}${RANGE_DASH}${high}${unit}`;
  }
  return low + unit;
}

/**
 * The value line of a target: quantity with its qualifier where a reader expects it, and a note when
 * the source hid the number. The note is a message (zh: （数值已遮蔽）, en: (value hidden…)).
 */
export function formatTargetValue(
  target: Pick<Target, 'value' | 'valueMax' | 'unit' | 'masked' | 'comparison' | 'qualifier'>,
): string {
  const qualifier = target.qualifier ?? '';
  let text: string;
  if (qualifier !== '' && INSIDE.has(qualifier) && !isRange(target)) {
    // 120多亿元: the qualifier sits between the number and the unit.
    const bare = formatQuantity({ ...target, unit: '' });
    text = bare + qualifier + target.unit;
  } else if (qualifier === '') {
    text = formatQuantity(target);
  } else if (AFTER_UNIT.has(qualifier) || INSIDE.has(qualifier)) {
    text = `${formatQuantity(target)} ${qualifier}`;
  } else {
    text = `${qualifier} ${formatQuantity(target)}`;
  }
  if (target.masked) text = joinNote(text, t('cardMasked'));
  return text;
}

function isRange(target: Pick<Target, 'comparison' | 'valueMax'>): boolean {
  return target.comparison === 'range' && target.valueMax !== null;
}

/** Full-width notes attach directly (X%（数值已遮蔽）); Latin ones get a space. */
function joinNote(text: string, note: string): string {
  return note.startsWith('（') ? text + note : `${text} ${note}`;
}

/**
 * The direction word when it adds something: 增长, 控制在, 新增. Hidden when it only repeats the
 * qualifier already shown in the value (突破 1000亿元 with direction 突破).
 */
export function formatDirection(target: Pick<Target, 'direction' | 'qualifier'>): string | null {
  const direction = target.direction?.trim() ?? '';
  if (direction === '' || direction === target.qualifier) return null;
  return direction;
}

/** '2022' → 2022年 (zh) / 2022 (en); horizons (今后五年, 到2025年, 十四五) stay as written. */
export function formatPeriod(period: string | null): string | null {
  if (period === null || period.trim() === '') return null;
  if (/^\d{4}$/.test(period)) return t('cardPeriodYear', period);
  return period;
}

/** Section titles can be a whole flattened paragraph: cut at a readable length with an ellipsis. */
export function formatSection(section: string | null, maxChars = 40): string | null {
  if (section === null) return null;
  const title = section.replace(/\s+/g, ' ').trim();
  if (title === '') return null;
  const chars = [...title];
  return chars.length <= maxChars ? title : `${chars.slice(0, maxChars - 1).join('')}…`;
}

/** The kind chip's text: 目标 or 实绩 (en: Target / Result). */
export function formatKind(kind: Target['kind']): string {
  return kind === 'target' ? t('kindTarget') : t('kindResult');
}
