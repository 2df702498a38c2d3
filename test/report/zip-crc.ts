// Reads what a zip records for its first entry (its central directory's CRC-32), for tests of the zip writers.

/** The CRC-32 a zip's central directory records for its first entry (fflate's unzip does not check it). */
export function recordedCrc(zip: Uint8Array): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = zip.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    const directory = view.getUint32(at + 16, true);
    return view.getUint32(directory + 16, true);
  }
  throw new Error('no end of central directory');
}
