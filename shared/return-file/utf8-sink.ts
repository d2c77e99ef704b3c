/** JSON's two-character escapes by control code: \b \t \n \f \r. */
const SHORT_ESCAPES: Readonly<Record<number, number>> = { 8: 0x62, 9: 0x74, 10: 0x6e, 12: 0x66, 13: 0x72 };
const HEX = '0123456789abcdef';

/** Writes `u` and four lowercase hex digits (the backslash is already written). */
function writeHexEscape(out: Uint8Array, at: number, code: number): number {
  out[at++] = 0x75;
  for (let shift = 12; shift >= 0; shift -= 4) out[at++] = HEX.charCodeAt((code >> shift) & 0xf);
  return at;
}

/**
 * Collects UTF-8 bytes of many strings without building one huge string (millions of rows). Given a
 * consumer, it hands the bytes over a buffer at a time instead of keeping them all.
 */
export class Utf8Sink {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;

  /** `consume` receives each full buffer (a view it must use before returning); see flush(). */
  constructor(private readonly consume?: (chunk: Uint8Array) => void) {}

  /** Appends the UTF-8 encoding of `text`; unpaired surrogates are written as U+FFFD. */
  write(text: string): void {
    this.reserve(text.length * 3);
    const out = this.buffer;
    let at = this.length;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code < 0x80) {
        out[at++] = code;
        continue;
      }
      if (code < 0x800) {
        out[at++] = 0xc0 | (code >> 6);
        out[at++] = 0x80 | (code & 0x3f);
        continue;
      }
      if (code >= 0xd800 && code <= 0xdfff) {
        const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
        if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
          i++;
          out[at++] = 0xf0 | (code >> 18);
          out[at++] = 0x80 | ((code >> 12) & 0x3f);
          out[at++] = 0x80 | ((code >> 6) & 0x3f);
          out[at++] = 0x80 | (code & 0x3f);
          continue;
        }
        code = 0xfffd;
      }
      out[at++] = 0xe0 | (code >> 12);
      out[at++] = 0x80 | ((code >> 6) & 0x3f);
      out[at++] = 0x80 | (code & 0x3f);
    }
    this.length = at;
  }

  /**
   * Appends `text` as JSON.stringify would write it (quotes, \" \\ \b \f \n \r \t, other controls and
   * unpaired surrogates as lowercase \u escapes), in one pass without building the escaped string.
   * With `isNormalizing`, it writes normalizeText(text) instead (CR LF as LF, unpaired surrogates as
   * U+FFFD) in the same pass.
   */
  writeJsonString(text: string, isNormalizing = false): void {
    this.reserve(text.length * 6 + 2);
    const out = this.buffer;
    let at = this.length;
    out[at++] = 0x22;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code >= 0x20 && code < 0x80) {
        if (code === 0x22 || code === 0x5c) out[at++] = 0x5c;
        out[at++] = code;
        continue;
      }
      if (code < 0x20) {
        if (isNormalizing && code === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue;
        const short = SHORT_ESCAPES[code];
        out[at++] = 0x5c;
        if (short !== undefined) out[at++] = short;
        else at = writeHexEscape(out, at, code);
        continue;
      }
      if (code < 0x800) {
        out[at++] = 0xc0 | (code >> 6);
        out[at++] = 0x80 | (code & 0x3f);
        continue;
      }
      if (code >= 0xd800 && code <= 0xdfff) {
        const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
        if (code > 0xdbff || next < 0xdc00 || next > 0xdfff) {
          if (isNormalizing) {
            out[at++] = 0xef; // U+FFFD
            out[at++] = 0xbf;
            out[at++] = 0xbd;
            continue;
          }
          out[at++] = 0x5c;
          at = writeHexEscape(out, at, code);
          continue;
        }
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
        out[at++] = 0xf0 | (code >> 18);
        out[at++] = 0x80 | ((code >> 12) & 0x3f);
        out[at++] = 0x80 | ((code >> 6) & 0x3f);
        out[at++] = 0x80 | (code & 0x3f);
        continue;
      }
      out[at++] = 0xe0 | (code >> 12);
      out[at++] = 0x80 | ((code >> 6) & 0x3f);
      out[at++] = 0x80 | (code & 0x3f);
    }
    out[at++] = 0x22;
    this.length = at;
  }

  /** Appends one ASCII character by its code. */
  writeAscii(code: number): void {
    this.reserve(1);
    this.buffer[this.length++] = code;
  }

  /** The bytes written so far (a view, not a copy); with a consumer, those not yet handed over. */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  /** Hands the bytes not yet handed over to the consumer, if there is one. */
  flush(): void {
    if (this.consume === undefined || this.length === 0) return;
    this.consume(this.buffer.subarray(0, this.length));
    this.length = 0;
  }

  /** Small enough to be inlined where it is called once or more per value. */
  private reserve(extra: number): void {
    if (this.length + extra > this.buffer.length) this.makeRoom(extra);
  }

  private makeRoom(extra: number): void {
    this.flush();
    const needed = this.length + extra;
    if (needed <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < needed) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}
