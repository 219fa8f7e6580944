/**
 * 目录: the report's headings as nested lists (一、 › （一） › 1. › 一是), each a button that scrolls the
 * page to it, with the number of targets and results inside (its subsections included), the part it
 * belongs to (回顾 / 部署), and a button that clips the whole section into the current collection. The
 * headline target paragraph (主要预期目标) gets its own entry at the top and a mark on its section.
 */
import { useMemo } from 'preact/hooks';
import type { Section } from '../lib/outline/types';
import type { Target } from '../lib/targets/types';
import { formatSection } from './format';
import { t } from './t';

export interface OutlineTreeProps {
  sections: readonly Section[];
  targets: readonly Target[];
  headline: { start: number; end: number } | null;
  onJump: (sectionId: number) => void;
  onJumpHeadline?: (span: { start: number; end: number }) => void;
  /** Clip a section into the current collection; no clip buttons without it. */
  onClipSection?: (sectionId: number) => void;
  /** Sections already clipped from this page. */
  clippedIds?: ReadonlySet<number>;
}

interface Node {
  section: Section;
  count: number;
  children: Node[];
  holdsHeadline: boolean;
}

export function OutlineTree({ sections, targets, headline, onJump, onJumpHeadline, onClipSection, clippedIds }: OutlineTreeProps) {
  const roots = useMemo(() => buildTree(sections, targets, headline), [sections, targets, headline]);

  if (sections.length === 0) return <p class="sp-note">{t('spOutlineNone')}</p>;

  return (
    <nav class="sp-outline" aria-label={t('spTabOutline')}>
      {headline && onJumpHeadline && (
        <p class="sp-outline__headline">
          <button type="button" class="sp-button" onClick={() => onJumpHeadline(headline)}>
            ★ {t('spOutlineHeadline')}
          </button>
        </p>
      )}
      <ol class="sp-outline__list">
        {roots.map((node) => (
          <OutlineItem key={node.section.id} node={node} onJump={onJump} onClipSection={onClipSection} clippedIds={clippedIds} />
        ))}
      </ol>
    </nav>
  );
}

function OutlineItem({
  node,
  onJump,
  onClipSection,
  clippedIds,
}: {
  node: Node;
  onJump: (sectionId: number) => void;
  onClipSection?: (sectionId: number) => void;
  clippedIds?: ReadonlySet<number>;
}) {
  const { section } = node;
  const title = `${section.marker}${formatSection(section.title, 30) ?? ''}`;
  const clipped = clippedIds?.has(section.id) ?? false;
  return (
    <li class={`sp-outline__item sp-outline__item--l${section.level}`} data-section={section.id}>
      <div class="sp-outline__row">
        <button type="button" class="sp-link" title={section.title} onClick={() => onJump(section.id)}>
          {title}
        </button>
        {node.holdsHeadline && (
          <span class="sp-tag sp-tag--headline" title={t('spOutlineHeadline')}>
            ★<span class="sp-visually-hidden">{t('spOutlineHeadline')}</span>
          </span>
        )}
        {section.kind !== 'other' && <span class={`sp-tag sp-tag--${section.kind}`}>{t(section.kind === 'plan' ? 'spOutlinePlan' : 'spOutlineReview')}</span>}
        <span class="sp-outline__count" aria-label={t('spOutlineCount', node.count)}>
          {node.count}
        </span>
        {onClipSection && (
          <button
            type="button"
            class="sp-button sp-button--small"
            disabled={clipped}
            aria-label={clipped ? t('spOutlineClipped', section.title) : t('spOutlineClip', section.title)}
            onClick={() => onClipSection(section.id)}
          >
            {clipped ? t('spSaved') : t('spClip')}
          </button>
        )}
      </div>
      {node.children.length > 0 && (
        <ol class="sp-outline__list">
          {node.children.map((child) => (
            <OutlineItem key={child.section.id} node={child} onJump={onJump} onClipSection={onClipSection} clippedIds={clippedIds} />
          ))}
        </ol>
      )}
    </li>
  );
}

/**
 * Nodes by parentId; a section whose parent is missing becomes a root (never lost). Counts are of
 * targets starting inside the section's span, so a chapter counts its subsections' targets too.
 */
function buildTree(
  sections: readonly Section[],
  targets: readonly Target[],
  headline: { start: number; end: number } | null,
): Node[] {
  const starts = targets.map((t) => t.start).sort((a, b) => a - b);
  const countIn = (start: number, end: number) => lowerBound(starts, end) - lowerBound(starts, start);
  // The innermost section holding the headline paragraph carries the mark.
  let headlineId: number | null = null;
  if (headline) {
    for (const s of sections) {
      if (s.start <= headline.start && headline.end <= s.end && (headlineId === null || s.level >= (sections.find((x) => x.id === headlineId)?.level ?? 0))) {
        headlineId = s.id;
      }
    }
  }
  const nodes = new Map<number, Node>();
  for (const section of sections) {
    nodes.set(section.id, { section, count: countIn(section.start, section.end), children: [], holdsHeadline: section.id === headlineId });
  }
  const roots: Node[] = [];
  for (const section of sections) {
    const node = nodes.get(section.id)!;
    const parent = section.parentId === null ? undefined : nodes.get(section.parentId);
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
