import { describe, expect, it } from 'vitest';
import { ATTACHMENT_EXTENSIONS } from '@zamena/shared/attachments/attachments.schemas';
import { ACCEPTED_EXTENSIONS, checkFileType, detectFileType } from './file-types';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

const igesLine = (text: string, section: string, n: number) =>
  `${text.padEnd(72)}${section}${String(n).padStart(7)}`;

const SAMPLES: Record<string, [string, Buffer]> = {
  pdf: ['чертёж.pdf', bytes('%PDF-1.7\n%', [0xe2, 0xe3, 0xcf, 0xd3], '\n1 0 obj\n')],
  png: ['photo.png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
  jpeg: ['photo.JPG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF')],
  gif: ['anim.gif', bytes('GIF89a', [1, 0, 1, 0])],
  webp: ['photo.webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
  dwg: ['вал.dwg', bytes('AC1032', [0, 0, 0, 0, 0, 0])],
  dxf: ['вал.dxf', bytes('  0\r\nSECTION\r\n  2\r\nHEADER\r\n  9\r\n$ACADVER\r\n')],
  step: ['вал.stp', bytes("ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION((''),'2;1');\n")],
  iges: ['вал.igs', bytes(`${igesLine('IGES file from CAD', 'S', 1)}\n${igesLine('1H,,1H;', 'G', 1)}\n`)],
  docx: ['spec.docx', bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....word/document.xml')],
  xlsx: ['spec.xlsx', bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....xl/workbook.xml')],
  text: ['notes.txt', Buffer.from('Допуск h7, шероховатость Ra 1.6\n')],
};

describe('file types from content', () => {
  it.each(Object.entries(SAMPLES))('accepts a real %s under its own extension', (kind, [name, content]) => {
    const check = checkFileType(name, content);
    expect(check).toMatchObject({ ok: true, type: { kind } });
    expect(detectFileType(content)?.kind).toBe(kind);
  });

  it('refuses a file whose content is another type than its name says', () => {
    expect(checkFileType('drawing.pdf', SAMPLES.png![1])).toEqual({
      ok: false,
      code: 'attachment_type_mismatch',
      message: 'The file is named .pdf but its content is PNG',
    });
    expect(checkFileType('вал.dwg', SAMPLES.pdf![1])).toMatchObject({ code: 'attachment_type_mismatch' });
    expect(checkFileType('notes.txt', SAMPLES.pdf![1])).toMatchObject({ code: 'attachment_type_mismatch' });
  });

  it('refuses content that is no known type under a known name', () => {
    const check = checkFileType('scan.jpg', Buffer.from([1, 2, 3, 0, 5]));
    expect(check).toMatchObject({ ok: false, code: 'attachment_type_mismatch' });
    expect(checkFileType('part.step', Buffer.from('just words'))).toMatchObject({
      code: 'attachment_type_mismatch',
    });
  });

  it('refuses an executable even when its content is text, and a name without an extension', () => {
    expect(checkFileType('setup.exe', Buffer.from('MZ'))).toMatchObject({
      code: 'attachment_type_unsupported',
    });
    expect(checkFileType('run.sh', Buffer.from('#!/bin/sh\n'))).toMatchObject({
      code: 'attachment_type_unsupported',
    });
    expect(checkFileType('README', Buffer.from('text'))).toMatchObject({
      code: 'attachment_type_unsupported',
    });
  });

  it('does not take text that mentions SECTION for a DXF, nor short lines for IGES', () => {
    expect(detectFileType(Buffer.from('SECTION HEADER of the spec'))?.kind).toBe('text');
    expect(detectFileType(Buffer.from('S      1\nG      1\n'))?.kind).toBe('text');
  });

  it('accepts a UTF-8 byte-order mark before a STEP header, and an empty file as nothing', () => {
    expect(detectFileType(bytes([0xef, 0xbb, 0xbf], 'ISO-10303-21;\n'))?.kind).toBe('step');
    expect(checkFileType('empty.pdf', Buffer.alloc(0))).toMatchObject({ code: 'attachment_type_mismatch' });
  });
});

it('accepts exactly the extensions the web file picker offers', () => {
  expect([...ACCEPTED_EXTENSIONS].sort()).toEqual([...ATTACHMENT_EXTENSIONS].sort());
});
