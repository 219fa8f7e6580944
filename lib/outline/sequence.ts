/**
 * Turns marker candidates into headings by the order of their ordinals: a candidate is a heading when it
 * continues an open numbering (二、 after 一、) or starts a new one (一、 （一） 1. 一是). Anything else —
 * a stray 三、 in running text, 1. out of order — is dropped. Nesting follows from the open numberings:
 * （一） opened after 一、 belongs to it; 二、 closes everything opened since 一、.
 *
 * Flattened reports lose the brackets of （一）, so a 一、 list restarts inside a 一、 section
 * (一、… 二、2022年重点工作 … 一、… 七、… 三、…): a restart of 一、 nests one level down, and a later 三、
 * that continues the outer list closes the inner one.
 */
import type { MarkerFamily } from './markers';

export type HeadingFamily = MarkerFamily | 'unmarked' | 'appendix';

export interface RawHeading {
  start: number;
  /** End of the marker (start of the title). */
  end: number;
  marker: string;
  family: HeadingFamily;
  ordinal: number;
  /** 1 for 一、-like headings … 4 for in-paragraph enumerations. */
  rank: number;
  atLineStart: boolean;
}

export interface PlacedHeading extends RawHeading {
  /** Index (into the returned array) of the enclosing heading, or null. */
  parent: number | null;
}

interface Frame {
  family: HeadingFamily;
  rank: number;
  next: number;
  /** Indexes (into `placed`) of the headings of this numbering. */
  items: number[];
  parent: number | null;
  /** A 一、 list restarted inside a 一、 section. */
  nested: boolean;
}

/** Unmarked chapter headings and appendices close every open numbering and sit at the top. */
function isReset(h: RawHeading): boolean {
  return h.family === 'unmarked' || h.family === 'appendix';
}

/** A heading with its parent. Fields written out: an object spread per heading was a visible cost. */
function withParent(h: RawHeading, parent: number | null): PlacedHeading {
  return {
    start: h.start,
    end: h.end,
    marker: h.marker,
    family: h.family,
    ordinal: h.ordinal,
    rank: h.rank,
    atLineStart: h.atLineStart,
    parent,
  };
}

/**
 * @param looksStructural tells a heading whose title is a short structural name glued to its body
 *   (三、加强政府自身建设全省各级政府…) from a sentence title (三、聚焦聚力实施创新驱动发展战略，…). When both an
 *   inner restarted 一、 list and the outer list expect the same ordinal, a structural title continues the
 *   outer list; otherwise the inner list wins.
 */
export function placeHeadings(raw: RawHeading[], looksStructural: (h: RawHeading) => boolean = () => false): PlacedHeading[] {
  const placed: PlacedHeading[] = [];
  /** The numbering each placed heading belongs to (same index as `placed`). */
  const frameOf: Frame[] = [];
  const frames: Frame[] = [];
  // Numberings that were closed, by family: 工作要点 lists run 1、2、3、 under 一、 and go on 4、5、 under 二、.
  const dormant = new Map<HeadingFamily, number>();

  const popTo = (depth: number): void => {
    while (frames.length > depth) {
      const f = frames.pop()!;
      dormant.set(f.family, f.next);
    }
  };
  const add = (h: RawHeading, frame: Frame): void => {
    placed.push(withParent(h, frame.parent));
    frameOf.push(frame);
    frame.items.push(placed.length - 1);
    frame.next = h.ordinal + 1;
  };
  const open = (h: RawHeading, nested: boolean): void => {
    const top = frames[frames.length - 1];
    const parent = top ? top.items[top.items.length - 1]! : null;
    const frame: Frame = { family: h.family, rank: h.rank, next: h.ordinal, items: [], parent, nested };
    frames.push(frame);
    add(h, frame);
  };

  for (const h of raw) {
    if (isReset(h)) {
      popTo(0);
      dormant.clear();
      open(h, false);
      continue;
    }
    // 1. It continues an open numbering (innermost first).
    let matched = -1;
    for (let d = frames.length - 1; d >= 0; d--) {
      const f = frames[d]!;
      if (f.family === h.family && f.next === h.ordinal) {
        if (matched < 0) matched = d;
        else if (frames[matched]!.nested && looksStructural(h)) matched = d;
        if (!f.nested) break;
      }
    }
    if (matched >= 0) {
      popTo(matched + 1);
      add(h, frames[matched]!);
      continue;
    }
    // Close the numberings that cannot contain this one: deeper families (1. cannot hold （一）).
    const closeDeeper = (): void => {
      let d = frames.length;
      while (d > 0 && frames[d - 1]!.rank > h.rank) d--;
      popTo(d);
    };
    if (h.ordinal === 1) {
      closeDeeper();
      const top = frames[frames.length - 1];
      let nested = false;
      if (top && top.family === h.family) {
        // A 一、 list inside a 一、 section (flattened text); one level only. Any other family restarting
        // is a new list next to the old one.
        if (h.family === 'cn' && !top.nested) nested = true;
        else popTo(frames.length - 1);
      }
      open(h, nested);
      continue;
    }
    // 3. It resumes a numbering that runs on across sections (4、 under 二、 after 1、–3、 under 一、).
    if (dormant.get(h.family) === h.ordinal && h.rank > 1) {
      closeDeeper();
      const top = frames[frames.length - 1];
      if (top && top.family === h.family) popTo(frames.length - 1);
      if (frames.length > 0) {
        open(h, false);
        continue;
      }
    }
    // Otherwise: out of order, not a heading.
  }

  // A numbering with a single item is an accident of the text (一、 in a quotation the tracker missed, a
  // lone 1.), not a list: drop it and hand its children to its parent.
  const keep = placed.map((p, i) => frameOf[i]!.items.length > 1 || isReset(p) || p.family === 'chapter');
  const newIndex: number[] = [];
  let k = 0;
  for (let i = 0; i < placed.length; i++) newIndex.push(keep[i] ? k++ : -1);
  const effectiveParent = (i: number | null): number | null => {
    let p = i;
    while (p !== null && !keep[p]) p = placed[p]!.parent;
    return p === null ? null : newIndex[p]!;
  };
  const out: PlacedHeading[] = [];
  for (let i = 0; i < placed.length; i++) {
    if (!keep[i]) continue;
    const h = placed[i]!;
    out.push(withParent(h, effectiveParent(h.parent)));
  }
  return out;
}
