/**
 * Which values can stand on one chart axis, and how to convert between their units. 500亿斤 and
 * 1285万吨 are both grain output in mass (2500万吨 vs 1285万吨); 6% growth and 8000亿元 of GDP are not
 * comparable at all, so a chart shows one family of units only.
 */
import { unitInfo } from '../numbers/units';

export interface UnitMeasure {
  /** Values with the same family can be converted into each other. */
  family: string;
  /** value × factor = the amount in the family's base (元, 人, 千克, %, …). */
  factor: number;
}

/** Base units of one family that differ by a fixed factor (the lexicon scales only by 万/亿). */
const MASS_IN_KG: Readonly<Record<string, number>> = { 吨: 1000, 公斤: 1, 千克: 1, 克: 0.001, 斤: 0.5 };
const LENGTH_IN_M: Readonly<Record<string, number>> = { 公里: 1000, 千米: 1000, 米: 1 };
const AREA_IN_M2: Readonly<Record<string, number>> = { 平方公里: 1e6, 平方千米: 1e6, 平方米: 1, 公顷: 1e4, 亩: 10000 / 15 };

/** The family and factor of a unit; a unit the lexicon does not know is its own family. */
export function measureOf(unit: string): UnitMeasure {
  const info = unitInfo(unit);
  if (info === null) return { family: `unit:${unit}`, factor: 1 };
  const byBase = (table: Readonly<Record<string, number>>): number | undefined => table[info.base];
  if (info.kind === 'mass' && byBase(MASS_IN_KG) !== undefined) return { family: 'mass', factor: info.multiplier * byBase(MASS_IN_KG)! };
  if (info.kind === 'length' && byBase(LENGTH_IN_M) !== undefined) return { family: 'length', factor: info.multiplier * byBase(LENGTH_IN_M)! };
  if (info.kind === 'area' && byBase(AREA_IN_M2) !== undefined) return { family: 'area', factor: info.multiplier * byBase(AREA_IN_M2)! };
  if (info.kind === 'magnitude') return { family: 'magnitude', factor: info.multiplier };
  // Everything else converts only across 万/亿 of the same base: 亿元 ↔ 万亿元, 万人 ↔ 人; % stays %.
  return { family: `${info.kind}:${info.base}`, factor: info.multiplier };
}

/** value in `from` expressed in `to`, or null when the two are not of one family. */
export function convertValue(value: number, from: string, to: string): number | null {
  if (from === to) return value;
  const a = measureOf(from);
  const b = measureOf(to);
  if (a.family !== b.family) return null;
  // toPrecision keeps 500亿斤 → 2500万吨 from becoming 2499.9999999999995.
  return Number(((value * a.factor) / b.factor).toPrecision(12));
}
