import type { WholeNumberBounds } from '../../../src-preload/contract/values';

/** A form field's text as a whole number within the contract's bounds, or why it is not one. */
export function parseWholeNumber(text: string, bounds: WholeNumberBounds): number | string {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value)) return 'Enter a number';
  if (!Number.isInteger(value)) return 'Use a whole number';
  if (value < bounds.min) return bounds.below;
  if (value > bounds.max) return bounds.above;
  return value;
}
