// Reads just enough of PNG, ICNS and ICO files to say what sizes they hold: the installers need a
// big enough app icon on every platform, and the tray needs its images in the sizes tray.ts names.

export interface PngInfo {
  width: number;
  height: number;
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, or null when the bytes are not a PNG. */
export function readPngInfo(data: Buffer): PngInfo | null {
  if (data.length < 24 || !data.subarray(0, 8).equals(pngSignature)) return null;
  if (data.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** Pixel size of each ICNS element type that carries PNG data (the ones iconutil writes). */
const icnsSizes: Record<string, number> = {
  icp4: 16,
  icp5: 32,
  icp6: 64,
  ic07: 128,
  ic08: 256,
  ic09: 512,
  ic10: 1024,
  ic11: 32,
  ic12: 64,
  ic13: 256,
  ic14: 512,
};

/** Pixel sizes of the PNG images in an Apple icon family, or null when it is not one. */
export function readIcnsSizes(data: Buffer): number[] | null {
  if (data.length < 8 || data.toString('ascii', 0, 4) !== 'icns') return null;
  if (data.readUInt32BE(4) !== data.length) return null;
  const sizes: number[] = [];
  let offset = 8;
  while (offset + 8 <= data.length) {
    const type = data.toString('ascii', offset, offset + 4);
    const length = data.readUInt32BE(offset + 4);
    if (length < 8 || offset + length > data.length) return null;
    const png = readPngInfo(data.subarray(offset + 8, offset + length));
    const size = icnsSizes[type];
    if (png && size !== undefined && png.width === size && png.height === size) sizes.push(size);
    offset += length;
  }
  return sizes;
}

/** Pixel sizes listed in a Windows icon's directory (0 in the directory means 256). */
export function readIcoSizes(data: Buffer): number[] | null {
  if (data.length < 6 || data.readUInt16LE(0) !== 0 || data.readUInt16LE(2) !== 1) return null;
  const count = data.readUInt16LE(4);
  if (data.length < 6 + 16 * count) return null;
  const sizes: number[] = [];
  for (let i = 0; i < count; i++) {
    const entry = 6 + 16 * i;
    const width = data[entry] || 256;
    const height = data[entry + 1] || 256;
    const length = data.readUInt32LE(entry + 8);
    const offset = data.readUInt32LE(entry + 12);
    if (width !== height || offset + length > data.length) return null;
    sizes.push(width);
  }
  return sizes;
}
