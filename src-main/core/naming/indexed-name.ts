// The nth file of a name: numbered before the suffix a preset writes, so that media servers, which
// read the type from how the name ends, still see a featurette in "Heat (1995) (2)-featurette.mkv".
import { writtenSuffixes } from './server-conventions';

/**
 * `name (2).ext`, or `name (2)-featurette.ext` when the name ends with a suffix a naming preset
 * writes (media servers read the type from how the name ends, so the suffix must stay last).
 * Index 1 is the name itself.
 */
export function indexedName(fileName: string, index: number): string {
  if (index <= 1) return fileName;
  const dot = fileName.lastIndexOf('.');
  const ext = dot > 0 ? fileName.slice(dot) : '';
  const stem = fileName.slice(0, fileName.length - ext.length);
  const lower = stem.toLowerCase();
  const suffix = writtenSuffixes.find((s) => lower.endsWith(s) && stem.length > s.length);
  if (suffix !== undefined) {
    const suffixAt = stem.length - suffix.length;
    return `${stem.slice(0, suffixAt)} (${index})${stem.slice(suffixAt)}${ext}`;
  }
  return `${stem} (${index})${ext}`;
}
