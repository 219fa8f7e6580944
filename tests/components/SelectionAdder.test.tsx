// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnchorRect } from '../../components/HoverCard';
import { ADDER_SIZE, SelectionAdder, SELECTION_ADDER_CSS } from '../../components/SelectionAdder';

afterEach(cleanup);

const VIEWPORT = { width: 1280, height: 800 };
const line = (left: number, top: number, right: number): AnchorRect => ({ left, top, right, bottom: top + 24 });

describe('SelectionAdder', () => {
  it('is a labelled button that clips on click and keeps the selection on press', () => {
    const onClip = vi.fn();
    render(<SelectionAdder anchor={line(200, 300, 520)} viewport={VIEWPORT} onClip={onClip} />);
    const button = screen.getByRole('button', { name: '把所选内容剪藏到当前合集' });
    expect(button.textContent).toBe('剪藏');
    // mousedown's default (moving the caret, so losing the selection) is prevented
    expect(fireEvent.mouseDown(button)).toBe(false);
    expect(onClip).not.toHaveBeenCalled();
    fireEvent.click(button);
    expect(onClip).toHaveBeenCalledTimes(1);
  });

  it('sits under the end of the selection, right-aligned with it, inside the window', () => {
    render(<SelectionAdder anchor={line(200, 300, 520)} viewport={VIEWPORT} onClip={() => {}} />);
    const style = screen.getByRole('button').getAttribute('style')!;
    expect(style).toContain(`top: ${300 + 24 + 6}px`);
    expect(style).toContain(`left: ${520 - ADDER_SIZE.width}px`);
  });

  it('goes above a selection that ends at the bottom of the window, and stays inside it on the right', () => {
    render(<SelectionAdder anchor={line(1250, 770, 1275)} viewport={VIEWPORT} onClip={() => {}} />);
    const style = screen.getByRole('button').getAttribute('style')!;
    const top = Number(/top: (-?[\d.]+)px/.exec(style)![1]);
    const left = Number(/left: (-?[\d.]+)px/.exec(style)![1]);
    expect(top + ADDER_SIZE.height).toBeLessThanOrEqual(770);
    expect(left + ADDER_SIZE.width).toBeLessThanOrEqual(VIEWPORT.width);
  });

  it('keeps its size in CSS, so the placement is right', () => {
    expect(SELECTION_ADDER_CSS).toContain(`width: ${ADDER_SIZE.width}px`);
    expect(SELECTION_ADDER_CSS).toContain(`height: ${ADDER_SIZE.height}px`);
  });
});
