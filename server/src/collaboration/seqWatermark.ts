/** The seq watermark: which stored log seqs of one document this node holds, so compaction never drops unseen updates. */
/**
 * Which storage seqs of one document this node holds in memory (loaded,
 * appended itself, or relayed from another node). `value` is the highest seq
 * S such that every seq <= S is held: a compaction up to `value` cannot
 * delete an update this node never merged. Seqs held beyond a gap are kept
 * until the gap closes.
 */
export class SeqWatermark {
  private contiguous: number;
  private readonly ahead = new Set<number>();

  constructor(start = 0) {
    this.contiguous = start;
  }

  /** Every seq up to and including this one is held. */
  get value(): number {
    return this.contiguous;
  }

  /** True when some held seq lies beyond a missing one. */
  get hasGap(): boolean {
    return this.ahead.size > 0;
  }

  /** Whether `seq` is held. */
  has(seq: number): boolean {
    return seq <= this.contiguous || this.ahead.has(seq);
  }

  /** Note seqs `from..to` (inclusive) as held. */
  addRange(from: number, to: number): void {
    for (let s = Math.max(from, this.contiguous + 1); s <= to; s++) this.ahead.add(s);
    this.advance();
  }

  /** Note every seq up to `seq` as held (e.g. after reading storage up to it). */
  raiseTo(seq: number): void {
    if (seq <= this.contiguous) return;
    this.contiguous = seq;
    for (const s of this.ahead) if (s <= seq) this.ahead.delete(s);
    this.advance();
  }

  private advance(): void {
    while (this.ahead.delete(this.contiguous + 1)) this.contiguous++;
  }
}
