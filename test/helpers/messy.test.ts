import { describe, expect, it } from 'vitest';
import {
  foldWords,
  randomCase,
  respace,
  spacePercent,
  stripDiacritics,
  swapQuotes,
  swapTiLe,
  swapTonePlacement,
  withClosingMark,
} from './messy.js';

describe('messy forms', () => {
  it('folds words for comparison', () => {
    expect(foldWords(' Chuyển  HÓA\nđịa bàn ')).toBe('chuyen hoa dia ban');
    expect(foldWords('Đ'.normalize('NFD'))).toBe('d');
    expect(foldWords('Tỉ lệ, tỷ lệ, ti le, TITI LE')).toBe('ty le, ty le, ty le, titi le');
  });

  it('strips diacritics, including đ', () => {
    expect(stripDiacritics('Đạt tỷ lệ từ 80% trở lên')).toBe('Dat ty le tu 80% tro len');
  });

  it('changes letter case as told, leaving other characters', () => {
    expect(randomCase('đạt 91%', [true, false])).toBe('ĐạT 91%');
    expect(randomCase('abc', [])).toBe('abc');
  });

  it('respaces words, but never breaks the line before a dash', () => {
    expect(respace('Đạt trên 91%', [2])).toBe('Đạt\ntrên\n91%');
    expect(respace('giảm 3% - 5% số vụ', [2])).toBe('giảm\n3%  -\n5%\nsố\nvụ');
  });

  it('swaps straight and curly quotes both ways', () => {
    expect(swapQuotes('mô hình "An ninh" và "Camera"')).toBe('mô hình “An ninh” và “Camera”');
    expect(swapQuotes('mô hình “An ninh” và ‘x’')).toBe(`mô hình "An ninh" và 'x'`);
  });

  it('ends with the closing mark without doubling a final full stop', () => {
    expect(withClosingMark('Không để xảy ra.')).toBe('Không để xảy ra./.');
    expect(withClosingMark('Đạt trên 91% ')).toBe('Đạt trên 91%./.');
  });

  it('spaces the percent sign', () => {
    expect(spacePercent('từ 5-10%, 85%')).toBe('từ 5-10 %, 85 %');
  });

  it('moves tone marks between modern and old placement, leaving quý and closed syllables', () => {
    expect(swapTonePlacement('hòa giải ma túy, thủy, khỏe')).toBe('hoà giải ma tuý, thuỷ, khoẻ');
    expect(swapTonePlacement('hoà giải ma tuý')).toBe('hòa giải ma túy');
    expect(swapTonePlacement('Quý I, hoàn thành, chuyển hóa')).toBe('Quý I, hoàn thành, chuyển hoá');
  });

  it('swaps tỷ lệ and tỉ lệ', () => {
    expect(swapTiLe('Tỷ lệ và tỷ lệ')).toBe('Tỉ lệ và tỉ lệ');
    expect(swapTiLe('tỉ lệ')).toBe('tỷ lệ');
  });
});
