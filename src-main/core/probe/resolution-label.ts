// Tiers by the long and the short edge, so that letterboxed or cropped video (1920x800), 4:3 and
// anamorphic video (1440x1080) and portrait video (1080x1920) get the label people expect.
const tiers = [
  { label: '4320p', longEdge: 6400, shortEdge: 3600 },
  { label: '2160p', longEdge: 3200, shortEdge: 1800 },
  { label: '1440p', longEdge: 2200, shortEdge: 1300 },
  { label: '1080p', longEdge: 1600, shortEdge: 900 },
  { label: '720p', longEdge: 1100, shortEdge: 620 },
  { label: '480p', longEdge: 700, shortEdge: 420 },
] as const;

/** 2160p, 1440p, 1080p, 720p, 480p (and 4320p), else `<short edge>p`; null without dimensions. */
export function resolutionLabel(width: number | null, height: number | null): string | null {
  if (!width || !height || width < 0 || height < 0) return null;
  const long = Math.max(width, height);
  const short = Math.min(width, height);
  const tier = tiers.find((t) => long >= t.longEdge || short >= t.shortEdge);
  return tier ? tier.label : `${short}p`;
}
