import { describe, expect, it } from 'vitest';
import { reportReview, reviewText } from './review.js';

describe('the review a report is: sơ kết or tổng kết', () => {
  it('reads it from the date of the report against the plan year', () => {
    expect(reportReview({ asOf: '2023-06-30', year: 2023 }, [])).toEqual({ kind: 'so_ket', year: 2023, period: '2023-H1' });
    expect(reportReview({ asOf: '2023-12-31', year: 2023 }, [])).toEqual({ kind: 'tong_ket', year: 2023 });
    expect(reportReview({ asOf: '2024-01-15', year: 2023 }, [])).toEqual({ kind: 'tong_ket', year: 2023 });
    expect(reportReview({ asOf: '2023-09-30', year: 2023 }, [])).toEqual({ kind: 'so_ket', year: 2023, months: 9 });
    expect(reportReview({ asOf: '2023-05-15', year: 2023 }, [])).toEqual({ kind: 'so_ket', year: 2023, through: '2023-05-15' });
  });

  it('prefers the period asked for, and says nothing when nothing says', () => {
    expect(reportReview({ asOf: '2023-12-31', period: '2023-Q2', year: 2023 }, [])).toEqual({ kind: 'so_ket', year: 2023, period: '2023-Q2' });
    expect(reportReview({ period: '2023' }, [])).toEqual({ kind: 'tong_ket', year: 2023 });
    expect(reportReview({}, [])).toBeUndefined();
  });

  it('says it the way a trích yếu does, in Vietnamese and English', () => {
    expect(reviewText({ kind: 'so_ket', year: 2023, period: '2023-H1' }, 'vi')).toBe('Sơ kết 6 tháng đầu năm 2023');
    expect(reviewText({ kind: 'so_ket', year: 2023, period: '2023-Q1' }, 'vi')).toBe('Sơ kết quý I năm 2023');
    expect(reviewText({ kind: 'so_ket', year: 2023, months: 9 }, 'vi')).toBe('Sơ kết 9 tháng đầu năm 2023');
    expect(reviewText({ kind: 'so_ket', year: 2023, through: '2023-05-15' }, 'vi')).toBe('Sơ kết năm 2023 (đến ngày 15/05/2023)');
    expect(reviewText({ kind: 'tong_ket', year: 2023 }, 'vi')).toBe('Tổng kết năm 2023');
    expect(reviewText({ kind: 'so_ket', year: 2023, period: '2023-H1' }, 'en')).toBe('Mid-year review: H1 2023');
    expect(reviewText({ kind: 'tong_ket', year: 2023 }, 'en')).toBe('Year-end review: 2023');
  });
});
