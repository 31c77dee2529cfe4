/**
 * What a file is, judged from its bytes, not its name (issue 23: the type checked from the content).
 * Each accepted type has the extensions it goes by and a test of its content; a file is accepted when
 * its extension names a type and its content passes that type's test.
 */

export type FileType = {
  kind: string;
  contentType: string;
  extensions: readonly string[];
  /** Browsers may show it inline (images, PDF); everything else downloads. */
  inline: boolean;
  test: (content: Buffer) => boolean;
};

const startsWith = (content: Buffer, signature: string | number[], at = 0) => {
  const bytes = typeof signature === 'string' ? Buffer.from(signature, 'latin1') : Buffer.from(signature);
  return content.length >= at + bytes.length && content.subarray(at, at + bytes.length).equals(bytes);
};

/** The start of a text file without a UTF-8 byte-order mark and leading blank space. */
const textHead = (content: Buffer, length = 8192) => {
  const bom = startsWith(content, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  return content
    .subarray(bom, bom + length)
    .toString('latin1')
    .replace(/^\s+/, '');
};

/** Binary signatures: a text file must match none of them. */
const isBinary = (content: Buffer) => content.subarray(0, 8192).includes(0);

const isUtf8 = (content: Buffer) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content.subarray(0, 65536));
    return true;
  } catch {
    // A multi-byte character cut at the 64 KB boundary is still text.
    return content.length > 65536;
  }
};

/** AutoCAD DXF: group-code lines, starting with `0 / SECTION / 2 / HEADER` (or a section of entities). */
const isDxf = (content: Buffer) => {
  if (startsWith(content, 'AutoCAD Binary DXF')) return true;
  const lines = textHead(content, 4096)
    .split(/\r?\n/)
    .slice(0, 8)
    .map((line) => line.trim());
  return (
    lines[0] === '0' &&
    lines[1] === 'SECTION' &&
    lines[2] === '2' &&
    ['HEADER', 'CLASSES', 'TABLES', 'BLOCKS', 'ENTITIES'].includes(lines[3] ?? '')
  );
};

/** IGES: fixed 80-column records, the 73rd column a section letter; the file opens with S (or G) records. */
const isIges = (content: Buffer) => {
  const lines = content.subarray(0, 4096).toString('latin1').split(/\r?\n/).slice(0, 3);
  const first = lines[0] ?? '';
  return first.length >= 73 && ['S', 'G'].includes(first[72]!) && /^\s*\d+$/.test(first.slice(73, 80));
};

/** ZIP-based Office files: the ZIP signature and the part that names the application. */
const isOfficeZip = (part: string) => (content: Buffer) =>
  startsWith(content, [0x50, 0x4b, 0x03, 0x04]) && content.includes(Buffer.from(part, 'latin1'));

export const FILE_TYPES: readonly FileType[] = [
  {
    kind: 'pdf',
    contentType: 'application/pdf',
    extensions: ['pdf'],
    inline: true,
    // Readers accept the header anywhere in the first kilobyte.
    test: (c) => c.subarray(0, 1024).includes(Buffer.from('%PDF-', 'latin1')),
  },
  {
    kind: 'png',
    contentType: 'image/png',
    extensions: ['png'],
    inline: true,
    test: (c) => startsWith(c, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  {
    kind: 'jpeg',
    contentType: 'image/jpeg',
    extensions: ['jpg', 'jpeg'],
    inline: true,
    test: (c) => startsWith(c, [0xff, 0xd8, 0xff]),
  },
  {
    kind: 'gif',
    contentType: 'image/gif',
    extensions: ['gif'],
    inline: true,
    test: (c) => startsWith(c, 'GIF87a') || startsWith(c, 'GIF89a'),
  },
  {
    kind: 'webp',
    contentType: 'image/webp',
    extensions: ['webp'],
    inline: true,
    test: (c) => startsWith(c, 'RIFF') && startsWith(c, 'WEBP', 8),
  },
  {
    kind: 'dwg',
    contentType: 'image/vnd.dwg',
    extensions: ['dwg'],
    inline: false,
    // AC1012 … AC1032: the release code of the drawing.
    test: (c) => /^AC10\d\d/.test(c.subarray(0, 6).toString('latin1')),
  },
  { kind: 'dxf', contentType: 'image/vnd.dxf', extensions: ['dxf'], inline: false, test: isDxf },
  {
    kind: 'step',
    contentType: 'model/step',
    extensions: ['step', 'stp'],
    inline: false,
    test: (c) => textHead(c, 64).startsWith('ISO-10303-21;'),
  },
  { kind: 'iges', contentType: 'model/iges', extensions: ['igs', 'iges'], inline: false, test: isIges },
  {
    kind: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    inline: false,
    test: isOfficeZip('word/'),
  },
  {
    kind: 'xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    inline: false,
    test: isOfficeZip('xl/'),
  },
  {
    kind: 'text',
    contentType: 'text/plain; charset=utf-8',
    extensions: ['txt'],
    inline: false,
    test: (c) => !isBinary(c) && isUtf8(c),
  },
];

export const ACCEPTED_EXTENSIONS = FILE_TYPES.flatMap((type) => type.extensions);

export const extensionOf = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
};

/** The first type whose content test passes (text last), or null. */
export const detectFileType = (content: Buffer): FileType | null =>
  FILE_TYPES.find((type) => type.test(content)) ?? null;

export type FileCheck =
  | { ok: true; type: FileType }
  | { ok: false; code: 'attachment_type_unsupported' | 'attachment_type_mismatch'; message: string };

/** Accepts a file whose extension names a type its content passes, and which is not another type in disguise. */
export function checkFileType(name: string, content: Buffer): FileCheck {
  const extension = extensionOf(name);
  const claimed = FILE_TYPES.find((type) => type.extensions.includes(extension));
  if (!claimed) {
    return {
      ok: false,
      code: 'attachment_type_unsupported',
      message: `Accepted files: ${ACCEPTED_EXTENSIONS.map((e) => `.${e}`).join(', ')}`,
    };
  }
  const detected = detectFileType(content);
  if (detected === claimed) return { ok: true, type: claimed };
  return {
    ok: false,
    code: 'attachment_type_mismatch',
    message: detected
      ? `The file is named .${extension} but its content is ${detected.kind.toUpperCase()}`
      : `The file is named .${extension} but its content is not ${claimed.kind.toUpperCase()}`,
  };
}
