/** Encoding a schedule's bytes were decoded with. */
export type ScheduleEncoding = 'utf-8' | 'utf-8-bom' | 'gbk';

export interface DecodedText {
  readonly text: string;
  readonly encoding: ScheduleEncoding;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Decode a CSV file's bytes. Strict UTF-8 is tried first (with or without a BOM), then GBK, the
 * encoding Chinese Excel uses for "CSV (comma delimited)". The GBK decoder is not fatal (invalid
 * bytes become U+FFFD), so any byte sequence that is not valid UTF-8 is read as GBK.
 */
export function decodeScheduleBytes(bytes: Uint8Array): DecodedText {
  const hasBom = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  try {
    // The decoder drops a leading BOM by default.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
  }
}
