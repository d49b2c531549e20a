/**
 * Reads the Unicode code points a TrueType/OpenType font maps to a glyph, from its `cmap` table
 * (subtables of format 4 for the BMP and format 12 for all planes). Used by subset-fonts.mjs to
 * write the coverage list that the PDF export checks text against.
 */

/** Returns the sorted code points that `font` maps to a glyph other than .notdef. */
export function readCmapCodePoints(font) {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmapOffset = findTableOffset(view, 'cmap');
  const subtableCount = view.getUint16(cmapOffset + 2);
  const codePoints = new Set();

  for (let index = 0; index < subtableCount; index += 1) {
    const record = cmapOffset + 4 + index * 8;
    const platformId = view.getUint16(record);
    const subtableOffset = cmapOffset + view.getUint32(record + 4);
    const format = view.getUint16(subtableOffset);
    if (platformId !== 0 && platformId !== 3) continue;
    if (format === 4) addFormat4(view, subtableOffset, codePoints);
    if (format === 12) addFormat12(view, subtableOffset, codePoints);
  }
  return [...codePoints].sort((a, b) => a - b);
}

function findTableOffset(view, tag) {
  const tableCount = view.getUint16(4);
  for (let index = 0; index < tableCount; index += 1) {
    const record = 12 + index * 16;
    const recordTag = String.fromCharCode(
      view.getUint8(record),
      view.getUint8(record + 1),
      view.getUint8(record + 2),
      view.getUint8(record + 3),
    );
    if (recordTag === tag) return view.getUint32(record + 8);
  }
  throw new Error(`Font has no '${tag}' table; expected a TrueType or OpenType font file.`);
}

function addFormat4(view, offset, codePoints) {
  const segmentCount = view.getUint16(offset + 6) / 2;
  const endCodes = offset + 14;
  const startCodes = endCodes + segmentCount * 2 + 2;
  const idDeltas = startCodes + segmentCount * 2;
  const idRangeOffsets = idDeltas + segmentCount * 2;

  for (let segment = 0; segment < segmentCount; segment += 1) {
    const start = view.getUint16(startCodes + segment * 2);
    const end = view.getUint16(endCodes + segment * 2);
    const delta = view.getInt16(idDeltas + segment * 2);
    const rangeOffsetAddress = idRangeOffsets + segment * 2;
    const rangeOffset = view.getUint16(rangeOffsetAddress);

    for (let code = start; code <= end && code !== 0xffff; code += 1) {
      let glyph;
      if (rangeOffset === 0) {
        glyph = (code + delta) & 0xffff;
      } else {
        // idRangeOffset is relative to its own position in the array, per the OpenType cmap spec.
        const glyphAddress = rangeOffsetAddress + rangeOffset + (code - start) * 2;
        const raw = view.getUint16(glyphAddress);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) codePoints.add(code);
    }
  }
}

function addFormat12(view, offset, codePoints) {
  const groupCount = view.getUint32(offset + 12);
  for (let group = 0; group < groupCount; group += 1) {
    const record = offset + 16 + group * 12;
    const start = view.getUint32(record);
    const end = view.getUint32(record + 4);
    const startGlyph = view.getUint32(record + 8);
    for (let code = start; code <= end; code += 1) {
      if (startGlyph + (code - start) !== 0) codePoints.add(code);
    }
  }
}
