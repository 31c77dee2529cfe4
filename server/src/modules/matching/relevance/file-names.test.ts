import { describe, expect, it } from 'vitest';
import { fileNamesText, fileNameText } from './file-names';
import { readWithFiles } from './match-profile';
import { relevanceModel } from './relevance-model';

describe('file names as matching text', () => {
  it('keeps the words and the designation, without the extension and the underscores', () => {
    expect(fileNameText('Чертёж_вала_СЗНО.301.112.pdf')).toBe('Чертёж вала СЗНО.301.112');
    expect(fileNameText('Втулка  40Х  ГОСТ 1050.step')).toBe('Втулка 40Х ГОСТ 1050');
  });

  it('drops hashes, UUIDs, timestamps and copy counters, and keeps upper-case part numbers', () => {
    expect(fileNameText('scan_3f9a2b7c1d0e_Шестерня z=32.jpg')).toBe('scan Шестерня z=32');
    expect(fileNameText('Корпус 0b7e6a52-1c3d-4e5f-8a9b-0c1d2e3f4a5b (1).dwg')).toBe('Корпус');
    expect(fileNameText('IMG_20231105123456.png')).toBe('IMG');
    expect(fileNameText('Насос 8D0407151.pdf')).toBe('Насос 8D0407151');
  });

  it('joins several names one a line, leaving out those that say nothing', () => {
    expect(fileNamesText(['Вал.pdf', 'e3b0c44298fc1c149afbf4c8996fb924.png', 'Муфта.dxf'])).toBe(
      'Вал\nМуфта',
    );
  });

  it('reads a need’s file names as more of its description, and remembers which it read', () => {
    const model = relevanceModel();
    const need = { title: 'Деталь по чертежу', replaces: null };
    const files = ['Чертёж_вала_СЗНО.301.112.pdf'];
    const profile = model.needProfile({ ...need, description: 'Для ремонта', files });
    const written = model.needProfile({ ...need, description: 'Для ремонта\nЧертёж вала СЗНО.301.112' });
    expect(profile).toEqual({ ...written, files });
    expect(profile.designations.length).toBeGreaterThan(0);
    expect(readWithFiles(profile, files)).toBe(true);
    expect(readWithFiles(profile, [])).toBe(false);
    expect(readWithFiles(model.needProfile({ ...need, description: '' }), [])).toBe(true);
  });
});
