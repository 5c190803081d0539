import { describe, expect, it } from "vitest";
import { exactMoney, roundMoney, wholeMoney } from "./amounts";
import { fraction } from "./decimal";

describe("amounts", () => {
  it("shows exact cents as euros with at least two decimals", () => {
    expect(exactMoney(fraction(41_088_834n)).exactEuros).toBe("410888.34");
    expect(exactMoney(fraction(100n)).exactEuros).toBe("1.00");
    expect(exactMoney(fraction(28_533_910_986n, 3125n)).exactEuros).toBe("91308.5151552");
    expect(exactMoney(fraction(41_088_834n, 555n)).exactEuros).toBe("740.3393513514…");
  });
  it("rounds to whole cents, halves away from zero", () => {
    expect(roundMoney(fraction(5n, 2n)).cents).toBe(3n);
    expect(roundMoney(fraction(-5n, 2n)).cents).toBe(-3n);
    expect(roundMoney(fraction(7n, 3n)).cents).toBe(2n);
  });
  it("wholeMoney keeps whole cents", () => {
    expect(wholeMoney(9_130_852n)).toEqual({
      exactCents: fraction(9_130_852n),
      exactEuros: "91308.52",
      cents: 9_130_852n,
    });
  });
});
