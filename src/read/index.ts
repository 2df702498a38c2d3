// Public entry of the read stage: bytes in, text or native blocks out (format and encoding detected from the content).
export { byteOrderMark, decodeText, type DecodedText, type TextEncodingName } from './decode.js';
export { detectFormat, looksLikeHtml, type Detection, type ReadableFormat } from './detect.js';
export { readDocument, type ReadDocumentResult } from './read-document.js';
export { listZipEntries, type ZipEntry } from './zip.js';
export { DEFAULT_READ_LIMITS, fileTooLargeMessage, formatBytes, parseByteSize, readLimits, ReadLimitError, type ReadLimits } from './limits.js';
