import { z } from 'zod';
import type { WholeNumberBounds } from './values';

/** A whole number within the bounds, refused with their words: the window's forms check the same. */
export const wholeNumber = (bounds: WholeNumberBounds) =>
  z.number().int('Use a whole number').min(bounds.min, bounds.below).max(bounds.max, bounds.above);
