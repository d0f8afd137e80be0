import { describe, expect, it } from 'vitest';
import { checkAllocation } from './allocation.js';
import { formatAllocation } from './allocation-messages.js';
import { count, rate } from './clauses.fixture.js';

describe('formatAllocation', () => {
  const whole = count('gte', '550', 'hồ sơ');
  it('says which total falls short and each unit’s value', () => {
    const r = checkAllocation(whole, [{ unit: 'Cẩm Đông', bound: count('gte', '300', 'hồ sơ') }, { unit: 'Cẩm Tây', bound: count('gte', '240', 'hồ sơ') }]);
    expect(formatAllocation(r, 'en')).toBe('Not covered: every unit can meet its share while the total is 540 hồ sơ, which fails `≥ 550 hồ sơ` (Cẩm Đông 300, Cẩm Tây 240).');
    expect(formatAllocation(r)).toBe('Chưa đủ: các đơn vị đều đạt phần của mình mà tổng chỉ 540 hồ sơ, không đạt `≥ 550 hồ sơ` (Cẩm Đông 300, Cẩm Tây 240).');
  });

  it('says when it is covered and why it cannot be checked', () => {
    expect(formatAllocation(checkAllocation(whole, [{ unit: 'a', bound: count('gte', '550', 'hồ sơ') }]), 'en')).toBe('Covered: when every unit meets its share, the total meets `≥ 550 hồ sơ`.');
    expect(formatAllocation(checkAllocation(rate('gte', '80'), [{ unit: 'a', bound: rate('gte', '80') }]), 'en')).toBe('The allocation cannot be checked: only counts and amounts add up (rates and changes do not).');
  });
});
