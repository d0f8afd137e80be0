/**
 * Which clauses of each target have had a row in one period: what finds a second row for the
 * same metric and period. A map of the targets seen while they are few, an array of one word
 * per target once they are many: memory follows the rows read, never periods × targets (10,000
 * distinct periods against a 50,000-target plan took 1.65 GB when every period had its arrays).
 */
export class SeenBits {
  private sparse: Map<number, number> | undefined = new Map();
  private dense: Uint32Array | undefined;

  /** `targets`: how many targets the plan has (indices run below it). */
  constructor(private readonly targets: number) {}

  /** The bits of target `t` (0 when none). */
  get(t: number): number {
    return this.dense ? this.dense[t]! : (this.sparse!.get(t) ?? 0);
  }

  /** Set the bits of target `t`. */
  set(t: number, bits: number): void {
    if (this.dense) {
      this.dense[t] = bits;
      return;
    }
    const sparse = this.sparse!;
    sparse.set(t, bits);
    // A map entry costs tens of bytes, an array slot four: switch once the map would be the larger.
    if (sparse.size * 8 > this.targets) {
      const dense = new Uint32Array(this.targets);
      for (const [k, v] of sparse) dense[k] = v;
      this.dense = dense;
      this.sparse = undefined;
    }
  }
}
