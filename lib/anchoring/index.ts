/** Describe a span of report text as W3C selectors, and find it again later (see anchor.ts). */
export type {
  AnchorOptions,
  AnchorResult,
  ClipSelectors,
  SelectorInput,
  TextPositionSelector,
  TextQuoteSelector,
} from './selectors';
export { describe, CONTEXT_LENGTH } from './describe';
export { anchor, createAnchorer, type Anchorer } from './anchor';
