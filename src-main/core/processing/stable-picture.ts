// Which picture size inside black bars a file has, from cropdetect's per-frame sizes (read by
// analyse-media.ts): the size a person would see over most of the trailer, not the small box of a
// fade-in, a title card on black or a dark scene. Pure, so its rules are tested row by row.
import type { PictureArea } from './analysis-types';

/** How many analysed frames cropdetect saw with this picture size. */
export interface CropCount extends PictureArea {
  frames: number;
}

/** Sizes this close count as the same picture: cropdetect drifts by a few pixels on dark edges. */
const cropTolerance = 8;
/** A picture size (with its near sizes) seen on this share of the frames is stable. */
const stableShare = 0.2;

/**
 * The picture inside the bars, from cropdetect's per-frame sizes: the largest stable size, then
 * the size seen most often near it. Small sizes come from frames that are mostly black (a fade-in,
 * a title card on black, a dark scene) and each lasts a short while; the real picture is large
 * and seen throughout. Without any stable size, the size seen most often (ties: the larger).
 */
export function stablePicture(crops: readonly CropCount[]): PictureArea | null {
  const total = crops.reduce((sum, crop) => sum + crop.frames, 0);
  if (total === 0) return null;
  const near = (a: PictureArea, b: PictureArea): boolean =>
    Math.abs(a.width - b.width) <= cropTolerance && Math.abs(a.height - b.height) <= cropTolerance;
  const framesNear = (size: PictureArea): number =>
    crops.reduce((sum, crop) => (near(crop, size) ? sum + crop.frames : sum), 0);
  const largestStable = crops
    .filter((crop) => framesNear(crop) >= total * stableShare)
    .reduce<CropCount | null>((best, crop) => (best === null || area(crop) > area(best) ? crop : best), null);
  const pool = largestStable ? crops.filter((crop) => near(crop, largestStable)) : crops;
  const mostSeen = pool.reduce((best, crop) =>
    crop.frames > best.frames || (crop.frames === best.frames && area(crop) > area(best)) ? crop : best,
  );
  return { width: mostSeen.width, height: mostSeen.height };
}

function area(size: PictureArea): number {
  return size.width * size.height;
}
