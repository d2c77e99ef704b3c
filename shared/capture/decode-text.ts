/** The encodings capture files arrive in: PowerShell and regedit write UTF-16, Chinese Windows tools GBK. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
type TextDecoderCtor = new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => TextDecoderLike;

// Node and browsers both provide TextDecoder (with GBK); shared/ compiles without DOM or Node types,
// so the constructor is looked up on globalThis with a minimal local type.
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderCtor }).TextDecoder;

/** Decodes bytes of unknown encoding: BOM first, then UTF-16 without BOM, then strict UTF-8, else GBK. */
export function decodeText(input: Uint8Array | string): DecodedText {
  if (typeof input === 'string') return { text: stripBom(input), encoding: 'utf-8' };
  const bytes = input;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes.subarray(2), 'utf-16be');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return decodeAs(bytes.subarray(3), 'utf-8');
  const utf16 = guessUtf16WithoutBom(bytes);
  if (utf16 !== null) return decodeAs(bytes, utf16);
  try {
    return { text: new Decoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return decodeAs(bytes, 'gbk');
  }
}

/** Decodes UTF-16LE bytes such as REG_EXPAND_SZ hex data, dropping a trailing NUL. */
export function decodeUtf16le(bytes: Uint8Array): string {
  return new Decoder('utf-16le', { ignoreBOM: true }).decode(bytes).replace(/\0+$/, '');
}

function decodeAs(bytes: Uint8Array, encoding: TextEncodingName): DecodedText {
  return { text: new Decoder(encoding, { ignoreBOM: true }).decode(bytes), encoding };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// ASCII-heavy UTF-16 text has a zero in every other byte; look at the first few hundred bytes only.
function guessUtf16WithoutBom(bytes: Uint8Array): TextEncodingName | null {
  const length = Math.min(bytes.length - (bytes.length % 2), 512);
  if (length < 4) return null;
  let zerosEven = 0;
  let zerosOdd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) zerosEven++;
    if (bytes[i + 1] === 0) zerosOdd++;
  }
  const pairs = length / 2;
  if (zerosOdd > pairs * 0.4 && zerosEven < pairs * 0.05) return 'utf-16le';
  if (zerosEven > pairs * 0.4 && zerosOdd < pairs * 0.05) return 'utf-16be';
  return null;
}
